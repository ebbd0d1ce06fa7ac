package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.calendar.EscalateOverdueTask;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Những thao tác của engine mà cán bộ không được dùng để đi vòng quy trình")
class EngineOperationsGuardTest extends DriveTest {

  @Autowired EscalateOverdueTask escalation;
  @Autowired AuthorizationService authorizations;

  private void assertRefused(Http.Reply reply, String message) {
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body().path("message").asText()).startsWith(message);
  }

  @Test
  @DisplayName("Ban TĐKT không bắt đầu được kế hoạch từ bước ghi sổ khen thưởng, không khởi động lại hay chuyển bước kế hoạch")
  void theBoardStartsAPlanOnlyAtItsStart() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String definition = plan.getProcessDefinitionId();
    long plans = history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan").count();

    assertRefused(http().call("canbo.bantdkt", "POST", "/engine-rest/process-definition/key/emulationPlan/start",
        "{\"businessKey\": \"99/KH-UBND\", \"variables\": {\"planNumber\": {\"value\": \"99/KH-UBND\"}},"
            + " \"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"recordAwards\"}],"
            + " \"skipCustomListeners\": true}"), "Quy trình chỉ được bắt đầu từ đầu");
    assertRefused(http().call("canbo.bantdkt", "POST", "/engine-rest/process-definition/" + definition + "/restart",
        "{\"processInstanceIds\": [\"" + plan.getId() + "\"], \"instructions\": [{\"type\": \"startBeforeActivity\","
            + " \"activityId\": \"recordAwards\"}]}"), "Quy trình chỉ được bắt đầu từ đầu");
    assertRefused(http().call("canbo.bantdkt", "POST", "/engine-rest/process-instance/" + plan.getId() + "/modification",
        "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"recordAwards\"}]}"),
        "Quy trình chỉ được bắt đầu từ đầu");

    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan").count()).isEqualTo(plans);
  }

  @Test
  @DisplayName("cán bộ đơn vị dời hạn công việc hay thêm nhóm khác vào công việc trên Danh sách công việc thì bị từ chối bằng"
      + " tiếng Việt, việc vẫn như cũ")
  void anOfficialNeitherMovesTheDueDateNorAddsAGroup() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    Task registration = unitTask(plan, "so-gddt", "registerUnit");
    String path = "/engine-rest/task/" + registration.getId();

    // What Tasklist sends when the official picks another due date in the task's header.
    assertRefused(http().call("gddt.canbo", "PUT", path, "{\"name\": \"Đăng ký thi đua\", \"due\":"
        + " \"2024-12-31T00:00:00.000+0700\"}"), "Hạn, ngày nhắc, tên, mức ưu tiên và nhóm thực hiện");
    assertRefused(http().call("gddt.canbo", "POST", path + "/identity-links",
        "{\"groupId\": \"unit-so-yte-officer\", \"type\": \"candidate\"}"), "Hạn, ngày nhắc, tên, mức ưu tiên và nhóm");

    Task unchanged = unitTask(plan, "so-gddt", "registerUnit");
    assertThat(unchanged.getDueDate()).isEqualTo(registration.getDueDate());
    assertThat(groupsOf(unchanged)).containsExactly("unit-so-gddt-officer");
  }

  @Test
  @DisplayName("thủ trưởng được báo quá hạn giao được việc cho người khác, nhưng không sửa được hạn hay nhóm thực hiện")
  void aSupervisorHandsTheTaskOnButDoesNotHideIt() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    Task registration = unitTask(plan, "so-gddt", "registerUnit");
    escalation.allowAssigning(registration.getId(), "unit-so-gddt-head");
    String path = "/engine-rest/task/" + registration.getId();

    assertRefused(http().call("gddt.thutruong", "PUT", path, "{\"name\": \"Đăng ký thi đua\", \"due\":"
        + " \"2030-01-01T00:00:00.000+0000\"}"), "Hạn, ngày nhắc, tên, mức ưu tiên và nhóm thực hiện");
    assertRefused(http().call("gddt.thutruong", "POST", path + "/identity-links",
        "{\"groupId\": \"unit-so-yte-officer\", \"type\": \"candidate\"}"), "Hạn, ngày nhắc, tên, mức ưu tiên và nhóm");
    assertThat(http().call("gddt.thutruong", "POST", path + "/assignee", "{\"userId\": \"gddt.canbo\"}").status())
        .isEqualTo(204);

    Task after = unitTask(plan, "so-gddt", "registerUnit");
    assertThat(after.getDueDate()).isEqualTo(registration.getDueDate());
    assertThat(after.getAssignee()).isEqualTo("gddt.canbo");
    assertThat(groupsOf(after)).doesNotContain("unit-so-yte-officer");
  }

  @Test
  @DisplayName("việc không giao theo kiểu ủy quyền: người đã nhận việc cũng không «resolve» được để bỏ qua biểu mẫu")
  void aTaskIsNeitherDelegatedNorResolved() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();
    tasks.claim(registration, "gddt.canbo");

    assertRefused(http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration + "/resolve",
        "{\"variables\": {\"registrationCommitments\": {\"value\": \"x\"}}}"), "Công việc không giao theo kiểu ủy quyền");
    assertRefused(http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration + "/delegate",
        "{\"userId\": \"gddt.thuky\"}"), "Công việc không giao theo kiểu ủy quyền");
    Task stillOpen = tasks.createTaskQuery().taskId(registration).singleResult();
    assertThat(stillOpen.getAssignee()).isEqualTo("gddt.canbo");
    assertThat(stillOpen.getDelegationState()).as("not delegated").isNull();
    assertThat(runtime.getVariable(unitDrive(plan, "so-gddt").getId(), "registrationCommitments")).isNull();
  }

  @Test
  @DisplayName("việc đã giao sang người khác thì người giữ trước đó, kể cả người ngoài đơn vị, không còn thấy và làm được;"
      + " lệnh thu hồi quyền quản trị đã ghi cho người đó vẫn giữ")
  void whoeverHeldATaskBeforeLosesIt() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();
    tasks.setAssignee(registration, "yte.canbo");
    assertThat(http().call("yte.canbo", "GET", "/engine-rest/task/" + registration, null).status()).isEqualTo(200);
    Authorization revoked = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoked.setUserId("gddt.thuky");
    revoked.setResource(Resources.TASK);
    revoked.setResourceId(registration);
    revoked.removePermission(Permissions.DELETE);
    authorizations.saveAuthorization(revoked);
    tasks.setAssignee(registration, "gddt.thuky");

    tasks.setAssignee(registration, "gddt.canbo");

    assertThat(authorizations.createAuthorizationQuery().userIdIn("yte.canbo").resourceType(Resources.TASK)
        .resourceId(registration).count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().userIdIn("gddt.thuky").resourceType(Resources.TASK)
        .resourceId(registration).list()).extracting(Authorization::getAuthorizationType)
        .containsExactly(Authorization.AUTH_TYPE_REVOKE);
    assertThat(http().call("yte.canbo", "GET", "/engine-rest/task/" + registration, null).status()).isEqualTo(404);
  }

  @Test
  @DisplayName("cán bộ không tự đổi họ tên hay xoá tài khoản của mình; tự đổi mật khẩu thì vẫn được")
  void anOfficialChangesOnlyTheirPassword() {
    assertRefused(http().call("gddt.canbo", "PUT", "/engine-rest/user/gddt.canbo/profile",
        "{\"id\": \"gddt.canbo\", \"firstName\": \"Nguyễn Văn\", \"lastName\": \"Chủ tịch\"}"), "Họ tên, thư điện tử");
    assertRefused(http().call("gddt.canbo", "DELETE", "/engine-rest/user/gddt.canbo", null), "Họ tên, thư điện tử");
    assertThat(http().call("gddt.canbo", "PUT", "/engine-rest/user/gddt.canbo/credentials",
        "{\"password\": \"" + DEMO_PASSWORD + "\", \"authenticatedUserPassword\": \"" + DEMO_PASSWORD + "\"}").status())
        .isEqualTo(204);

    assertThat(identity.createUserQuery().userId("gddt.canbo").singleResult().getLastName()).isEqualTo("Minh");
  }
}
