package vn.tdkt.plan;

import org.springframework.stereotype.Component;
import vn.tdkt.common.ApprovalTask;

/** "Phê duyệt kế hoạch": a plan goes back to the board only with the authority's comments. */
@Component("approvePlan")
public class ApprovePlan extends ApprovalTask {

  public ApprovePlan() {
    super("planApproved", "planComments", "Chưa chọn phê duyệt hay trả lại kế hoạch.",
        "Khi trả lại kế hoạch phải ghi ý kiến để Ban Thi đua - Khen thưởng chỉnh sửa.");
  }
}
