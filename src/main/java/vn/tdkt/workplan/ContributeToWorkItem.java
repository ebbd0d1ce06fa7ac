package vn.tdkt.workplan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Phối hợp thực hiện nhiệm vụ": a coordinating unit adds its input, which joins the row's
 * {@code coordinationInputs} for the executing and the directing unit to read — in the job of
 * "Ghi ý kiến phối hợp vào nhiệm vụ" ({@link AddCoordinationInput}), so units sending at once never collide.
 */
@Component("contributeToWorkItem")
public class ContributeToWorkItem implements TaskListener {

  /** One coordinating unit's input to a row. */
  public record CoordinationInput(String unitCode, String unitName, String input, String day) {}

  private final UnitRegistry units;

  public ContributeToWorkItem(UnitRegistry units) {
    this.units = units;
  }

  @Override
  public void notify(DelegateTask task) {
    new InvalidInputException.Problems()
        .requireText(task, "coordinationInput", "Chưa nhập ý kiến, kết quả phối hợp.")
        .throwIfAny();
    String unit = (String) task.getVariable("coordinatingUnit");
    AddToRow.entry(task, new CoordinationInput(unit, units.current(unit).name(),
        task.getVariable("coordinationInput").toString().trim(), Deadlines.today().toString()));
  }
}
