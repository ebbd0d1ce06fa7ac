package vn.tdkt.decision;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;

/**
 * "Lập tờ trình đề nghị khen thưởng": the consolidated proposal needs its number and date, a date
 * already come and not before the phase's dossiers could come in (it is the signed document's,
 * carried into the decision and the award register, whose decision date may not precede it).
 * The board may leave a nominee who passed appraisal out of it, saying why (the board head
 * refusing to sign over one nominee would otherwise send back a proposal nobody could change);
 * the reason reaches the nominee's unit, and a nominee left out cannot be awarded.
 */
@Component("draftProposal")
public class DraftProposal implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<ProposalNominee> nominees = JsonVariables.readList(task, "proposalNominees", ProposalNominee.class);
    InvalidInputException.Problems problems = new InvalidInputException.Problems()
        .requireText(task, "proposalNumber", "Chưa nhập số tờ trình.")
        .requireDayUpToToday(task.getVariable("proposalDate"), "Chưa nhập ngày tờ trình.",
            "Ngày tờ trình không được sau ngày hôm nay.");
    // The proposal gathers dossiers appraised in the phase: none was submitted before the window opened.
    LocalDate proposalDate = Deadlines.parseOrNull(task.getVariable("proposalDate"));
    LocalDate windowOpened = Deadlines.parseOrNull(task.getVariable("submissionOpens"));
    problems.addIf(proposalDate != null && windowOpened != null && proposalDate.isBefore(windowOpened),
        () -> "Ngày tờ trình (" + Deadlines.display(proposalDate) + ") trước ngày bắt đầu nhận hồ sơ của đợt ("
            + Deadlines.display(windowOpened) + "): tờ trình tổng hợp các hồ sơ đã thẩm định nên không thể sớm hơn.");
    nominees.stream().filter(ProposalNominee::lacksWithdrawnReason)
        .forEach(n -> problems.add("Chưa ghi lý do không đưa " + n.label() + " vào tờ trình."));
    problems.throwIfAny();
    task.setVariable("proposalNominees", JsonVariables.json(nominees.stream().map(ProposalNominee::drafted).toList()));
  }
}
