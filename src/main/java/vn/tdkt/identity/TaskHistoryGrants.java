package vn.tdkt.identity;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.RoleGroups.Role;

/**
 * Who reads a task's history (Tasklist's History tab: its operations and comments). With
 * {@code enable-historic-instance-permissions} (application.yaml) the engine grants READ on the
 * historic task to the task's candidate groups and to its assignee, and such a grant opens the
 * history of the task's whole process instance, for as long as the history is kept. A unit's
 * groups get it: they read their own line anyway (unit/GrantUnitAccess) and lose it with their
 * membership. A single user does not: the grant would outlive the user's place in the unit, and a
 * task handed to someone outside the groups would open the unit's dossiers to them. Nor do the role
 * groups, which read every history already (identity/AccessSetup): a grant per task of theirs would
 * only pile up.
 */
@Component
public class TaskHistoryGrants extends AbstractProcessEnginePlugin {

  private final RoleGroups roleGroups;

  public TaskHistoryGrants(RoleGroups roleGroups) {
    this.roleGroups = roleGroups;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new UnitGroupsOnly(roleGroups.ids(List.of(Role.values()))));
  }

  static final class UnitGroupsOnly extends DefaultAuthorizationProvider {
    private final Set<String> roleGroups;

    UnitGroupsOnly(Set<String> roleGroups) {
      this.roleGroups = roleGroups;
    }

    /**
     * The engine grants the new assignee the task and leaves the previous one's grant: a task handed
     * on, or given back, would stay open to whoever held it, inside the unit or moved out of it. Only
     * that grant goes; a revocation an administrator wrote for the user stays.
     */
    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
      if (oldAssignee != null && !oldAssignee.equals(newAssignee)) {
        CommandContext context = Context.getCommandContext();
        AuthorizationManager grants = context.getAuthorizationManager();
        AuthorizationEntity held = grants.findAuthorizationByUserIdAndResourceId(Authorization.AUTH_TYPE_GRANT, oldAssignee,
            Resources.TASK, task.getId());
        if (held != null) {
          // The engine's own grant, which it wrote whoever assigned the task; so it goes whoever reassigns it.
          context.runWithoutAuthorization(() -> {
            grants.delete(held);
            return null;
          });
        }
      }
      return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizationsByUserId(Task task, String userId) {
      return taskOnly(task, userId, null);
    }

    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizationsByGroupId(Task task, String groupId) {
      return roleGroups.contains(groupId) ? taskOnly(task, null, groupId)
          : super.createOrUpdateAuthorizationsByGroupId(task, groupId);
    }

    /** The grant on the task itself, as the engine makes it. */
    private AuthorizationEntity[] taskOnly(Task task, String userId, String groupId) {
      return new AuthorizationEntity[] {createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false,
          getRuntimePermissions(isEnforceSpecificVariablePermission()))};
    }
  }
}
