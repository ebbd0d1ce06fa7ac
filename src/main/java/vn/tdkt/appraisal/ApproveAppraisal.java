package vn.tdkt.appraisal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.tdkt.common.ApprovalTask;
import vn.tdkt.dossier.DossierLinks;

/**
 * "Duyệt kết quả thẩm định": the board head sees the dossier's files and approves, or sends the
 * appraisal back with comments.
 */
@Component("approveAppraisal")
public class ApproveAppraisal extends ApprovalTask {

  public ApproveAppraisal() {
    super("appraisalApproved", "appraisalComments", "Chưa chọn duyệt hay trả lại kết quả thẩm định.",
        "Khi trả lại kết quả thẩm định phải ghi ý kiến.");
  }

  @Override
  protected void created(DelegateTask task) {
    DossierLinks.showOn(task);
  }
}
