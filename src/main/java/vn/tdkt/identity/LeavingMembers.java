package vn.tdkt.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.tdkt.common.CommandFields;
import vn.tdkt.common.CommandInterceptors;
import vn.tdkt.common.Pages;

/**
 * An official taken out of a unit's group (moved, retired), whose account is deleted, or whose
 * group is deleted gives back the open tasks they had claimed as its member: the task returns to the group, the colleagues see
 * it unclaimed, and the engine's grant that let the assignee read and complete it goes with the
 * assignment ({@link TaskHistoryGrants}). A task they hold through another of their groups stays.
 */
@Component
public class LeavingMembers extends AbstractProcessEnginePlugin {

  private TaskService tasks;
  private IdentityService identity;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    tasks = configuration.getTaskService();
    identity = configuration.getIdentityService();
    CommandInterceptors.insideTransaction(configuration, new HandBack());
  }

  private final class HandBack extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      // A deleted group's members are read before it goes: its memberships go with it.
      String group = command instanceof DeleteGroupCmd ? CommandFields.read(command, "groupId") : null;
      List<String> members = group == null ? List.of() : membersOf(group);
      T result = next.execute(command);
      if (group != null) {
        members.forEach(userId -> handBack(userId, group, userId + ": nhóm " + group + " đã bị xoá."));
      } else if (command instanceof DeleteMembershipCmd) {
        String userId = CommandFields.read(command, "userId");
        String left = CommandFields.read(command, "groupId");
        handBack(userId, left, userId + " không còn thuộc nhóm " + left + ".");
      } else if (command instanceof DeleteUserCmd) {
        String userId = CommandFields.read(command, "userId");
        handBack(userId, null, userId + " không còn tài khoản.");
      }
      return result;
    }
  }

  private List<String> membersOf(String group) {
    return Pages.all(identity.createUserQuery().memberOfGroup(group)).stream().map(User::getId).toList();
  }

  /** The user's claimed tasks offered to {@code group} (to any group when the user is gone) and to none of their groups left. */
  private void handBack(String userId, String group, String why) {
    // The membership's removal reaches the database as the command ends: the query still finds the group left.
    List<String> groupsLeft = group == null ? List.of() : identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).filter(id -> !id.equals(group)).toList();
    // A suspended instance's task cannot change hands until it is resumed; the administrator hands it back then.
    for (Task task : Pages.all(tasks.createTaskQuery().taskAssignee(userId).active())) {
      List<String> offeredTo = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
          .map(IdentityLink::getGroupId).toList();
      if ((group == null || offeredTo.contains(group)) && offeredTo.stream().noneMatch(groupsLeft::contains)) {
        tasks.setAssignee(task.getId(), null);
        tasks.createComment(task.getId(), task.getProcessInstanceId(), "Trả lại việc cho nhóm: " + why);
      }
    }
  }
}
