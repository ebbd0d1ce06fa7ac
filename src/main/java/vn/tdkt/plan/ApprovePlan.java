package vn.tdkt.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;

/** "Phê duyệt kế hoạch": a plan goes back to the board only with the authority's comments. */
@Component("approvePlan")
public class ApprovePlan implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Decisions.approvedOrReturnedWithComments(task, "planApproved", "planComments",
        "Chưa chọn phê duyệt hay trả lại kế hoạch.",
        "Khi trả lại kế hoạch phải ghi ý kiến để Ban Thi đua - Khen thưởng chỉnh sửa.");
  }
}
