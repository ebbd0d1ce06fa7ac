package vn.tdkt.common;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A notice a unit's line sends the unit about itself: a process of its own, started by a message
 * under the line's business key, so that it outlives the line and the line does not wait for it.
 */
public final class LineNotice {

  private LineNotice() {}

  /** Starts the notice with {@code notice} and the phase's name from the plan that called the line. */
  public static void send(DelegateExecution line, String message, VariableMap notice) {
    // The phase is the plan's: a plan of several names each phase, and the unit may be in more than one.
    DelegateExecution calledFrom = line.getProcessInstance().getSuperExecution();
    notice.put("phaseName", calledFrom == null ? null : calledFrom.getVariable("phaseName"));
    line.getProcessEngineServices().getRuntimeService().createMessageCorrelation(message)
        .processInstanceBusinessKey(line.getProcessBusinessKey())
        .setVariables(notice)
        .correlateStartMessage();
  }
}
