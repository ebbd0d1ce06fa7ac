package vn.tdkt.workplan;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * "Thông báo cho đơn vị thực hiện: nhiệm vụ không hoàn thành": the row's closure ends the executing unit's
 * task with it, so the unit is sent a notice of its own ({@code workItemNotDoneNotice}, keyed as
 * the row) saying which row was closed, when, by which directing unit and why. The row's own data only: the notice
 * outlives the row, and the row does not wait for it.
 */
@Component("notifyWorkItemNotDone")
public class NotifyWorkItemNotDone implements JavaDelegate {

  /** The message {@code workItemNotDoneNotice} starts on. */
  public static final String MESSAGE = "workItemNotDone";

  private static final List<String> ROW_VARIABLES = List.of("planNumber", "planTitle", "planYear", "rowNumber", "quarter",
      "dueDay", "content", "unitCode", "unitName", "directingUnitNames", "notDoneReason", "notDoneOn", "closedByUnitName");

  @Override
  public void execute(DelegateExecution row) {
    VariableMap notice = Variables.createVariables();
    ROW_VARIABLES.forEach(name -> notice.put(name, row.getVariable(name)));
    row.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(row.getProcessBusinessKey())
        .setVariables(notice)
        .correlateStartMessage();
  }
}
