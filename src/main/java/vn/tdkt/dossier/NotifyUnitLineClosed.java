package vn.tdkt.dossier;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.LineNotice;
import vn.tdkt.plan.UnitResult;

/**
 * "Báo đơn vị: Ban TĐKT không xét đơn vị": the board's choice closed the unit's open tasks, so the
 * unit is sent a notice of its own ({@code unitLineClosedNotice}, a {@link LineNotice}) saying which
 * plan and phase, why, when, and what it is recorded as.
 */
@Component("notifyUnitLineClosed")
public class NotifyUnitLineClosed implements JavaDelegate {

  /** The message {@code unitLineClosedNotice} starts on. */
  public static final String MESSAGE = "unitLineClosedNotice";

  private static final List<String> LINE_VARIABLES = List.of("planNumber", "planTitle", "awardName", "unitCode",
      "unitName", "submissionCloses", CloseSilentUnits.REASON);

  @Override
  public void execute(DelegateExecution line) {
    VariableMap notice = Variables.createVariables();
    LINE_VARIABLES.forEach(name -> notice.put(name, line.getVariable(name)));
    notice.put("closedStatus", UnitResult.statusLabel((String) line.getVariable("unitStatus")));
    notice.put("closedOn", Deadlines.today().toString());
    LineNotice.send(line, MESSAGE, notice);
  }
}
