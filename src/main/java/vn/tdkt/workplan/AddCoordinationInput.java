package vn.tdkt.workplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Ghi ý kiến phối hợp vào nhiệm vụ": a coordinating unit's input joins the row's
 * {@code coordinationInputs}; a review or follow-up open meanwhile no longer names it among the
 * units that have not answered ({@code coordinationMissing}).
 */
@Component("addCoordinationInput")
public class AddCoordinationInput extends AddToRow {

  private final UnitRegistry units;

  public AddCoordinationInput(UnitRegistry units) {
    super("coordinationInputs");
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    super.execute(execution);
    DelegateExecution row = execution.getProcessInstance();
    if (row.getVariable(ReviewWorkItem.COORDINATION_MISSING) != null) {
      row.setVariable(ReviewWorkItem.COORDINATION_MISSING, ReviewWorkItem.missingCoordination(row, units));
    }
  }
}
