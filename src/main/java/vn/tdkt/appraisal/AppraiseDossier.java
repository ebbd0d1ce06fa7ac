package vn.tdkt.appraisal;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.dossier.DossierLinks;
import vn.tdkt.selection.Nominee;

/**
 * "Thẩm định hồ sơ": on creation lists the dossier's files as links the appraiser can open from
 * the task, and clears the last round's outcome and supplement request (a supplemented dossier is
 * appraised afresh, not one click from asking the same supplement again); on completion checks the verdicts — a rejection needs its reason, a conclusion needs
 * a verdict for every proposed nominee, a supplement request needs what to add and by when.
 */
@Component("appraiseDossier")
public class AppraiseDossier implements TaskListener {

  public static final String CONCLUDE = "CONCLUDE";
  public static final String SUPPLEMENT = "SUPPLEMENT";

  private final Deadlines deadlines;

  public AppraiseDossier(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DossierLinks.showOn(task);
      List.of("appraisalOutcome", "supplementRequest", "supplementDeadline", CloseSupplement.REASON)
          .forEach(task::removeVariable);
      return;
    }
    Object outcome = task.getVariable("appraisalOutcome");
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    problems.addIf(!CONCLUDE.equals(outcome) && !SUPPLEMENT.equals(outcome),
        "Chưa chọn kết luận thẩm định hay trả lại hồ sơ để bổ sung.");
    for (Nominee n : JsonVariables.readList(task, "nominees", Nominee.class)) {
      if (!n.proposed()) {
        continue;
      }
      problems.addIf(Nominee.REJECT.equals(n.verdict()) && Decisions.isBlank(n.reason()),
              n.name() + ": khi không đạt phải ghi rõ lý do.")
          .addIf(CONCLUDE.equals(outcome) && n.undecided(),
              n.name() + ": chưa có kết quả thẩm định (đạt hoặc không đạt).");
    }
    if (SUPPLEMENT.equals(outcome)) {
      LocalDate deadline = Deadlines.parseOrNull(task.getVariable("supplementDeadline"));
      problems.addIf(Decisions.isBlank(task.getVariable("supplementRequest")), "Chưa ghi nội dung cần bổ sung.");
      Decisions.newDeadlineProblem(task, deadlines, deadline, "Hạn bổ sung").ifPresent(problems::add);
    }
    problems.throwIfAny();
  }
}
