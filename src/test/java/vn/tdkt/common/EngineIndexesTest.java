package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;

@DisplayName("Chỉ mục của dự án trên bảng của Camunda")
class EngineIndexesTest extends DriveTest {

  @Autowired DataSource dataSource;
  @Autowired EngineIndexes indexes;

  @Test
  @DisplayName("chỉ mục tra việc con có sau mỗi lần khởi động: tạo khi cơ sở dữ liệu chưa có, giữ nguyên khi đã có")
  void subTaskIndexIsThereAfterEveryStart() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      assertThat(EngineIndexes.exists(connection, EngineIndexes.SUB_TASKS)).as("after the application's start").isTrue();
      assertThat(EngineIndexes.exists(connection, "TDKT_IDX_NOT_THERE")).isFalse();
      statement.execute("drop index " + EngineIndexes.SUB_TASKS);
      assertThat(EngineIndexes.exists(connection, EngineIndexes.SUB_TASKS)).isFalse();

      indexes.postProcessEngineBuild(engine);
      assertThat(EngineIndexes.exists(connection, EngineIndexes.SUB_TASKS)).as("a start on a database without it").isTrue();

      indexes.postProcessEngineBuild(engine);
      assertThat(EngineIndexes.exists(connection, EngineIndexes.SUB_TASKS)).as("a start on a database with it").isTrue();
    }
  }
}
