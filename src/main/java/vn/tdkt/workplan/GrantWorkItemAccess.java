package vn.tdkt.workplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.unit.GrantUnitAccess;
import vn.tdkt.unit.UnitRegistry;

/**
 * When a row's work starts, the groups of the units it concerns (executing, directing,
 * coordinating) may read it — its content, results and inputs — and no other unit may.
 */
@Component("grantWorkItemAccess")
public class GrantWorkItemAccess implements ExecutionListener {

  private final GrantUnitAccess unitAccess;
  private final WorkItemUnits workItemUnits;
  private final UnitRegistry units;

  public GrantWorkItemAccess(GrantUnitAccess unitAccess, WorkItemUnits workItemUnits, UnitRegistry units) {
    this.unitAccess = unitAccess;
    this.workItemUnits = workItemUnits;
    this.units = units;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // A merged unit and its successor, both named, are one unit now: granted once.
    workItemUnits.involved(execution).stream().map(units::current).distinct()
        .forEach(unit -> unitAccess.grantRead(execution.getProcessInstanceId(), unit));
  }
}
