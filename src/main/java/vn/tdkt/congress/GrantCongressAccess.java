package vn.tdkt.congress;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.congress.CongressPlanData.PlanUnit;
import vn.tdkt.unit.GrantUnitAccess;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Cấp quyền xem cho đơn vị" on a unit's congress: its own groups may read that congress (the
 * delegates its members sent, its deadline), and so may the unit it sends delegates to, which
 * follows it up and settles it when late (a district its wards'); no other unit. The province's
 * congress, and those of the units just below it, are read by the board's roles, which read every
 * instance already.
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
    if (CongressGroups.isProvince(unitCode)) {
      return;
    }
    Unit unit = units.current(unitCode);
    unitAccess.grantRead(execution.getProcessInstanceId(), unit);
    CongressPlans.of(execution).unit(unitCode).map(PlanUnit::parent).filter(parent -> !CongressGroups.isProvince(parent))
        .map(units::current).filter(organiser -> !organiser.code().equals(unit.code())) // a ward merged into its district meanwhile
        .ifPresent(organiser -> unitAccess.grantRead(execution.getProcessInstanceId(), organiser));
  }
}
