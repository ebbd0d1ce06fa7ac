package vn.tdkt.workplan;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.ApprovalTask;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Nghiệm thu kết quả nhiệm vụ": the directing unit accepts the result, or returns it with the
 * reason and, if it wants, a new last day for the row ({@code returnedDueDay}: a result returned
 * after the quarter's end is otherwise late at once). Accepting ends the row and every step still
 * open in it, so it waits while a unit's input is being written into the row: that input would be
 * lost from the row's list; and the directing unit reads which coordinating units have not
 * answered ({@code coordinationMissing}), whose requests its acceptance closes.
 */
@Component("reviewWorkItem")
public class ReviewWorkItem extends ApprovalTask {

  static final String RETURNED_DUE_DAY = "returnedDueDay";

  private final UnitRegistry units;
  private final ExtendWorkItem extending;

  public ReviewWorkItem(UnitRegistry units, ExtendWorkItem extending) {
    super("workAccepted", "reviewComments", "Chưa chọn nghiệm thu hay trả lại kết quả.",
        "Khi trả lại kết quả phải ghi lý do để đơn vị thực hiện biết cần làm gì thêm.");
    this.units = units;
    this.extending = extending;
  }

  static final String COORDINATION_MISSING = "coordinationMissing";

  /** The coordinating units whose input the row still asks for, by name; null when none. */
  static String missingCoordination(DelegateExecution row, UnitRegistry units) {
    return AddToRow.namesOrNull(row, "contributeToWorkItem", units);
  }

  @Override
  protected void created(DelegateTask task) {
    task.setVariable(COORDINATION_MISSING, missingCoordination(task.getExecution(), units));
    task.removeVariable(RETURNED_DUE_DAY);
  }

  @Override
  protected void completed(DelegateTask task, boolean accepted) {
    Object newDay = task.getVariable(RETURNED_DUE_DAY);
    task.removeVariable(RETURNED_DUE_DAY);
    if (accepted) {
      AddToRow.refuseToEndWhileRecording(task.getExecution(), units, "nghiệm thu");
    } else if (!Decisions.isBlank(newDay)) {
      String problem = extending.dayProblem(task, newDay, "Hạn mới");
      if (problem != null) {
        throw new InvalidInputException(List.of(problem));
      }
      LocalDate day = Deadlines.parse(newDay);
      extending.moveDueDay(task.getExecution(), day, "Trả lại kết quả: đơn vị chỉ đạo trả lại kết quả nhiệm vụ "
          + task.getVariable("rowNumber") + ", hạn mới đến hết ngày " + Deadlines.display(day) + ".");
    }
  }
}
