package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;

@DisplayName("Chỉ mục của dự án trên bảng của Camunda")
class EngineIndexesTest extends DriveTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;
  @Autowired EngineIndexes indexes;

  @Test
  @DisplayName("việc con của một công việc được tìm qua chỉ mục, kể cả khi nút khởi động lại trên cơ sở dữ liệu đã có")
  void subTasksAreFoundByIndexAfterEveryStart() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(EngineIndexes.exists(connection, EngineIndexes.SUB_TASKS)).as("after the application's start").isTrue();
      assertThat(EngineIndexes.exists(connection, "TDKT_IDX_NOT_THERE")).isFalse();

      indexes.postProcessEngineBuild(engine);

      assertThat(EngineIndexes.exists(connection, EngineIndexes.SUB_TASKS)).as("after another start").isTrue();
    }
  }
}
