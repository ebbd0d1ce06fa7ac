package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;

@DisplayName("Lập tờ trình đề nghị khen thưởng")
class DraftProposalTest extends DriveTest {

  private static final String REASON = "Đang bị xem xét kỷ luật theo Kết luận thanh tra số 12/KL-TTr.";

  @Autowired AwardRegister register;

  @Test
  @DisplayName("Lãnh đạo Ban không ký vì một cá nhân, Ban đưa người đó ra khỏi tờ trình có lý do: người có thẩm quyền"
      + " không khen thưởng được người đó, sổ khen thưởng không ghi, đơn vị được báo lý do")
  void theBoardLeavesANomineeOutOfTheProposal() {
    ProcessInstance plan = passedAppraisal("so-yte", "so-gddt");
    drafted(plan, "2025-10-15");
    complete(task(plan, "signProposal"), Map.of("proposalSigned", false,
        "proposalComments", "Bà Trần Thị Bình đang bị xem xét kỷ luật, không đưa vào tờ trình."));

    Task draft = task(plan, "draftProposal");
    assertThatThrownBy(() -> complete(draft, draftLeavingOut(plan, "Trần Thị Bình", "")))
        .hasMessage("Chưa ghi lý do không đưa Trần Thị Bình (Sở Giáo dục và Đào tạo) vào tờ trình.");
    complete(draft, draftLeavingOut(plan, "Trần Thị Bình", REASON));
    complete(task(plan, "signProposal"), Map.of("proposalSigned", true));

    Task decide = task(plan, "decideAwards");
    assertThatThrownBy(() -> complete(decide, decision(decided(plan, n -> true))))
        .hasMessageContaining("Trần Thị Bình (Sở Giáo dục và Đào tạo) đã được đưa ra khỏi tờ trình (lý do: " + REASON
            + "), không thể khen thưởng");
    complete(decide, decision(decided(plan, n -> !Boolean.TRUE.equals(n.get("withdrawn")))));

    finalReportWritten(plan);
    assertThat(plan).isEnded();
    assertThat(register.find(plan.getBusinessKey(), null)).extracting(AwardRegister.Award::nomineeName)
        .containsExactly("Nguyễn Văn An");
    Object education = runtime.getVariable(outcomeNotice(plan, "so-gddt").getProcessInstanceId(), "unitOutcome");
    assertThat(read("[" + education + "]")).singleElement().satisfies(outcome -> assertThat(outcome.get("nominees"))
        .isEqualTo(List.of(Map.of("name", "Trần Thị Bình", "kind", INDIVIDUAL, "verdict", "PASS", "reason", "không đưa vào tờ trình: " + REASON,
            "awarded", false, "outcome", "Đạt thẩm định, không được đưa vào tờ trình đề nghị khen thưởng"))));
  }

  @Test
  @DisplayName("lãnh đạo Ban ký kèm ý kiến, người có thẩm quyền trả lại: chuyên viên thấy lý do trả lại, không thấy ý kiến khi"
      + " ký hiện như lý do không ký")
  void aSigningRemarkIsNotShownAsARefusal() {
    ProcessInstance plan = passedAppraisal("so-yte", "so-gddt");
    drafted(plan, "2025-10-15");
    complete(task(plan, "signProposal"), Map.of("proposalSigned", true, "proposalComments", "Đồng ý, trình Chủ tịch."));
    complete(task(plan, "decideAwards"), Map.of("decisionApproved", false, "decisionComments", "Bổ sung tóm tắt thành tích."));

    Map<String, Object> draft = forms.getTaskFormVariables(task(plan, "draftProposal").getId(),
        List.of("proposalComments", "decisionComments"), true);
    assertThat(draft.get("proposalComments")).isNull();
    assertThat(draft.get("decisionComments")).isEqualTo("Bổ sung tóm tắt thành tích.");
  }

  @Test
  @DisplayName("Ban đưa lại vào tờ trình người đã đưa ra: người đó được trình khen thưởng như những người khác")
  void aNomineeLeftOutCanBeProposedAgain() {
    ProcessInstance plan = passedAppraisal("so-yte", "so-gddt");
    complete(task(plan, "draftProposal"), draftLeavingOut(plan, "Trần Thị Bình", REASON));
    complete(task(plan, "signProposal"), Map.of("proposalSigned", false,
        "proposalComments", "Kết luận thanh tra đã xác định bà Bình không vi phạm; đề nghị đưa lại vào tờ trình."));

    // The board unticks the row; the form no longer shows, so no longer sends, the reason.
    complete(task(plan, "draftProposal"), draftLeavingOut(plan, "nobody", ""));
    complete(task(plan, "signProposal"), Map.of("proposalSigned", true));
    complete(task(plan, "decideAwards"), decision(decided(plan, n -> true)));

    assertThat(register.find(plan.getBusinessKey(), null)).extracting(AwardRegister.Award::nomineeName)
        .containsExactlyInAnyOrder("Nguyễn Văn An", "Trần Thị Bình");
  }

  @Test
  @DisplayName("ngày tờ trình trước ngày bắt đầu nhận hồ sơ của đợt thì bị từ chối, nêu cả hai ngày; việc vẫn còn")
  void aProposalDatedBeforeTheDossiersCouldComeIsRefused() {
    ProcessInstance plan = passedAppraisal("so-yte", "so-gddt");

    assertThatThrownBy(() -> drafted(plan, "2025-10-13")).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).containsExactly("Ngày tờ trình (13/10/2025) trước ngày bắt đầu nhận hồ sơ của đợt"
            + " (14/10/2025): tờ trình tổng hợp các hồ sơ đã thẩm định nên không thể sớm hơn."));
    assertThat(plan).isWaitingAt("draftProposal");
    drafted(plan, "2025-10-14");
    assertThat(plan).isWaitingAt("signProposal");
  }

  /** Two units' nominees, Nguyễn Văn An of Sở Y tế and Trần Thị Bình of Sở GD&ĐT, passed; the board consolidates. */
  private ProcessInstance passedAppraisal(String health, String education) {
    ProcessInstance plan = launchedAndApproved(health, education);
    registeredAndReported(plan, health, education);
    proposesOne(plan, health, "Nguyễn Văn An");
    proposesOne(plan, education, "Trần Thị Bình");
    allPassTheAppraisal(plan, health, education);
    return plan;
  }

  private static Map<String, Object> decision(List<Map<String, Object>> rows) {
    return Map.of("decisionApproved", true, "proposalNominees", json(rows), "decisionNumber", "1234/QĐ-UBND",
        "decisionDate", "2025-10-15");
  }
}
