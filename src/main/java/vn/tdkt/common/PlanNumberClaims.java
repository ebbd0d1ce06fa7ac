package vn.tdkt.common;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * A launch claiming a plan's number: asked under the {@link NamedLocks#PLAN_NUMBER} lock, held until
 * the launch's transaction ends with the number as its business key, so two launches of one number
 * at once, on any node, take their turn and the second finds the first.
 */
@Component
public class PlanNumberClaims {

  private final HistoryService history;
  private final NamedLocks locks;

  public PlanNumberClaims(HistoryService history, NamedLocks locks) {
    this.history = history;
    this.locks = locks;
  }

  /** The plan, other than the one being launched, that carries the number and was not cancelled. */
  public Optional<HistoricProcessInstance> takenBy(String number, String ownInstanceId) {
    locks.hold(NamedLocks.PLAN_NUMBER);
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(PlanNumbers.PLAN_PROCESSES.toArray(String[]::new))
        .processInstanceBusinessKey(number).list().stream()
        .filter(p -> !p.getId().equals(ownInstanceId) && !PlanNumbers.cancelled(p)).findFirst();
  }
}
