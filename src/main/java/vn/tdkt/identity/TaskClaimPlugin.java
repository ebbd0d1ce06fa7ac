package vn.tdkt.identity;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.tdkt.common.CommandFields;
import vn.tdkt.common.CommandInterceptors;

/**
 * "Nhận việc" and "Trả lại việc" for officials, who hold only TASK_WORK on their tasks
 * (application.yaml). A claim takes the task for oneself: the engine would let a claim name any
 * user, who would then read and complete the unit's task. Giving a claimed task back is the
 * assignee's: Tasklist does it by assigning the task to nobody, which needs TASK_ASSIGN and is run
 * for them (and recorded as the assignment it is); a claim for nobody, which TASK_WORK would let
 * any colleague send, is refused to anyone else. Reassigning someone else's task stays the
 * supervisors' (calendar/EscalateOverdueTask) and administrators'.
 */
@Component
public class TaskClaimPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.insideTransaction(configuration, new Claims());
  }

  static final class Claims extends OfficialsInterceptor {
    @Override
    <T> T execute(Command<T> command, CommandContext context, String official) {
      if (command instanceof ClaimTaskCmd) {
        String claimant = CommandFields.read(command, "userId");
        if (claimant != null && !claimant.equals(official)) {
          throw new AuthorizationException("Chỉ được nhận việc cho chính mình: tài khoản " + official
              + " không được nhận việc thay cho " + claimant + ".");
        }
        // A claim for nobody gives the task back: the assignee's to do, as below.
        TaskEntity task = claimant == null ? assigned(context, command) : null;
        if (task != null && !official.equals(task.getAssignee())) {
          throw new AuthorizationException("Chỉ người đã nhận việc (" + task.getAssignee()
              + ") mới trả lại được việc này cho nhóm.");
        }
      } else if (command instanceof AssignTaskCmd && CommandFields.read(command, "userId") == null) {
        TaskEntity task = assigned(context, command);
        if (task != null && official.equals(task.getAssignee())) {
          return context.runWithoutAuthorization(() -> next.execute(command));
        }
      }
      return next.execute(command);
    }

    /** The command's task when someone has claimed it; null otherwise. */
    private static TaskEntity assigned(CommandContext context, Command<?> command) {
      String taskId = CommandFields.read(command, "taskId");
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      return task == null || task.getAssignee() == null ? null : task;
    }
  }
}
