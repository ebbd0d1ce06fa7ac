package vn.tdkt.registration;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;

/**
 * "Gửi nhắc hạn đăng ký": the open registration task moves up the unit's list (higher priority)
 * and carries a reminder comment, shown in Tasklist.
 */
@Component("remindRegistration")
public class RemindRegistration implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  private final TaskService tasks;

  public RemindRegistration(TaskService tasks) {
    this.tasks = tasks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String deadline = Deadlines.display(Deadlines.parse(execution.getVariable("registrationDeadline")));
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey("registerUnit").list()) {
      tasks.setPriority(task.getId(), REMINDED_PRIORITY);
      tasks.createComment(task.getId(), execution.getProcessInstanceId(),
          "Nhắc hạn: đơn vị cần đăng ký thi đua đến hết ngày " + deadline + ".");
    }
  }
}
