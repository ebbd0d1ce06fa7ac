package vn.tdkt.workplan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;

/** "Nghiệm thu kết quả nhiệm vụ": the directing unit accepts the result, or returns it with the reason. */
@Component("reviewWorkItem")
public class ReviewWorkItem implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Decisions.approvedOrReturnedWithComments(task, "workAccepted", "reviewComments",
        "Chưa chọn nghiệm thu hay trả lại kết quả.",
        "Khi trả lại kết quả phải ghi lý do để đơn vị thực hiện biết cần làm gì thêm.");
  }

  /**
   * A result sent again is reviewed afresh: the last choice ("trả lại") must not stand preselected
   * in the form, where one click would return the new result with the old reason.
   */
  static void clearLastDecision(DelegateTask task) {
    task.getExecution().removeVariable("workAccepted");
  }
}
