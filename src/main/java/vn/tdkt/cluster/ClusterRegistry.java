package vn.tdkt.cluster;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The emulation clusters and blocs of this installation (tables tdkt_cluster, tdkt_cluster_member). */
@Repository
public class ClusterRegistry {

  private final JdbcTemplate jdbc;

  public ClusterRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Cluster> find(String code) {
    return jdbc.query("select * from tdkt_cluster where code = ?", (rs, i) -> new Cluster(rs.getString("code"),
        rs.getString("name"), rs.getString("kind"), rs.getString("leader_code"), members(code)), code)
        .stream().findFirst();
  }

  public List<Cluster> all() {
    return jdbc.queryForList("select code from tdkt_cluster order by code", String.class).stream()
        .map(code -> find(code).orElseThrow()).toList();
  }

  /** The clusters and blocs a unit belongs to. */
  public List<Cluster> ofMember(String unitCode) {
    return jdbc.queryForList("select cluster_code from tdkt_cluster_member where unit_code = ? order by cluster_code",
        String.class, unitCode).stream().map(code -> find(code).orElseThrow()).toList();
  }

  /** Saves every cluster of a file together: all or, on a failure, none. */
  @Transactional
  public void saveAll(List<Cluster> read) {
    read.forEach(this::save);
  }

  /** Adds the cluster, or replaces its name, kind, leader and members when the code exists. */
  @Transactional
  public void save(Cluster cluster) {
    int updated = jdbc.update("update tdkt_cluster set name = ?, kind = ?, leader_code = ? where code = ?",
        cluster.name(), cluster.kind(), cluster.leaderCode(), cluster.code());
    if (updated == 0) {
      jdbc.update("insert into tdkt_cluster (code, name, kind, leader_code) values (?, ?, ?, ?)",
          cluster.code(), cluster.name(), cluster.kind(), cluster.leaderCode());
    }
    jdbc.update("delete from tdkt_cluster_member where cluster_code = ?", cluster.code());
    for (String member : cluster.memberCodes()) {
      jdbc.update("insert into tdkt_cluster_member (cluster_code, unit_code) values (?, ?)", cluster.code(), member);
    }
  }

  private List<String> members(String clusterCode) {
    return jdbc.queryForList("select unit_code from tdkt_cluster_member where cluster_code = ? order by unit_code",
        String.class, clusterCode);
  }
}
