package vn.tdkt.common;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Indexes of the project's own on Camunda's tables, for queries the engine sends on every
 * official's action that its schema leaves without one, so that they grow with the installation
 * (docs/benchmark.md, *Tuning*). Created once the engine has created or checked its schema, at
 * every start and idempotently, on H2 and PostgreSQL; no schema update of Camunda's will meet
 * them, 7.24 being its last community release.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  /**
   * Completing a task looks up its sub-tasks ({@code PARENT_TASK_ID_}); without an index that
   * reads every open task of the installation.
   */
  static final String SUB_TASKS = "TDKT_IDX_TASK_PARENT";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("create index if not exists " + SUB_TASKS + " on ACT_RU_TASK (PARENT_TASK_ID_)");
      } catch (SQLException e) {
        // Another node starting at the same moment may have created it first.
        if (!exists(connection, SUB_TASKS)) {
          throw new IllegalStateException("Cannot create index " + SUB_TASKS + " on ACT_RU_TASK (PARENT_TASK_ID_): "
              + e.getMessage() + " — the database user needs the right to create indexes on Camunda's tables", e);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to check index " + SUB_TASKS + ": " + e.getMessage(), e);
    }
  }

  /** Whether the index is on ACT_RU_TASK; H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
  static boolean exists(Connection connection, String index) throws SQLException {
    for (String table : new String[] {"ACT_RU_TASK", "act_ru_task"}) {
      try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, true)) {
        while (indexes.next()) {
          if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
