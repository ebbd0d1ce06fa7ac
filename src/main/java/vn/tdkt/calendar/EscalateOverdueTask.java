package vn.tdkt.calendar;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Escalation of an overdue task, reached from a non-interrupting timer on it: the supervising
 * role (input parameter {@code supervisorGroup}) becomes a candidate too, the task moves up and
 * carries a comment, and the work goes on where it is. The task is named by the input parameter
 * {@code overdueTask} (its BPMN id).
 */
@Component("escalateOverdueTask")
public class EscalateOverdueTask implements JavaDelegate {

  static final int ESCALATED_PRIORITY = 90;

  private final TaskService tasks;

  public EscalateOverdueTask(TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String taskKey = (String) execution.getVariableLocal("overdueTask");
    String supervisor = (String) execution.getVariableLocal("supervisorGroup");
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey).list()) {
      tasks.addCandidateGroup(task.getId(), supervisor);
      tasks.setPriority(task.getId(), ESCALATED_PRIORITY);
      tasks.createComment(task.getId(), execution.getProcessInstanceId(), "Quá hạn: việc \"" + task.getName()
          + "\" đã quá hạn (hạn đến hết ngày "
          + Deadlines.display(Deadlines.lastDayBefore(task.getDueDate())) + "); đã báo cấp giám sát.");
    }
  }
}
