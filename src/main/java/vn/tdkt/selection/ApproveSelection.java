package vn.tdkt.selection;

import org.springframework.stereotype.Component;
import vn.tdkt.common.ApprovalTask;

/** "Duyệt đề nghị của đơn vị": the unit head answers for the proposal, or returns it with comments. */
@Component("approveSelection")
public class ApproveSelection extends ApprovalTask {

  public ApproveSelection() {
    super("selectionApproved", "selectionComments", "Chưa chọn duyệt hay trả lại đề nghị.",
        "Khi trả lại đề nghị phải ghi ý kiến để cán bộ thi đua chỉnh sửa.");
  }
}
