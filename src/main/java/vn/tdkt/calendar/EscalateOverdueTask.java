package vn.tdkt.calendar;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Escalation of an overdue task, reached from a non-interrupting timer on it: the supervising
 * role (input parameter {@code supervisorGroup}) becomes a candidate too, the task moves up and
 * carries a comment, and the work goes on where it is. The task is named by the input parameter
 * {@code overdueTask} (its BPMN id).
 */
@Component("escalateOverdueTask")
public class EscalateOverdueTask implements JavaDelegate {

  public static final int ESCALATED_PRIORITY = 90;

  private final FlagOpenTask flag;
  private final TaskService tasks;

  public EscalateOverdueTask(FlagOpenTask flag, TaskService tasks) {
    this.flag = flag;
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String supervisor = (String) execution.getVariableLocal("supervisorGroup");
    flag.flag(execution, (String) execution.getVariableLocal("overdueTask"), ESCALATED_PRIORITY,
            task -> overdue(task.getName(), task.getDueDate()) + "; đã báo cấp giám sát.")
        .forEach(task -> tasks.addCandidateGroup(task.getId(), supervisor));
  }

  /** What an overdue task says about itself, in its comments. */
  static String overdue(String taskName, Date dueDate) {
    return "Quá hạn: việc \"" + taskName + "\" đã quá hạn (hạn đến hết ngày "
        + Deadlines.display(Deadlines.lastDayBefore(dueDate)) + ")";
  }
}
