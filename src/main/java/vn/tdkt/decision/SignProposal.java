package vn.tdkt.decision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.tdkt.common.ApprovalTask;

/** "Ký tờ trình đề nghị": the board head signs, or sends the draft back saying what to change. */
@Component("signProposal")
public class SignProposal extends ApprovalTask {

  public SignProposal() {
    super("proposalSigned", "proposalComments", "Chưa chọn ký hay trả lại tờ trình.",
        "Khi trả lại tờ trình phải ghi ý kiến để chuyên viên chỉnh sửa.");
  }

  /**
   * A remark made while signing is not a reason to redraft: should the authority return the
   * proposal, the draft would show it as the head's refusal (the history keeps it).
   */
  @Override
  protected void completed(DelegateTask task, boolean approved) {
    if (approved) {
      task.removeVariable("proposalComments");
    }
  }
}
