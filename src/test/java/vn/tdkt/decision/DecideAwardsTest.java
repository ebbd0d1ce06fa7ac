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
    return proposedForDecision("so-yte", "Nguyễn Văn An");
  }

  @Test
  @DisplayName("Chủ tịch không khen thưởng ai, ghi lý do: đợt kết thúc không có quyết định, sổ khen thưởng không ghi gì,"
      + " đơn vị được thông báo kèm lý do")
  void theAuthorityAwardsNobody() {
    ProcessInstance plan = proposedForDecision();
    Task decide = task(plan, "decideAwards");
    Object asProposed = json(decided(plan, n -> true));

    assertThatThrownBy(() -> complete(decide, Map.of("decisionApproved", true, "proposalNominees", json(decided(plan, n -> false)),
            "decisionNumber", "1234/QĐ-UBND", "decisionDate", "2025-10-16")))
        .hasMessageContaining("nếu không khen thưởng ai, đánh dấu «Không khen thưởng tập thể, cá nhân nào» và ghi lý do ở mục Ý kiến.");
    assertThatThrownBy(() -> complete(decide, Map.of("decisionApproved", true, "proposalNominees", asProposed, "noAwards", true)))
        .hasMessage("Khi không khen thưởng ai phải ghi lý do ở mục Ý kiến.");
    // The rows come ticked; choosing to award nobody is enough.
    complete(decide, Map.of("decisionApproved", true, "proposalNominees", asProposed, "noAwards", true,
        "decisionComments", "Thành tích chưa tiêu biểu so với các đơn vị trong tỉnh."));

    assertThat(runtime.getVariable(plan.getId(), "planResults")).as("what the board's final report reads").isEqualTo(
        "1 đơn vị (Đã thẩm định hồ sơ: 1); 1 tập thể, cá nhân được đề nghị, 1 đạt thẩm định, 0 được khen thưởng (cấp quyết"
            + " định không khen thưởng: Thành tích chưa tiêu biểu so với các đơn vị trong tỉnh).");
    finalReportWritten(plan);
    assertThat(plan).isEnded().hasPassed("summarizePlan");
    assertThat(register.find(plan.getBusinessKey(), null)).isEmpty();
    assertThat(outcomeNotices(plan)).singleElement().satisfies(notice -> {
      assertThat(runtime.getVariable(notice.getProcessInstanceId(), "unitOutcome").toString())
          .contains("Đạt thẩm định, không được khen thưởng").doesNotContain("\"awarded\":true");
      assertThat(runtime.getVariable(notice.getProcessInstanceId(), "noAwardsReason"))
          .isEqualTo("Thành tích chưa tiêu biểu so với các đơn vị trong tỉnh.");
    });
  }

  @Test
  @DisplayName("kế hoạch phát động trước khi có hạn quyết định khen thưởng (chuyển sang phiên bản mới) thì Lãnh đạo Ban vẫn"
      + " ký được tờ trình, việc quyết định hạn 10 ngày làm việc")
  void aPlanFromBeforeTheDecisionDeadlineIsDecidedInTenWorkingDays() {
    ProcessInstance plan = launchedAndApproved("so-yte");
    registeredAndReported(plan, "so-yte");
    proposesOne(plan, "so-yte", "Nguyễn Văn An");
    allPassTheAppraisal(plan, "so-yte");
    drafted(plan, "2025-10-15");
    runtime.removeVariable(plan.getId(), "decisionDeadline");

    complete(task(plan, "signProposal"), Map.of("proposalSigned", true));

    Task decide = task(plan, "decideAwards");
    assertThat(decide.getDueDate()).isEqualTo(endOf(2025, 10, 29));
    assertThat(decide.getFollowUpDate()).isEqualTo(vn(LocalDateTime.of(2025, 10, 28, 0, 0)));
  }

  @Test
  @DisplayName("không khen thưởng ai mà vẫn nhập số quyết định thì bị từ chối, không có gì được ghi")
  void noAwardsWithADecisionNumberIsRefused() {
    ProcessInstance plan = proposedForDecision();

    assertThatThrownBy(() -> complete(task(plan, "decideAwards"), Map.of("decisionApproved", true,
            "proposalNominees", json(decided(plan, n -> true)), "noAwards", true, "decisionNumber", "1234/QĐ-UBND",
            "decisionComments", "Không khen thưởng.")))
        .hasMessage("Không khen thưởng thì không có số, ngày quyết định khen thưởng.");
    assertThat(plan).isWaitingAt("decideAwards");
    assertThat(runtime.getVariables(plan.getId(), List.of("decisionNumber", "noAwards", "decisionComments"))).isEmpty();
  }

  @Test
  @DisplayName("số quyết định dài quá 100 ký tự (cột của sổ khen thưởng) thì bị từ chối khi Chủ tịch quyết định, không"
      + " hỏng ở bước ghi sổ")
  void decisionNumberLongerThanTheRegisterKeepsIsRefused() {
    ProcessInstance plan = proposedForDecision();

    assertThatThrownBy(() -> complete(task(plan, "decideAwards"), Map.of("decisionApproved", true,
            "proposalNominees", json(decided(plan, n -> true)), "decisionNumber", "1".repeat(101), "decisionDate", "2025-10-15")))
        .hasMessage("Số quyết định dài 101 ký tự, quá giới hạn 100 ký tự.");
    assertThat(plan).isWaitingAt("decideAwards");
  }

  @Test
  @DisplayName("số quyết định không bắt đầu bằng số thứ tự văn bản (chỉ có ký hiệu, hay gõ cả chữ «Số») thì bị từ chối")
  void decisionNumberStartsWithItsSerialNumber() {
    ProcessInstance plan = proposedForDecision();

    for (String typed : List.of("QĐ-UBND", "Số 1234/QĐ-UBND")) {
      assertThatThrownBy(() -> complete(task(plan, "decideAwards"), Map.of("decisionApproved", true,
              "proposalNominees", json(decided(plan, n -> true)), "decisionNumber", typed, "decisionDate", "2025-10-15")))
          .hasMessage("Số quyết định phải bắt đầu bằng số thứ tự của văn bản, ví dụ 1234/QĐ-UBND (đang là «" + typed + "»).");
    }
    assertThat(plan).isWaitingAt("decideAwards");
    complete(task(plan, "decideAwards"), Map.of("decisionApproved", true, "proposalNominees", json(decided(plan, n -> true)),
        "decisionNumber", "45-QĐ/ĐUK", "decisionDate", "2025-10-15"));
    assertThat(register.find(plan.getBusinessKey(), null)).extracting(AwardRegister.Award::decisionNumber).containsOnly("45-QĐ/ĐUK");
  }
}
