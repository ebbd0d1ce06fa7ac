package vn.tdkt.calendar;

import java.util.Date;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Escalation of an overdue task, reached from a non-interrupting timer on it: the supervising
 * role (input parameter {@code supervisorGroup}) becomes a candidate too, and may hand the task to
 * whom it chooses (TASK_ASSIGN: officials only work their tasks, and one who claimed it may be
 * away); the task moves up and carries a comment, and the work goes on where it is. The task is
 * named by the input parameter {@code overdueTask} (its BPMN id).
 */
@Component("escalateOverdueTask")
public class EscalateOverdueTask implements JavaDelegate {

  public static final int ESCALATED_PRIORITY = 90;

  private final FlagOpenTask flag;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  public EscalateOverdueTask(FlagOpenTask flag, TaskService tasks, AuthorizationService authorizations) {
    this.flag = flag;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String supervisor = (String) execution.getVariableLocal("supervisorGroup");
    flag.flag(execution, (String) execution.getVariableLocal("overdueTask"), ESCALATED_PRIORITY,
            task -> overdue(task.getName(), task.getDueDate()) + "; đã báo cấp giám sát.")
        .forEach(task -> {
          allowAssigning(task.getId(), supervisor);
          tasks.addCandidateGroup(task.getId(), supervisor);
        });
  }

  /**
   * Before the group becomes a candidate (a group has one grant per task): the engine adds the
   * candidates' permissions to the group's earlier grant, but takes a new one's as they are, so
   * a new grant carries them itself. Also for a merged unit's supervisor, whose successor's takes over.
   */
  public void allowAssigning(String taskId, String group) {
    Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK).resourceId(taskId).groupIdIn(group).singleResult();
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(Resources.TASK);
      grant.setResourceId(taskId);
      grant.addPermission(Permissions.READ);
      grant.addPermission(Permissions.TASK_WORK);
    }
    grant.addPermission(Permissions.TASK_ASSIGN);
    authorizations.saveAuthorization(grant);
  }

  /** What an overdue task says about itself, in its comments. */
  static String overdue(String taskName, Date dueDate) {
    return "Quá hạn: việc \"" + taskName + "\" đã quá hạn (hạn đến hết ngày "
        + Deadlines.display(Deadlines.lastDayBefore(dueDate)) + ")";
  }
}
