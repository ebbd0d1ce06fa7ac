package vn.tdkt.identity;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.tdkt.common.CommandFields;
import vn.tdkt.common.CommandInterceptors;

/**
 * "Nhận việc" and "Trả lại việc" for officials, who hold only TASK_WORK on their tasks
 * (application.yaml). A claim takes the task for oneself: the engine would let a claim name any
 * user, who would then read and complete the unit's task. Giving a claimed task back is, for
 * Camunda, assigning it to nobody (TASK_ASSIGN); it is allowed to the assignee, and recorded as the
 * assignment it is. Reassigning someone else's task stays the supervisors' (calendar/
 * EscalateOverdueTask) and administrators'.
 */
@Component
public class TaskClaimPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.insideTransaction(configuration, new Claims());
  }

  static final class Claims extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      CommandContext context = Context.getCommandContext();
      Authentication user = context.getAuthentication();
      if (user == null || user.getUserId() == null
          || user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
        return next.execute(command);
      }
      if (command instanceof ClaimTaskCmd) {
        String claimant = CommandFields.read(command, "userId");
        if (claimant != null && !claimant.equals(user.getUserId())) {
          throw new AuthorizationException("Chỉ nhận việc cho chính mình được: tài khoản " + user.getUserId()
              + " không nhận việc thay cho " + claimant + ".");
        }
      } else if (command instanceof AssignTaskCmd && CommandFields.read(command, "userId") == null) {
        String taskId = CommandFields.read(command, "taskId");
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task != null && Objects.equals(user.getUserId(), task.getAssignee())) {
          return context.runWithoutAuthorization(() -> next.execute(command));
        }
      }
      return next.execute(command);
    }
  }
}
