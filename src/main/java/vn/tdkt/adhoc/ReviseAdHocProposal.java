package vn.tdkt.adhoc;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;

/**
 * "Sửa đề nghị khen thưởng đột xuất": the unit's officer corrects what the unit head or the board
 * asked for and proposes again (checked again, signed again), or withdraws the proposal, saying why.
 */
@Component("reviseAdHocProposal")
public class ReviseAdHocProposal implements TaskListener {

  private static final String WITHDRAWN = "adHocProposalWithdrawn";

  /** Who returned the proposal and why, as the officer's form and task list show it. */
  static void returnedBy(VariableScope scope, String who, String commentsVariable) {
    scope.setVariable("adHocReturnReason", who + ": " + scope.getVariable(commentsVariable).toString().strip());
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.removeVariable(WITHDRAWN);
      task.removeVariable("withdrawalReason");
      return;
    }
    boolean withdrawn = Boolean.TRUE.equals(task.getVariable(WITHDRAWN));
    if (withdrawn && Decisions.isBlank(task.getVariable("withdrawalReason"))) {
      throw new InvalidInputException(List.of("Khi rút đề nghị phải ghi lý do."));
    }
    task.setVariable(WITHDRAWN, withdrawn);
  }
}
