package vn.tdkt.unit;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

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
    CommandContext engine = Context.getCommandContext();
    if (engine == null) {
      saveGrants(processInstanceId, unit);
    } else {
      engine.runWithoutAuthorization(() -> {
        saveGrants(processInstanceId, unit);
        return null;
      });
    }
  }

  private void saveGrants(String processInstanceId, Unit unit) {
    for (String group : new String[] {unit.officerGroup(), unit.secretaryGroup(), unit.headGroup()}) {
      Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      read.setGroupId(group);
      read.setResource(Resources.PROCESS_INSTANCE);
      read.setResourceId(processInstanceId);
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }
  }
}
