package vn.tdkt.appraisal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.selection.Nominee;

/**
 * "Không đạt các đề nghị chưa bổ sung": when the supplement deadline passes (final), or the board
 * stops waiting after it ("closeSupplement"), every proposed nominee the board had not yet decided
 * on is rejected, with the deadline, and the board's reason when it gave one, as the reason.
 */
@Component("rejectOutstandingNominees")
public class RejectOutstandingNominees implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String reason = reason(execution);
    List<Nominee> nominees = JsonVariables.readList(execution, "nominees", Nominee.class).stream()
        .map(n -> n.undecided() ? n.rejected(reason) : n)
        .toList();
    execution.setVariable("nominees", JsonVariables.json(nominees));
    execution.setVariable("supplementMissed", true);
  }

  /** Why each outstanding nominee is rejected: this round's deadline, and the board's reason when it gave one. */
  static String reason(DelegateExecution line) {
    String deadline = Deadlines.display(Deadlines.parse(line.getVariable("supplementDeadline")));
    Object boardReason = line.getVariable(CloseSupplement.REASON);
    return "Đơn vị không bổ sung hồ sơ trong thời hạn (đến hết ngày " + deadline + ")."
        + (boardReason == null ? "" : " Ban TĐKT không chờ bổ sung thêm: " + boardReason);
  }
}
