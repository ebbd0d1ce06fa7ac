package vn.tdkt.decision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;

/** "Ký tờ trình đề nghị": the board head signs, or sends the draft back saying what to change. */
@Component("signProposal")
public class SignProposal implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Decisions.approvedOrReturnedWithComments(task, "proposalSigned", "proposalComments",
        "Chưa chọn ký hay trả lại tờ trình.",
        "Khi trả lại tờ trình phải ghi ý kiến để chuyên viên chỉnh sửa.");
  }
}
