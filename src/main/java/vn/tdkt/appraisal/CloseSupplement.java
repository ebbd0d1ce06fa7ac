package vn.tdkt.appraisal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.InvalidInputException;

/**
 * "Xử lý hồ sơ chưa bổ sung khi hết hạn": the supplement deadline was not final and the unit has
 * not supplemented. The board leaves the task open to wait (the unit's supplement closes it), or
 * completes it with a reason to stop waiting: the model then rejects the outstanding nominees
 * ({@link RejectOutstandingNominees}) and the board head approves the result.
 */
@Component("closeSupplement")
public class CloseSupplement implements TaskListener {

  static final String REASON = "supplementClosingReason";

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // Blank each time the board is asked, not the last round's reason: the step's own until it completes
      // (Tasklist sets a form's values on the task, a completion over the API on its execution: both find it here).
      task.getExecution().setVariableLocal(REASON, "");
      return;
    }
    new InvalidInputException.Problems()
        .requireText(task, REASON, "Chưa nhập lý do không chờ đơn vị bổ sung. Nếu còn chờ, hãy để việc này mở: việc tự"
            + " đóng khi đơn vị bổ sung xong.")
        .throwIfAny();
    // The line's own: the rejection reads it after this step's scope has ended, and progress shows it.
    task.getExecution().getProcessInstance().setVariable(REASON, task.getVariable(REASON).toString().trim());
  }
}
