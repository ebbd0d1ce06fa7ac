package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Thông báo kết quả cho các đơn vị")
class NotifyUnitTest extends DriveTest {

  /** notifyUnits as models before session 23 had it: the notices called, the plan waiting for every acknowledgement. */
  private static final String CALLED_NOTICES = """
      <bpmn:callActivity id="notifyUnits" name="Thông báo kết quả cho các đơn vị" calledElement="unitNotice" \
      camunda:calledElementBinding="latest" camunda:variableMappingClass="vn.tdkt.decision.NotifyUnit">
        <bpmn:extensionElements>
          <camunda:in businessKey="${phasesOfPlan.unitDriveKey(execution)}" />
        </bpmn:extensionElements>
        <bpmn:incoming>toNotifyUnit</bpmn:incoming>
        <bpmn:outgoing>toPhaseCompleted</bpmn:outgoing>
        <bpmn:multiInstanceLoopCharacteristics camunda:asyncAfter="true" \
      camunda:collection="${unitsOfPlan.codes(execution)}" camunda:elementVariable="unitCode" />
      </bpmn:callActivity>""";

  private static final Map<String, Object> ACKNOWLEDGED = Map.of("outcomeAcknowledged", true);

  @Autowired AwardRegister register;

  private ProcessInstance toldTwoUnits() {
    ProcessInstance plan = metProposingNobody("so-tu-phap", "so-tai-chinh");
    headApprovesSelection(plan, "so-tu-phap");
    headApprovesSelection(plan, "so-tai-chinh");
    runAsynchronousContinuations();
    return plan;
  }

  /** A plan launched before the upgrade: it keeps the model it started with, the called notices. */
  private ProcessInstance metOnAnEarlierModel() {
    deployWithChange("emulationPlan.bpmn",
        bpmn -> bpmn.replaceFirst("(?s)<bpmn:sendTask id=\"notifyUnits\".*?</bpmn:sendTask>", Matcher.quoteReplacement(CALLED_NOTICES)));
    try {
      return metProposingNobody("so-tu-phap", "so-tai-chinh");
    } finally {
      restoreModel("emulationPlan.bpmn");
    }
  }

  private String businessKeyOf(Task notice) {
    return runtime.createProcessInstanceQuery().processInstanceId(notice.getProcessInstanceId()).singleResult().getBusinessKey();
  }

  @Test
  @DisplayName("kế hoạch không chờ đơn vị xác nhận đã nhận kết quả: kế hoạch kết thúc, mỗi đơn vị vẫn nhận và xác nhận"
      + " (phải đánh dấu đã nhận) kết quả của mình")
  void thePlanDoesNotWaitForAcknowledgements() {
    ProcessInstance plan = toldTwoUnits();

    finalReportWritten(plan);
    assertThat(plan).isEnded().hasPassed("notifyUnits");
    List<Task> notices = outcomeNotices(plan);
    assertThat(notices).extracting(this::businessKeyOf)
        .containsExactlyInAnyOrder(plan.getBusinessKey() + "/so-tu-phap", plan.getBusinessKey() + "/so-tai-chinh");
    String notice = notices.get(0).getProcessInstanceId();
    assertThat(runtime.getVariable(notice, "planNumber")).isEqualTo(plan.getBusinessKey());
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(notice).list())
        .as("the plan's data is in the plan's history, the notice keeps what it told the unit")
        .extracting(HistoricVariableInstance::getName).contains("unitOutcome").doesNotContainAnyElementsOf(NotifyUnit.planVariables());

