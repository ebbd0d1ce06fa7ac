package vn.tdkt.calendar;

import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Pages;

/**
 * What reminders and escalations do to the work they are about: the open task of that step in
 * this process instance moves up its list (priority) and carries a comment, shown in Tasklist.
 */
@Component
public class FlagOpenTask {

  private final TaskService tasks;

  public FlagOpenTask(TaskService tasks) {
    this.tasks = tasks;
  }

  /** Flags the open tasks of step {@code taskKey}; returns them for any further change. */
  public List<Task> flag(DelegateExecution execution, String taskKey, int priority, Function<Task, String> comment) {
    return flag(execution, taskKey, priority, comment, task -> true);
  }

  /** Flags the open tasks of step {@code taskKey} whose due time has come: one given a later day meanwhile is not late. */
  public List<Task> flagOverdue(DelegateExecution execution, String taskKey, int priority, Function<Task, String> comment) {
    Date now = ClockUtil.getCurrentTime();
    return flag(execution, taskKey, priority, comment, task -> task.getDueDate() == null || !task.getDueDate().after(now));
  }

  private List<Task> flag(DelegateExecution execution, String taskKey, int priority, Function<Task, String> comment,
      Predicate<Task> which) {
    List<Task> open = Pages.all(tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskKey)).stream().filter(which).toList();
    for (Task task : open) {
      tasks.setPriority(task.getId(), priority);
      tasks.createComment(task.getId(), execution.getProcessInstanceId(), comment.apply(task));
    }
    return open;
  }
}
