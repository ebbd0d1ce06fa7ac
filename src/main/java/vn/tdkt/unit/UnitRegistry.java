package vn.tdkt.unit;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The units known to this installation (table tdkt_unit). */
@Repository
public class UnitRegistry {

  private static final RowMapper<Unit> ROW = (rs, i) ->
      new Unit(rs.getString("code"), rs.getString("name"), rs.getString("kind"), rs.getString("category"));

  private final JdbcTemplate jdbc;

  public UnitRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Unit> find(String code) {
    return jdbc.query("select * from tdkt_unit where code = ?", ROW, code).stream().findFirst();
  }

  public List<Unit> all() {
    return jdbc.query("select * from tdkt_unit order by code", ROW);
  }

  /** Adds the unit, or updates its name, kind and category when the code exists. */
  public void save(Unit unit) {
    int updated = jdbc.update("update tdkt_unit set name = ?, kind = ?, category = ? where code = ?",
        unit.name(), unit.kind(), unit.category(), unit.code());
    if (updated == 0) {
      jdbc.update("insert into tdkt_unit (code, name, kind, category) values (?, ?, ?, ?)",
          unit.code(), unit.name(), unit.kind(), unit.category());
    }
  }
}
