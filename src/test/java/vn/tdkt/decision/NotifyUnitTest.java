package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Thông báo kết quả cho các đơn vị")
class NotifyUnitTest extends DriveTest {

  private static final Map<String, Object> ACKNOWLEDGED = Map.of("outcomeAcknowledged", true);

  private ProcessInstance toldTwoUnits() {
    ProcessInstance plan = metProposingNobody("so-tu-phap", "so-tai-chinh");
    headApprovesSelection(plan, "so-tu-phap");
    headApprovesSelection(plan, "so-tai-chinh");
    runAsynchronousContinuations();
    return plan;
  }

  @Test
  @DisplayName("kế hoạch không chờ đơn vị xác nhận đã nhận kết quả: kế hoạch kết thúc, mỗi đơn vị vẫn nhận và xác nhận kết quả của mình, cùng lúc cũng không lỗi")
  void thePlanDoesNotWaitForAcknowledgements() throws Exception {
    ProcessInstance plan = toldTwoUnits();

    assertThat(plan).isEnded().hasPassed("notifyUnits");
    List<Task> notices = outcomeNotices(plan);
    assertThat(notices).extracting(notice -> runtime.createProcessInstanceQuery()
            .processInstanceId(notice.getProcessInstanceId()).singleResult().getBusinessKey())
        .containsExactlyInAnyOrder(plan.getBusinessKey() + "/so-tu-phap", plan.getBusinessKey() + "/so-tai-chinh");
    assertThat(runtime.getVariable(notices.get(0).getProcessInstanceId(), "planNumber")).isEqualTo(plan.getBusinessKey());

    atOnce(() -> tasks.complete(notices.get(0).getId(), ACKNOWLEDGED),
        () -> tasks.complete(notices.get(1).getId(), ACKNOWLEDGED));

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
}
