package vn.tdkt.calendar;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Nhắc hạn": a timeout listener on a task bound to a plan deadline fires at the task's
 * follow-up date ({@code tdkt.reminder-days} working days before the deadline); the task moves up
 * the responsible group's list and carries a reminder comment, shown in Tasklist.
 */
@Component("remindOpenTask")
public class RemindOpenTask implements TaskListener {

  public static final int REMINDED_PRIORITY = 80;

  private final TaskService tasks;

  public RemindOpenTask(TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getPriority() >= REMINDED_PRIORITY) {
      return; // an escalated task stays where the escalation put it
    }
    // A task created after its deadline (late work the unit may still do) has its reminder and its
    // escalation due at once, in no set order: "cần hoàn thành đến hết ngày" a past day would mislead.
    if (task.getDueDate() != null && !task.getDueDate().after(ClockUtil.getCurrentTime())) {
      return;
    }
    task.setPriority(REMINDED_PRIORITY);
    tasks.createComment(task.getId(), task.getProcessInstanceId(), "Nhắc hạn: việc \"" + task.getName()
        + "\" cần hoàn thành đến hết ngày " + Deadlines.display(Deadlines.lastDayBefore(task.getDueDate())) + ".");
  }
}
