package vn.tdkt.identity;

import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDescriptionCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskNameCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import vn.tdkt.common.CommandFields;
import vn.tdkt.common.CommandInterceptors;

/**
 * What the engine's REST API would let an official's grants do but the product's work never asks
 * of them, and which would step around the processes' checks: start a plan in its middle or
 * restart an ended one (a board officer may start plans, and the engine checks nothing more),
 * move an instance's steps, delegate and resolve a task (no claim, no form, no checks), change a
 * task's due date, follow-up date, name, priority or groups (a unit head the overdue task was
 * escalated to may hand it on, not hide it from the overdue list or open it to another unit),
 * and change or delete one's own account (the engine gives every user all rights on it: a name
 * shown on tasks and in the audit trail). Refused to officials when they ask for it themselves;
 * the engine's own steps and administrators pass.
 */
@Component
public class EngineOperationsGuard extends AbstractProcessEnginePlugin {

  private static final String MIDDLE_START = "Quy trình chỉ được bắt đầu từ đầu, qua biểu mẫu của nó; không được bắt đầu"
      + " từ một bước giữa chừng, khởi động lại quy trình đã kết thúc hay chuyển bước quy trình. Việc này chỉ quản trị"
      + " hệ thống làm được.";
  private static final String DELEGATION = "Công việc không giao theo kiểu ủy quyền (delegate, resolve): dùng «Nhận việc»,"
      + " «Trả lại việc»; thủ trưởng được báo quá hạn thì giao việc cho người khác.";
  private static final String TASK_SETTINGS = "Hạn, ngày nhắc, tên, mức ưu tiên và nhóm thực hiện của công việc do quy"
      + " trình đặt theo kế hoạch; không sửa được qua Tasklist hay API.";
  private static final String ACCOUNT = "Họ tên, thư điện tử của tài khoản do quản trị hệ thống cập nhật, và chỉ quản trị"
      + " hệ thống xoá tài khoản; người dùng chỉ tự đổi được mật khẩu của mình.";

  private static final Map<Class<?>, String> REFUSED = Map.ofEntries(
      Map.entry(StartProcessInstanceAtActivitiesCmd.class, MIDDLE_START),
      Map.entry(AbstractRestartProcessInstanceCmd.class, MIDDLE_START),
      Map.entry(ModifyProcessInstanceCmd.class, MIDDLE_START),
      Map.entry(ModifyProcessInstanceAsyncCmd.class, MIDDLE_START),
      Map.entry(ProcessInstanceModificationCmd.class, MIDDLE_START),
      Map.entry(ProcessInstanceModificationBatchCmd.class, MIDDLE_START),
      Map.entry(DelegateTaskCmd.class, DELEGATION),
      Map.entry(ResolveTaskCmd.class, DELEGATION),
      Map.entry(SaveTaskCmd.class, TASK_SETTINGS),
      Map.entry(SetTaskDueDateCmd.class, TASK_SETTINGS),
      Map.entry(SetTaskFollowUpDateCmd.class, TASK_SETTINGS),
      Map.entry(SetTaskNameCmd.class, TASK_SETTINGS),
      Map.entry(SetTaskPriorityCmd.class, TASK_SETTINGS),
      Map.entry(SetTaskDescriptionCmd.class, TASK_SETTINGS),
      Map.entry(SetTaskOwnerCmd.class, TASK_SETTINGS),
      Map.entry(AddGroupIdentityLinkCmd.class, TASK_SETTINGS),
      Map.entry(AddUserIdentityLinkCmd.class, TASK_SETTINGS),
      Map.entry(DeleteGroupIdentityLinkCmd.class, TASK_SETTINGS),
      Map.entry(DeleteUserIdentityLinkCmd.class, TASK_SETTINGS),
      Map.entry(DeleteUserCmd.class, ACCOUNT));

  private IdentityService identity;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    identity = configuration.getIdentityService();
    CommandInterceptors.beforeTransaction(configuration, new Guard());
  }

  private final class Guard extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      // Outside any command: what the caller sent, not what a step of the engine or the product runs inside one.
      if (Context.getCommandContext() == null && official()) {
        REFUSED.entrySet().stream().filter(refused -> refused.getKey().isInstance(command)).findFirst()
            .ifPresent(refused -> {
              throw new AuthorizationException(refused.getValue());
            });
        if (command instanceof SaveUserCmd && changesProfile(CommandFields.read(command, "user"))) {
          throw new AuthorizationException(ACCOUNT);
        }
      }
      return next.execute(command);
    }
  }

  private boolean official() {
    Authentication user = identity.getCurrentAuthentication();
    return user != null && user.getUserId() != null
        && (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
  }

  /** A new password keeps the name and address; anything else (a new user too) is the administrator's to change. */
  private boolean changesProfile(User sent) {
    User stored = sent == null ? null : identity.createUserQuery().userId(sent.getId()).singleResult();
    return stored == null || !(Objects.equals(stored.getFirstName(), sent.getFirstName())
        && Objects.equals(stored.getLastName(), sent.getLastName()) && Objects.equals(stored.getEmail(), sent.getEmail()));
  }
}
