package vn.tdkt.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.tdkt.common.CommandFields;
import vn.tdkt.common.CommandInterceptors;

/**
 * "Trả lại việc": an official gives a task they claimed back to its group. Tasklist does it by
 * setting the task's assignee to none, which Camunda counts as assigning work (TASK_ASSIGN), and
 * officials hold only TASK_WORK on their tasks (application.yaml). The engine's own way for one
 * who works a task, a claim with no user, needs TASK_WORK; so the assignee's own unassignment is
 * run as that. Anyone else's stays an assignment, which the engine refuses them.
 */
@Component
public class ReleaseTaskPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.insideTransaction(configuration, new Release());
  }

  static final class Release extends CommandInterceptor {
    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
      if (command instanceof AssignTaskCmd && CommandFields.read(command, "userId") == null) {
        String taskId = CommandFields.read(command, "taskId");
        String user = Context.getCommandContext().getAuthenticatedUserId();
        TaskEntity task = taskId == null ? null : Context.getCommandContext().getTaskManager().findTaskById(taskId);
        if (user != null && task != null && user.equals(task.getAssignee())) {
          return (T) next.execute(new ClaimTaskCmd(taskId, null));
        }
      }
      return next.execute(command);
    }
  }
}
