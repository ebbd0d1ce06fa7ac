package vn.tdkt.unit;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * "Cấp quyền xem cho đơn vị": when a unit's line of work starts, the unit's own groups may read
 * that process instance (its variables, its plan and unit in their task list) — and no other
 * unit's. Runs on behalf of the engine, since the official who approved the plan may not grant.
 */
@Component("grantUnitAccess")
public class GrantUnitAccess implements ExecutionListener {

  private final AuthorizationService authorizations;
  private final UnitRegistry units;

  public GrantUnitAccess(AuthorizationService authorizations, UnitRegistry units) {
    this.authorizations = authorizations;
    this.units = units;
  }

  @Override
  public void notify(DelegateExecution execution) {
    grantRead(execution.getProcessInstanceId(), units.current((String) execution.getVariable("unitCode")));
  }

  /** The unit's groups may read that process instance (inside the engine: as the engine itself). */
  public void grantRead(String processInstanceId, Unit unit) {
    asTheEngine(() -> saveGrants(processInstanceId, groupsOf(unit)));
  }

  /**
   * As {@link #grantRead}, for an instance some of the unit's groups may read already: a merged
   * unit's work that its successor shares (a work-plan row both took part in). A second grant of
   * the same would break the authorization table's unique key.
   */
  public void grantMissingRead(String processInstanceId, Unit unit) {
    asTheEngine(() -> {
      List<String> groups = new ArrayList<>(groupsOf(unit));
      authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).resourceType(Resources.PROCESS_INSTANCE)
          .resourceId(processInstanceId).groupIdIn(groups.toArray(String[]::new)).listPage(0, groups.size())
          .forEach(granted -> groups.remove(granted.getGroupId()));
      saveGrants(processInstanceId, groups);
    });
  }

  private static List<String> groupsOf(Unit unit) {
    return List.of(unit.officerGroup(), unit.secretaryGroup(), unit.headGroup());
  }

  private static void asTheEngine(Runnable grants) {
    CommandContext engine = Context.getCommandContext();
    if (engine == null) {
      grants.run();
    } else {
      engine.runWithoutAuthorization(() -> {
        grants.run();
        return null;
      });
    }
  }

  private void saveGrants(String processInstanceId, List<String> groups) {
    for (String group : groups) {
      Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      read.setGroupId(group);
      read.setResource(Resources.PROCESS_INSTANCE);
      read.setResourceId(processInstanceId);
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }
  }
}
