package vn.tdkt.appraisal;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.LineNotice;
import vn.tdkt.common.TextVariables;
import vn.tdkt.selection.Nominee;

/**
 * "Báo đơn vị: đã đóng việc bổ sung hồ sơ": the unit's supplement task has closed (the deadline
 * was final, or the board stopped waiting) and its outstanding nominees were rejected, so the
 * unit is told at once, in a notice of its own ({@code supplementClosedNotice}, a
 * {@link LineNotice}), instead of finding the task gone and learning why only with the decision.
 */
@Component("notifySupplementClosed")
public class NotifySupplementClosed implements JavaDelegate {

  /** The message {@code supplementClosedNotice} starts on. */
  public static final String MESSAGE = "supplementClosedNotice";

  private static final List<String> LINE_VARIABLES = List.of("planNumber", "planTitle", "awardName", "unitCode",
      "unitName", "supplementRequest", "supplementDeadline", CloseSupplement.REASON);

  @Override
  public void execute(DelegateExecution line) {
    VariableMap notice = Variables.createVariables();
    LINE_VARIABLES.forEach(name -> notice.put(name, line.getVariable(name)));
    notice.put("supplementClosing", line.getVariable(CloseSupplement.REASON) == null
        ? "Hạn bổ sung là hạn cuối và đã hết."
        : "Đã hết hạn bổ sung, Ban TĐKT quyết định không chờ đơn vị bổ sung thêm.");
    notice.put("supplementClosedOn", Deadlines.today().toString());
    notice.put("rejectedNominees", rejectedThisRound(line));
    LineNotice.send(line, MESSAGE, notice);
  }

  /** The nominees RejectOutstandingNominees has just rejected, known by its reason: those the board rejected keep their own. */
  private static String rejectedThisRound(DelegateExecution line) {
    String reason = RejectOutstandingNominees.reason(line);
    List<String> names = JsonVariables.readList(line, "nominees", Nominee.class).stream()
        .filter(n -> Nominee.REJECT.equals(n.verdict()) && reason.equals(n.reason()))
        .map(n -> n.name() + " (" + Nominee.kindName(n.kind()) + ")")
        .toList();
    return names.isEmpty() ? "Không có: các đề nghị của đơn vị đều đã có kết luận." : TextVariables.names(names, "đề nghị");
  }
}
