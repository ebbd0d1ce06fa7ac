package vn.tdkt.selection;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;

/** "Duyệt đề nghị của đơn vị": the unit head answers for the proposal, or returns it with comments. */
@Component("approveSelection")
public class ApproveSelection implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Decisions.approvedOrReturnedWithComments(task, "selectionApproved", "selectionComments",
        "Chưa chọn duyệt hay trả lại đề nghị.",
        "Khi trả lại đề nghị phải ghi ý kiến để cán bộ thi đua chỉnh sửa.");
  }
}
