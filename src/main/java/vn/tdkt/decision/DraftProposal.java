package vn.tdkt.decision;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.InvalidInputException;

/**
 * "Lập tờ trình đề nghị khen thưởng": the consolidated proposal needs its number and date, a date
 * already come (it is the signed document's, carried into the decision and the award register).
 */
@Component("draftProposal")
public class DraftProposal implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    LocalDate date = Deadlines.parseOrNull(task.getVariable("proposalDate"));
    new InvalidInputException.Problems()
        .requireText(task, "proposalNumber", "Chưa nhập số tờ trình.")
        .addIf(date == null, Deadlines.unusable(task.getVariable("proposalDate"), "Chưa nhập ngày tờ trình."))
        .addIf(date != null && date.isAfter(Deadlines.today()), "Ngày tờ trình không được sau ngày hôm nay.")
        .throwIfAny();
  }
}
