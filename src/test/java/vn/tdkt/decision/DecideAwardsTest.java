package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;

@DisplayName("Quyết định khen thưởng")
class DecideAwardsTest extends DriveTest {

  @Autowired AwardRegister register;

  /** Sở Y tế's nominee passed the appraisal; the board has proposed it; the Chairman decides. */
  private ProcessInstance proposedForDecision() {
    ProcessInstance plan = readyToSubmit("so-yte");
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    submitDossier(plan, "so-yte");
    appraise(plan, "so-yte", "CONCLUDE", Map.of("n1", "PASS"), Map.of());
    boardHeadApprovesAppraisal(plan, "so-yte");
    runAsynchronousContinuations();
    proposed(plan, "2025-10-15");
    return plan;
  }

  @Test
  @DisplayName("Chủ tịch không khen thưởng ai, ghi lý do: đợt kết thúc không có quyết định, sổ khen thưởng không ghi gì,"
      + " đơn vị được thông báo")
  void theAuthorityAwardsNobody() {
    ProcessInstance plan = proposedForDecision();
    Task decide = task(plan, "decideAwards");
    Object nobody = json(decided(plan, n -> false));

    assertThatThrownBy(() -> complete(decide, Map.of("decisionApproved", true, "proposalNominees", nobody,
            "decisionNumber", "1234/QĐ-UBND", "decisionDate", "2025-10-16")))
        .hasMessageContaining("nếu không khen thưởng ai, chọn «Không khen thưởng tập thể, cá nhân nào trong tờ trình»");
    assertThatThrownBy(() -> complete(decide, Map.of("decisionApproved", true, "proposalNominees", nobody, "noAwards", true)))
        .hasMessage("Khi không khen thưởng ai phải ghi lý do ở mục Ý kiến.");
    complete(decide, Map.of("decisionApproved", true, "proposalNominees", nobody, "noAwards", true,
        "decisionComments", "Thành tích chưa tiêu biểu so với các đơn vị trong tỉnh."));

    assertThat(plan).isEnded().hasPassed("summarizePlan");
    assertThat(register.find(plan.getBusinessKey(), null)).isEmpty();
    runAsynchronousContinuations();
    assertThat(outcomeNotices(plan)).singleElement().satisfies(notice -> assertThat(runtime.getVariable(
        notice.getProcessInstanceId(), "unitOutcome").toString()).contains("Đạt thẩm định, không được khen thưởng"));
  }

  @Test
  @DisplayName("chọn không khen thưởng mà vẫn đánh dấu tặng thưởng thì bị từ chối, không có gì được ghi")
  void noAwardsWithSomeoneAwardedIsRefused() {
    ProcessInstance plan = proposedForDecision();
    Task decide = task(plan, "decideAwards");
    List<Map<String, Object>> someone = decided(plan, n -> false);
    someone.get(0).put("awarded", true);

    assertThatThrownBy(() -> complete(decide, Map.of("decisionApproved", true, "proposalNominees", json(someone),
            "noAwards", true, "decisionComments", "Không khen thưởng.")))
        .hasMessageStartingWith("Đã chọn «Không khen thưởng tập thể, cá nhân nào» nhưng vẫn đánh dấu «Tặng thưởng»");
    assertThat(plan).isWaitingAt("decideAwards");
  }
}
