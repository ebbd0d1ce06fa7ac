package vn.tdkt.congress;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.unit.GrantUnitAccess;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Cấp quyền xem cho đơn vị" on a unit's congress: its own groups may read that congress (the
 * delegates its members sent, its deadline) and no other unit's. The province's congress is read
 * by the board's roles, which read every instance already.
 */
@Component("grantCongressAccess")
public class GrantCongressAccess implements ExecutionListener {

  private final GrantUnitAccess unitAccess;
  private final UnitRegistry units;

  public GrantCongressAccess(GrantUnitAccess unitAccess, UnitRegistry units) {
    this.unitAccess = unitAccess;
    this.units = units;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String unitCode = (String) execution.getVariable("unitCode");
    if (!CongressGroups.isProvince(unitCode)) {
      unitAccess.grantRead(execution.getProcessInstanceId(), units.current(unitCode));
    }
  }
}
