package vn.tdkt.workplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.tdkt.common.ApprovalTask;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Nghiệm thu kết quả nhiệm vụ": the directing unit accepts the result, or returns it with the
 * reason. Accepting ends the row and every step still open in it, so it waits while a unit's input
 * is being written into the row: that input would be lost from the row's list; and the directing
 * unit reads which coordinating units have not answered ({@code coordinationMissing}), whose
 * requests its acceptance closes.
 */
@Component("reviewWorkItem")
public class ReviewWorkItem extends ApprovalTask {

  private final UnitRegistry units;

  public ReviewWorkItem(UnitRegistry units) {
    super("workAccepted", "reviewComments", "Chưa chọn nghiệm thu hay trả lại kết quả.",
        "Khi trả lại kết quả phải ghi lý do để đơn vị thực hiện biết cần làm gì thêm.");
    this.units = units;
  }

  static final String COORDINATION_MISSING = "coordinationMissing";

  /** The coordinating units whose input the row still asks for, by name; null when none. */
  static String missingCoordination(DelegateExecution row, UnitRegistry units) {
    return AddToRow.namesOrNull(row, "contributeToWorkItem", units);
  }

  @Override
  protected void created(DelegateTask task) {
    task.setVariable(COORDINATION_MISSING, missingCoordination(task.getExecution(), units));
  }

  @Override
  protected void completed(DelegateTask task, boolean accepted) {
    if (accepted) {
      AddToRow.refuseToEndWhileRecording(task.getExecution(), units, "nghiệm thu");
    }
  }
}
