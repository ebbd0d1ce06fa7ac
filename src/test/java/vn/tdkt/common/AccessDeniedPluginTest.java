package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Cán bộ giao công việc của mình cho người khác")
class AccessDeniedPluginTest extends DriveTest {

  @Test
  @DisplayName("cán bộ đơn vị giao công việc cho người ngoài đơn vị thì bị từ chối bằng tiếng Việt; REST vẫn trả 403 kèm"
      + " các quyền còn thiếu, việc vẫn chỉ của đơn vị")
  void aUnitsTaskStaysWithTheUnit() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();

    // What Tasklist sends when the official picks someone in the task's header.
    Http.Reply refused = http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration + "/assignee",
        "{\"userId\": \"yte.canbo\"}");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().path("type").asText()).isEqualTo("AuthorizationException");
    assertThat(refused.body().path("message").asText()).startsWith("Tài khoản gddt.canbo không có quyền giao hay thay"
        + " đổi công việc này. Nếu cần, hãy liên hệ Ban Thi đua - Khen thưởng hoặc quản trị hệ thống. Chi tiết cho quản"
        + " trị hệ thống: cần một trong các quyền TASK_ASSIGN trên Task " + registration);
    assertThat(refused.body().path("userId").asText()).isEqualTo("gddt.canbo");
    assertThat(refused.body().path("missingAuthorizations")).extracting(m -> m.path("permissionName").asText())
        .contains("TASK_ASSIGN");
    Task unchanged = unitTask(plan, "so-gddt", "registerUnit");
    assertThat(groupsOf(unchanged)).containsExactly("unit-so-gddt-officer");
    assertThat(unchanged.getAssignee()).isNull();
  }
}