    assertThatThrownBy(() -> complete(notices.get(0), Map.of("outcomeAcknowledged", false)))
        .as("a notice closed without the tick, as over REST, would read as told").isInstanceOf(InvalidInputException.class)
        .hasMessage("Cần đánh dấu «Đã nhận kết quả» để xác nhận đơn vị đã nhận kết quả khen thưởng.");
    unitsAcknowledgeOutcome(plan);
    assertThat(outcomeNotices(plan)).isEmpty();
  }

  @Test
  @DisplayName("đơn vị hay Ban không tự gửi được thông báo kết quả: chỉ kế hoạch gửi")
  void onlyThePlanSendsOutcomes() {
    toldTwoUnits();
    long notices = runtime.createProcessInstanceQuery().processDefinitionKey("unitNotice").count();
    String forged = """
        {"messageName": "unitOutcome", "businessKey": "999/KH-GIA/so-gddt",
         "processVariables": {"unitCode": {"value": "so-gddt"}, "unitOutcome": {"value": "Được khen thưởng"}}}""";

    for (String user : List.of("gddt.canbo", "gddt.thutruong", "canbo.bantdkt")) {
      Http.Reply refused = http().call(user, "POST", "/engine-rest/message", forged);
      assertThat(refused.status()).as(user).isEqualTo(403);
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("unitNotice").count()).isEqualTo(notices);
  }

  @Test
  @DisplayName("gửi thông báo lỗi thì quyết định khen thưởng vẫn được lưu, lỗi ghi trên tác vụ nền chờ quản trị; sửa xong chạy lại"
      + " thì đơn vị nhận kết quả")
  void aFailedSendingLosesNoDecision() {
    ProcessInstance plan = readyToSubmit("so-gddt");
    allPassTheAppraisal(plan, "so-gddt");
    at(LocalDateTime.of(2025, 10, 30, 9, 0));
    deployWithChange("unitNotice.bpmn", bpmn -> bpmn.replace("name=\"unitOutcome\"", "name=\"unitOutcomeElsewhere\""));
    try {
      assertThatThrownBy(() -> proposedAndAllAwarded(plan, "1234/QĐ-UBND", "2025-10-30"))
          .hasMessageContaining("unitOutcome");
      assertThat(plan).as("the sending waits in its job").isWaitingAt("notifyUnits#multiInstanceBody");
      assertThat(register.find(plan.getBusinessKey(), null)).extracting(AwardRegister.Award::nomineeName)
          .containsExactly("Nguyễn Văn An");
    } finally {
      restoreModel("unitNotice.bpmn");
    }
    Job sending = management.createJobQuery().processInstanceId(plan.getId()).singleResult();
    assertThat(sending.getExceptionMessage()).as("the failure the administrator reads on the job in Cockpit")
        .contains("unitOutcome");
    assertThat(sending.getRetries()).as("tried again by the job executor, then an incident").isEqualTo(2);
    management.executeJob(sending.getId());

    finalReportWritten(plan);
    assertThat(plan).isEnded();
    assertThat(outcomeNotices(plan)).extracting(this::businessKeyOf).containsExactly(plan.getBusinessKey() + "/so-gddt");
  }

  @Test
  @DisplayName("kế hoạch phát động trên mô hình trước nâng cấp (chờ đơn vị xác nhận) vẫn thông báo, hai đơn vị xác nhận cùng"
      + " lúc không lỗi, kế hoạch kết thúc; nhật ký và tình hình thực hiện không lặp thông báo")
  void aPlanOfAnEarlierModelStillNotifiesItsUnits() throws Exception {
    ProcessInstance plan = metOnAnEarlierModel();
    headApprovesSelection(plan, "so-tu-phap");
    headApprovesSelection(plan, "so-tai-chinh");
    assertThat(plan).isWaitingAt("notifyUnits");
    Task tuPhap = outcomeNotice(plan, "so-tu-phap");
    Task taiChinh = outcomeNotice(plan, "so-tai-chinh");

    // The plan counts each acknowledgement in a job of its own: two units at once do not collide.
    atOnce(() -> {
      identity.setAuthentication("tuphap.canbo", List.of("unit-so-tu-phap-officer"));
      try {
        tasks.complete(tuPhap.getId(), ACKNOWLEDGED);
      } finally {
        identity.clearAuthentication();
      }
    }, () -> tasks.complete(taiChinh.getId(), ACKNOWLEDGED));
    runAsynchronousContinuations();

    finalReportWritten(plan);
    assertThat(plan).isEnded();
    String number = URLEncoder.encode(plan.getBusinessKey(), StandardCharsets.UTF_8);
    JsonNode trail = http().call("canbo.bantdkt", "GET", "/api/audit?plan=" + number, null).body();
    assertThat(trail.findParents("step")).filteredOn(e -> "Nhận kết quả khen thưởng".equals(e.get("step").asText()))
        .hasSize(1);
    JsonNode progress = progress("canbo.bantdkt", plan.getBusinessKey(), null);
    assertThat(progress.get("lines").findValuesAsText("process")).containsExactly("Kế hoạch thi đua",
        "Thi đua của đơn vị", "Thi đua của đơn vị", "Thông báo kết quả cho đơn vị", "Thông báo kết quả cho đơn vị");
    assertThat(progress.get("lines").get(3).get("done")).extracting(JsonNode::asText).containsExactly("Nhận kết quả khen thưởng");
  }
}
