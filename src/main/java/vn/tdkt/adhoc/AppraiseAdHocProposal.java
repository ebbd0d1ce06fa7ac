package vn.tdkt.adhoc;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;

/**
 * "Thẩm định đề nghị khen thưởng đột xuất": the board finds the proposal fit to go to the
 * deciding authority, returns it to the unit for a supplement, or does not put it forward; the
 * last two say why, and a proposal not put forward tells the unit the board's reason.
 */
@Component("appraiseAdHocProposal")
public class AppraiseAdHocProposal implements TaskListener {

  static final String PASSED = "PASSED";
  static final String RETURNED = "RETURNED";
  static final String REJECTED = "REJECTED";

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.removeVariable("adHocVerdict");
      task.removeVariable("adHocAppraisalComments");
      return;
    }
    Object verdict = task.getVariable("adHocVerdict");
    if (!List.of(PASSED, RETURNED, REJECTED).contains(verdict)) {
      throw new InvalidInputException(List.of("Chưa chọn kết quả thẩm định."));
    }
    if (!PASSED.equals(verdict) && Decisions.isBlank(task.getVariable("adHocAppraisalComments"))) {
      throw new InvalidInputException(List.of(RETURNED.equals(verdict)
          ? "Khi trả lại để bổ sung phải ghi nội dung cần bổ sung ở mục Ý kiến thẩm định."
          : "Khi không trình khen thưởng phải ghi lý do ở mục Ý kiến thẩm định; đơn vị được báo lý do này."));
    }
    task.removeVariable(SignAdHocSubmission.BACK_TO_THE_BOARD); // answered by this appraisal
    if (RETURNED.equals(verdict)) {
      ReviseAdHocProposal.returnedBy(task, "Ban TĐKT", "adHocAppraisalComments");
    } else if (REJECTED.equals(verdict)) {
      AdHocOutcome.NOT_PROPOSED.tell(task, "Ban TĐKT không trình khen thưởng. Lý do: "
          + task.getVariable("adHocAppraisalComments").toString().strip());
    }
  }
}
