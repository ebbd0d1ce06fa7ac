package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Đơn vị được thông báo khi công việc của mình bị hủy")
class CancellationNoticeTest extends DriveTest {

  @Test
  @DisplayName("quản trị hủy kế hoạch trong Cockpit: mỗi đơn vị nhận «Nhận thông báo hủy», chỉ đơn vị đó xem được")
  void aCancelledPlanTellsEveryUnit() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-yte");
    register(plan, "so-gddt");

    // As Cockpit cancels: over REST, custom listeners skipped.
    Http.Reply cancelled = http().call("admin", "DELETE", "/engine-rest/process-instance/" + plan.getId()
        + "?skipCustomListeners=true&skipIoMappings=true", null);

    assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(204);
    assertThat(cancellationNotices(plan)).hasSize(2);
    Task notice = cancellationNotice(plan, "so-gddt");
    assertThat(groupsOf(notice)).containsExactly("unit-so-gddt-officer");
    assertThat(tasks.getVariables(notice.getId())).containsEntry("planCancelled", true)
        .containsEntry("planNumber", plan.getBusinessKey()).containsEntry("unitName", "Sở Giáo dục và Đào tạo")
        .containsEntry("cancelledBy", "Quản trị Hệ thống (admin)").containsEntry("cancellationReason", null);
    assertThat(http().call("yte.canbo", "GET", "/engine-rest/task/" + notice.getId(), null).status()).isEqualTo(404);
    assertThat(http().call("gddt.canbo", "GET", "/engine-rest/task/" + notice.getId(), null).status()).isEqualTo(200);
    // The board sees in the plan's progress which units have read it.
    JsonNode progress = progress("canbo.bantdkt", plan.getBusinessKey(), "so-gddt");
    assertThat(progress.get("status").asText()).isEqualTo("Đã hủy");
    assertThat(progress.get("lines").findValuesAsText("step")).contains("Nhận thông báo hủy");
  }

  @Test
  @DisplayName("quản trị hủy kế hoạch bằng sửa đổi phiên chạy (hủy mọi bước, có ghi chú): mỗi đơn vị được báo cả kế hoạch"
      + " bị hủy, không chỉ phần việc của mình")
  void aPlanCancelledByModificationTellsEachUnitTheWholePlanWasCancelled() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-yte");
    var modification = runtime.createProcessInstanceModification(plan.getId()).setAnnotation("Phát động nhầm số kế hoạch");
    runtime.getActiveActivityIds(plan.getId()).forEach(modification::cancelAllForActivity);

    as("admin", modification::execute);

    assertThat(plan).isEnded();
    assertThat(cancellationNotices(plan)).hasSize(2).allSatisfy(notice -> assertThat(tasks.getVariables(notice.getId()))
        .containsEntry("planCancelled", true).containsEntry("cancellationReason", "Phát động nhầm số kế hoạch"));
  }

  @Test
  @DisplayName("quản trị hủy riêng phần việc của một đơn vị, có ghi lý do: chỉ đơn vị đó được báo, kế hoạch tiếp tục")
  void aCancelledLineTellsOnlyItsUnit() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-yte");

    runtime.deleteProcessInstance(unitDrive(plan, "so-yte").getId(), "Đơn vị thôi tham gia kế hoạch");

    assertThat(plan).isActive();
    Task notice = cancellationNotice(plan, "so-yte");
    assertThat(cancellationNotices(plan)).containsExactly(notice);
    assertThat(tasks.getVariables(notice.getId())).containsEntry("planCancelled", false)
        .containsEntry("cancellationReason", "Đơn vị thôi tham gia kế hoạch");
  }

  @Test
  @DisplayName("quản trị hủy kế hoạch bằng thao tác hàng loạt (batch) của Cockpit: đơn vị vẫn được báo")
  void aBatchCancellationTellsTheUnits() {
    ProcessInstance plan = launchedAndApproved("so-gddt");

    Batch batch = runtime.deleteProcessInstancesAsync(List.of(plan.getId()), "Hủy hàng loạt các kế hoạch phát động nhầm");
    for (String jobs : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId())) {
      management.createJobQuery().jobDefinitionId(jobs).list().forEach(job -> management.executeJob(job.getId()));
    }
    management.deleteBatch(batch.getId(), true);

    assertThat(plan).isEnded();
    Task notice = cancellationNotice(plan, "so-gddt");
    assertThat(cancelledWork(notice)).containsExactly("Thi đua của đơn vị");
    assertThat(tasks.getVariables(notice.getId())).containsEntry("planCancelled", true)
        .containsEntry("cancellationReason", "Hủy hàng loạt các kế hoạch phát động nhầm");
  }

  @Test
  @DisplayName("hủy riêng phần việc cuối cùng còn chạy thì bị từ chối, kèm cách làm; sửa đổi kế hoạch theo đúng cách đó thì"
      + " đợt đi tiếp và đơn vị bị hủy được báo")
  void theLastRunningLineIsNotDeletedAlone() {
    ProcessInstance plan = metProposingNobody("so-gddt", "so-yte");
    headApprovesSelection(plan, "so-gddt");
    runAsynchronousContinuations();
    ProcessInstance last = unitDrive(plan, "so-yte");

    Http.Reply refused = http().call("admin", "DELETE", "/engine-rest/process-instance/" + last.getId()
        + "?skipCustomListeners=true", null);
    Throwable refusal = catchThrowable(() -> runtime.deleteProcessInstance(last.getId(), "Đơn vị thôi tham gia"));
    assertThat(refusal).hasMessageContaining("phần việc cuối cùng còn chạy").hasMessageContaining("POST /engine-rest/process-instance/"
        + plan.getId() + "/modification với nội dung {\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\":"
        + " \"consolidateProposal\"}, {\"type\": \"cancel\", \"activityId\": \"unitLines\"}]");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("Không hủy được phần việc của đơn vị so-yte");
    assertThat(last).isActive();
    assertThat(cancellationNotices(plan)).isEmpty();

    modifyAsAdvised(refusal, "Đơn vị thôi tham gia");
    runAsynchronousContinuations();

    assertThat(plan).isWaitingAt("writeFinalReport");
    assertThat(outcomeNotices(plan)).extracting(notice -> tasks.getVariable(notice.getId(), "unitCode")).containsExactly("so-gddt");
    assertThat(tasks.getVariables(cancellationNotice(plan, "so-yte").getId())).containsEntry("planCancelled", false)
        .as("the modification's annotation, not Camunda's own words").containsEntry("cancellationReason", "Đơn vị thôi tham gia");
  }

  @Test
  @DisplayName("đơn vị xác nhận đã nhận thông báo hủy; gửi mà không đánh dấu thì bị từ chối kèm lời nhắc")
  void theUnitAcknowledgesTheCancellation() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    runtime.deleteProcessInstance(plan.getId(), "Phát động nhầm");
    Task notice = cancellationNotice(plan, "so-gddt");
    tasks.claim(notice.getId(), "gddt.canbo");
    String path = "/engine-rest/task/" + notice.getId() + "/submit-form";

    Http.Reply unticked = http().call("gddt.canbo", "POST", path,
        "{\"variables\": {\"cancellationAcknowledged\": {\"value\": false}}}");
    Http.Reply ticked = http().call("gddt.canbo", "POST", path,
        "{\"variables\": {\"cancellationAcknowledged\": {\"value\": true}}}");

    assertThat(unticked.status()).isEqualTo(400);
    assertThat(unticked.text()).contains("Cần đánh dấu «Đã nhận thông báo»");
    assertThat(ticked.status()).as(ticked.text()).isEqualTo(204);
    assertThat(cancellationNotices(plan)).isEmpty();
  }

  @Test
  @DisplayName("cán bộ đơn vị hay Ban TĐKT tự gửi thông điệp hủy qua REST thì bị từ chối, không có thông báo giả")
  void nobodyForgesACancellationNotice() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String forged = """
        {"messageName": "unitDriveCancelled", "businessKey": "%s/so-gddt",
         "processVariables": {"unitCode": {"value": "so-gddt"}, "planCancelled": {"value": true}}}""".formatted(plan.getBusinessKey());

    for (String user : List.of("gddt.canbo", "gddt.thutruong", "canbo.bantdkt")) {
      assertThat(http().call(user, "POST", "/engine-rest/message", forged).status()).as(user).isEqualTo(403);
    }
    assertThat(cancellationNotices(plan)).isEmpty();
  }

  private List<Task> cancellationNotices(ProcessInstance plan) {
    return notices(plan, "acknowledgeCancellation");
  }

  private Task cancellationNotice(ProcessInstance plan, String unit) {
    return notice(plan, unit, "acknowledgeCancellation");
  }
}
