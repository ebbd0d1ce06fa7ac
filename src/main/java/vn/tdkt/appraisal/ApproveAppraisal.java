package vn.tdkt.appraisal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;
import vn.tdkt.dossier.DossierLinks;

/**
 * "Duyệt kết quả thẩm định": the board head sees the dossier's files and approves, or sends the
 * appraisal back with comments.
 */
@Component("approveAppraisal")
public class ApproveAppraisal implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      DossierLinks.showOn(task);
      return;
    }
    Decisions.approvedOrReturnedWithComments(task, "appraisalApproved", "appraisalComments",
        "Chưa chọn duyệt hay trả lại kết quả thẩm định.",
        "Khi trả lại kết quả thẩm định phải ghi ý kiến.");
  }
}
