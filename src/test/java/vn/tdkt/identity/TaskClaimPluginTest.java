package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Nhận việc và trả lại việc")
class TaskClaimPluginTest extends DriveTest {

  @Test
  @DisplayName("cán bộ đã nhận việc thì trả lại được cho nhóm, rồi nhận lại được")
  void theAssigneeGivesTheTaskBack() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();
    String claim = "/engine-rest/task/" + registration + "/claim";

    assertThat(http().call("gddt.canbo", "POST", claim, "{\"userId\": \"gddt.canbo\"}").status()).isEqualTo(204);
    assertThat(unitTask(plan, "so-gddt", "registerUnit").getAssignee()).isEqualTo("gddt.canbo");

    // Tasklist's "Trả lại việc".
    assertThat(http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration + "/unclaim", null).status())
        .isEqualTo(204);
    assertThat(unitTask(plan, "so-gddt", "registerUnit").getAssignee()).isNull();
    assertThat(http().call("gddt.canbo", "POST", claim, "{\"userId\": \"gddt.canbo\"}").status()).isEqualTo(204);
  }

  @Test
  @DisplayName("người khác không trả lại thay được việc cán bộ đã nhận")
  void nobodyElseGivesItBack() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();
    tasks.claim(registration, "gddt.thuky");

    assertThat(http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration + "/unclaim", null).status())
        .isEqualTo(403);
    // A claim for nobody, which the engine would take as giving the task back.
    Http.Reply forNobody = http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration + "/claim", "{}");
    assertThat(forNobody.status()).isEqualTo(403);
    assertThat(forNobody.body().path("message").asText())
        .isEqualTo("Chỉ người đã nhận việc (gddt.thuky) mới trả lại được việc này cho nhóm.");
    assertThat(unitTask(plan, "so-gddt", "registerUnit").getAssignee()).isEqualTo("gddt.thuky");
  }

  @Test
  @DisplayName("cán bộ nhận việc thay cho người khác, kể cả người ngoài đơn vị, thì bị từ chối; việc vẫn chờ đơn vị nhận")
  void nobodyClaimsForSomeoneElse() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();

    Http.Reply refused = http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration + "/claim",
        "{\"userId\": \"yte.canbo\"}");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().path("message").asText())
        .isEqualTo("Chỉ được nhận việc cho chính mình: tài khoản gddt.canbo không được nhận việc thay cho yte.canbo.");
    assertThat(unitTask(plan, "so-gddt", "registerUnit").getAssignee()).isNull();
  }
}
