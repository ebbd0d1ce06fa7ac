package vn.tdkt.identity;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who reads a task's history (Tasklist's History tab: its operations and comments). With
 * {@code enable-historic-instance-permissions} (application.yaml) the engine grants READ on the
 * historic task to the task's candidate groups and to its assignee, and such a grant opens the
 * history of the task's whole process instance, for as long as the history is kept. The groups
 * keep theirs: a unit's groups read their own line anyway (unit/GrantUnitAccess) and lose it with
 * their membership. A single user's grant is not given: it would outlive the user's place in the
 * unit, and a task handed to someone outside the groups would open the unit's dossiers to them.
 */
@Component
public class TaskHistoryGrants extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new GroupsOnly());
  }

  static final class GroupsOnly extends DefaultAuthorizationProvider {
    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizationsByUserId(Task task, String userId) {
      return new AuthorizationEntity[] {createOrUpdateAuthorization(task, userId, null, Resources.TASK, false,
          getRuntimePermissions(isEnforceSpecificVariablePermission()))};
    }
  }
}
