package vn.tdkt.calendar;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Quá hạn" on a leader's own task (approving, signing, deciding): no role supervises the unit
 * head, the board head or the deciding authority in this pipeline, so the overdue task is not
 * handed to anyone; it moves to the top of the leader's list with a comment, and shows in the
 * board's overdue report ({@code GET /api/overdue}) so the board officer can follow it up.
 */
@Component("flagOverdueTask")
public class FlagOverdueTask implements TaskListener {

  private final TaskService tasks;

  public FlagOverdueTask(TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setPriority(EscalateOverdueTask.ESCALATED_PRIORITY);
    tasks.createComment(task.getId(), task.getProcessInstanceId(),
        EscalateOverdueTask.overdue(task.getName(), task.getDueDate()) + ".");
  }
}
