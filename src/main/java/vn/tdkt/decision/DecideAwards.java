package vn.tdkt.decision;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.ApprovalTask;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;

/**
 * "Quyết định khen thưởng": the authority awards all or some of the proposed nominees under a
 * numbered, dated decision, or returns the proposal with comments.
 */
@Component("decideAwards")
public class DecideAwards extends ApprovalTask {

  public DecideAwards() {
    super("decisionApproved", "decisionComments", "Chưa chọn quyết định khen thưởng hay trả lại tờ trình.",
        "Khi trả lại tờ trình phải ghi ý kiến.");
  }

  @Override
  protected void completed(DelegateTask task, boolean approved) {
    if (!approved) {
      return;
    }
    List<ProposalNominee> nominees = JsonVariables.readList(task, "proposalNominees", ProposalNominee.class);
    LocalDate decisionDate = Deadlines.parseOrNull(task.getVariable("decisionDate"));
    new InvalidInputException.Problems()
        .addIf(Decisions.isBlank(task.getVariable("decisionNumber")), "Chưa nhập số quyết định khen thưởng.")
        .addIf(decisionDate == null, Deadlines.unusable(task.getVariable("decisionDate"), "Chưa nhập ngày ký quyết định."))
        .addIf(decisionDate != null && decisionDate.isAfter(Deadlines.today()), "Ngày ký quyết định không được sau ngày hôm nay.")
        .addIf(nominees.stream().noneMatch(ProposalNominee::receivesAward),
            "Chưa chọn tập thể, cá nhân nào được khen thưởng; nếu không khen thưởng ai, hãy trả lại tờ trình.")
        .throwIfAny();
  }
}
