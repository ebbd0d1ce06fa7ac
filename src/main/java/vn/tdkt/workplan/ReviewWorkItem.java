package vn.tdkt.workplan;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Nghiệm thu kết quả nhiệm vụ": the directing unit accepts the result, or returns it with the
 * reason. Accepting ends the row and every step still open in it, so it waits while a unit's input
 * is being written into the row: that input would be lost from the row's list.
 */
@Component("reviewWorkItem")
public class ReviewWorkItem implements TaskListener {

  private final UnitRegistry units;

  public ReviewWorkItem(UnitRegistry units) {
    this.units = units;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean accepted = Decisions.approvedOrReturnedWithComments(task, "workAccepted", "reviewComments",
        "Chưa chọn nghiệm thu hay trả lại kết quả.",
        "Khi trả lại kết quả phải ghi lý do để đơn vị thực hiện biết cần làm gì thêm.");
    List<String> recording = AddToRow.waitingAt(task, "addCoordinationInput").stream()
        .map(code -> units.current(code).name()).toList();
    if (accepted && !recording.isEmpty()) {
      throw new InvalidInputException(List.of("Hệ thống đang ghi ý kiến phối hợp của: " + String.join("; ", recording)
          + ". Vui lòng nghiệm thu lại sau ít phút; nếu vẫn gặp thông báo này, xin báo quản trị hệ thống."));
    }
  }

  /**
   * A result sent again is reviewed afresh: the last choice ("trả lại") must not stand preselected
   * in the form, where one click would return the new result with the old reason.
   */
  static void clearLastDecision(DelegateTask task) {
    task.getExecution().removeVariable("workAccepted");
  }
}
