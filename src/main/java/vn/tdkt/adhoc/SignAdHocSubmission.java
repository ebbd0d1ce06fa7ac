package vn.tdkt.adhoc;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.tdkt.common.ApprovalTask;

/**
 * "Ký tờ trình khen thưởng đột xuất trình cấp có thẩm quyền": the board head signs the board's
 * proposal to the deciding authority, or returns it to the board saying what to look at again.
 */
@Component("signAdHocSubmission")
public class SignAdHocSubmission extends ApprovalTask {

  /** Why the proposal is back with the board (its head or the authority returned it), shown on the appraisal form. */
  static final String BACK_TO_THE_BOARD = "adHocBoardReturnReason";

  public SignAdHocSubmission() {
    super("adHocSubmissionSigned", "adHocSubmissionComments", "Chưa chọn ký hay trả lại tờ trình.",
        "Khi trả lại tờ trình phải ghi ý kiến để Ban TĐKT xem xét lại.");
  }

  @Override
  protected void completed(DelegateTask task, boolean approved) {
    if (!approved) {
      task.setVariable(BACK_TO_THE_BOARD, "Lãnh đạo Ban: " + task.getVariable("adHocSubmissionComments").toString().strip());
    }
  }
}
