package vn.tdkt.workplan;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.EscalateOverdueTask;
import vn.tdkt.calendar.FlagOpenTask;

/**
 * "Báo đơn vị chỉ đạo nhiệm vụ quá hạn", when a row's quarter has ended: the executing unit's
 * open task moves up its list with a comment; {@code executingUnitLate} says whether it was still
 * open, and so whether the directing unit gets a follow-up task (a row waiting for the directing
 * unit's own review is not the executing unit's delay).
 */
@Component("escalateWorkItem")
public class EscalateWorkItem implements JavaDelegate {

  private static final List<String> EXECUTING_TASKS = List.of("carryOutWorkItem", "recordCovenantSigning");

  private final FlagOpenTask flag;

  public EscalateWorkItem(FlagOpenTask flag) {
    this.flag = flag;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Task> late = new ArrayList<>();
    for (String taskKey : EXECUTING_TASKS) {
      late.addAll(flag.flag(execution, taskKey, EscalateOverdueTask.ESCALATED_PRIORITY,
          task -> "Quá hạn: nhiệm vụ " + execution.getVariable("rowNumber") + " đã quá hạn (hạn đến hết ngày "
              + Deadlines.display(Deadlines.lastDayBefore(task.getDueDate())) + "); đã báo đơn vị chỉ đạo."));
    }
    execution.setVariable("executingUnitLate", !late.isEmpty());
  }
}
