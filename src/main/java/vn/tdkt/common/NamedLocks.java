package vn.tdkt.common;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Work that must be done one at a time across the nodes of a cluster: each kind holds its row of
 * {@code tdkt_lock} (schema.sql) until its transaction ends, so a second one waits for the first to
 * commit and then sees what it wrote. Reads are not held up.
 */
@Component
public class NamedLocks {

  /** Giving a plan its number: two launches of one number at once would each find it free. */
  public static final String PLAN_NUMBER = "plan-number";
  /** Merging a unit: two mergers at once could each see no circle and together make one. */
  public static final String UNIT_MERGER = "unit-merger";
  /**
   * Setting up at start (models, groups, grants, filters): two nodes starting together would each
   * create the same group, grant or Tasklist filter, and one would fail or leave a duplicate.
   */
  public static final String START_UP = "start-up";

  private final JdbcTemplate jdbc;

  public NamedLocks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Waits for, then holds, the lock until the current transaction ends. */
  public void hold(String name) {
    if (jdbc.queryForList("select name from tdkt_lock where name = ? for update", String.class, name).isEmpty()) {
      throw new IllegalStateException("No row '" + name + "' in tdkt_lock: schema.sql did not run on this database");
    }
  }
}
