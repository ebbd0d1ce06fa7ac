package vn.tdkt.unit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The units known to this installation (table tdkt_unit). */
@Repository
public class UnitRegistry {

  private static final RowMapper<Unit> ROW = (rs, i) -> new Unit(rs.getString("code"), rs.getString("name"),
      rs.getString("kind"), rs.getString("category"), rs.getString("parent_code"),
      day(rs.getDate("valid_from")), day(rs.getDate("valid_to")), rs.getString("successor_code"));

  private final JdbcTemplate jdbc;

  public UnitRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Unit> find(String code) {
    return jdbc.query("select * from tdkt_unit where code = ?", ROW, code).stream().findFirst();
  }

  /** Code → name of the given units, read in one query. */
  public Map<String, String> names(Collection<String> codes) {
    Map<String, String> names = new HashMap<>();
    if (!codes.isEmpty()) {
      String marks = String.join(",", Collections.nCopies(codes.size(), "?"));
      jdbc.query("select code, name from tdkt_unit where code in (" + marks + ")",
          (RowCallbackHandler) rs -> names.put(rs.getString("code"), rs.getString("name")), codes.toArray());
    }
    return names;
  }

  /**
   * Every merged unit → the unit carrying on its work now (through several mergers), read in one
   * query: mergers are few.
   */
  public Map<String, String> heirs() {
    Map<String, String> successorOf = new HashMap<>();
    jdbc.query("select code, successor_code from tdkt_unit where successor_code is not null",
        (RowCallbackHandler) rs -> successorOf.put(rs.getString("code"), rs.getString("successor_code")));
    Map<String, String> heirs = new HashMap<>();
    successorOf.keySet().forEach(code -> {
      String heir = code;
      Set<String> seen = new HashSet<>();
      while (successorOf.containsKey(heir) && seen.add(heir)) {
        heir = successorOf.get(heir);
      }
      heirs.put(code, heir);
    });
    return heirs;
  }

  public List<Unit> all() {
    return jdbc.query("select * from tdkt_unit order by code", ROW);
  }

  /** The unit that carries {@code code}'s work today: itself, or the last of its successors. */
  public Unit current(String code) {
    Set<String> seen = new HashSet<>();
    Unit unit = find(code).orElseThrow(() -> new IllegalStateException("Unknown unit " + code));
    while (unit.successor() != null && seen.add(unit.code())) {
      String next = unit.successor();
      unit = find(next).orElseThrow(() -> new IllegalStateException("Unknown successor " + next));
    }
    return unit;
  }

  /** Adds the unit, or updates its name, kind, category and parent when the code exists. */
  public void save(Unit unit) {
    int updated = jdbc.update("update tdkt_unit set name = ?, kind = ?, category = ?, parent_code = ? where code = ?",
        unit.name(), unit.kind(), unit.category(), unit.parent(), unit.code());
    if (updated == 0) {
      jdbc.update("insert into tdkt_unit (code, name, kind, category, parent_code, valid_from) values (?, ?, ?, ?, ?, ?)",
          unit.code(), unit.name(), unit.kind(), unit.category(), unit.parent(),
          unit.validFrom() == null ? null : Date.valueOf(unit.validFrom()));
    }
  }

  /** Records that {@code code} ceased on {@code lastDay} and {@code successor} carries on its work. */
  void recordMerge(String code, String successor, LocalDate lastDay) {
    jdbc.update("update tdkt_unit set valid_to = ?, successor_code = ? where code = ?", Date.valueOf(lastDay), successor, code);
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
