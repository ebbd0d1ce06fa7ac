package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Cán bộ sửa công việc của mình (hạn, nhóm, người xử lý)")
class AccessDeniedPluginTest extends DriveTest {

  @Test
  @DisplayName("cán bộ đơn vị dời hạn công việc trên Danh sách công việc thì bị từ chối bằng tiếng Việt; REST vẫn trả 403"
      + " kèm các quyền còn thiếu, hạn không đổi")
  void movingADueDateIsRefusedInVietnamese() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    Task registration = unitTask(plan, "so-gddt", "registerUnit");

    // What Tasklist sends when the official picks another due date in the task's header.
    Http.Reply refused = http().call("gddt.canbo", "PUT", "/engine-rest/task/" + registration.getId(),
        "{\"name\": \"Đăng ký thi đua\", \"due\": \"2024-12-31T00:00:00.000+0700\"}");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().path("type").asText()).isEqualTo("AuthorizationException");
    assertThat(refused.body().path("message").asText()).startsWith("Tài khoản gddt.canbo không có quyền giao hay thay"
        + " đổi công việc này. Nếu cần, hãy liên hệ Ban Thi đua - Khen thưởng hoặc quản trị hệ thống. Chi tiết cho quản"
        + " trị hệ thống: cần một trong các quyền TASK_ASSIGN trên Task " + registration.getId());
    assertThat(refused.body().path("userId").asText()).isEqualTo("gddt.canbo");
    assertThat(refused.body().path("missingAuthorizations")).extracting(m -> m.path("permissionName").asText())
        .contains("TASK_ASSIGN");
    assertThat(unitTask(plan, "so-gddt", "registerUnit").getDueDate()).isEqualTo(registration.getDueDate());
  }

  @Test
  @DisplayName("cán bộ đơn vị thêm nhóm khác vào công việc hay giao nó cho người ngoài đơn vị thì bị từ chối, việc vẫn"
      + " chỉ của đơn vị")
  void aUnitsTaskStaysWithTheUnit() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();

    Http.Reply group = http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration + "/identity-links",
        "{\"groupId\": \"unit-so-yte-officer\", \"type\": \"candidate\"}");
    Http.Reply assignee = http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration + "/assignee",
        "{\"userId\": \"yte.canbo\"}");

    assertThat(group.status()).isEqualTo(403);
    assertThat(group.body().path("message").asText()).startsWith("Tài khoản gddt.canbo không có quyền giao hay thay đổi");
    assertThat(assignee.status()).isEqualTo(403);
    Task unchanged = unitTask(plan, "so-gddt", "registerUnit");
    assertThat(groupsOf(unchanged)).containsExactly("unit-so-gddt-officer");
    assertThat(unchanged.getAssignee()).isNull();
  }
}
