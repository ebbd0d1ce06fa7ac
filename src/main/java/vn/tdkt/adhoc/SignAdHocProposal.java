package vn.tdkt.adhoc;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.tdkt.common.ApprovalTask;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.TextVariables;
import vn.tdkt.decision.AwardRegister;

/**
 * "Ký tờ trình đề nghị khen thưởng đột xuất": the unit head signs the unit's proposal letter,
 * giving its number, or returns the proposal to the unit's officer saying what to change.
 */
@Component("signAdHocProposal")
public class SignAdHocProposal extends ApprovalTask {

  public SignAdHocProposal() {
    super("adHocProposalSigned", "adHocProposalComments", "Chưa chọn ký hay trả lại đề nghị.",
        "Khi trả lại đề nghị phải ghi ý kiến để cán bộ thi đua sửa.");
  }

  @Override
  protected void completed(DelegateTask task, boolean approved) {
    if (!approved) {
      ReviseAdHocProposal.returnedBy(task, "Thủ trưởng đơn vị", "adHocProposalComments");
      return;
    }
    Object number = task.getVariable("unitLetterNumber");
    new InvalidInputException.Problems()
        .requireText(task, "unitLetterNumber", "Chưa nhập số tờ trình của đơn vị.")
        .addFound(TextVariables.longerThan("Số tờ trình", number, AwardRegister.NUMBER_LENGTH))
        .addFound(AwardRegister.numberProblem("Số tờ trình", number))
        .throwIfAny();
  }
}
