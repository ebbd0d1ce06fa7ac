package vn.tdkt.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;
import vn.tdkt.decision.NotifyUnit;

/**
 * The plan's data is kept in the history once, with the plan: the copies each unit's line and
 * each unit's outcome notice start with ({@link UnitDriveMapping#isPlanCopy}, {@link NotifyUnit#isPlanCopy})
 * are not written again to the history of every line and notice, where each was a history row and
 * a history detail per unit (docs/benchmark.md). Everything else keeps Camunda's history FULL: a
 * copy changed later (a registration deadline the follow-up extends, an administrator's edit in
 * Cockpit) is kept as any change is, and the runtime variables, which the forms and timers read,
 * are as before.
 */
@Component
public class PlanCopiesHistoryPlugin extends AbstractProcessEnginePlugin {

  /** Process key → the names its instances start with as copies of the plan's variables. */
  private static final Map<String, Predicate<String>> COPIES = Map.of(
      "unitDrive", UnitDriveMapping::isPlanCopy,
      "unitNotice", NotifyUnit::isPlanCopy);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // In place of Camunda's own database handler, first as it was; any other handler configured still receives every event.
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.isEnableDefaultDbHistoryEventHandler()) {
      handlers.add(new WithoutPlanCopies());
      configuration.setEnableDefaultDbHistoryEventHandler(false);
    }
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  static final class WithoutPlanCopies extends DbHistoryEventHandler {
    @Override
    protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
      if (!isPlanCopy(event)) {
        super.insertHistoricVariableUpdateEntity(event);
      }
    }

    private static boolean isPlanCopy(HistoricVariableUpdateEventEntity event) {
      Predicate<String> copied = event.getProcessDefinitionKey() == null ? null : COPIES.get(event.getProcessDefinitionKey());
      return copied != null && event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
          && event.getProcessInstanceId() != null && event.getProcessInstanceId().equals(event.getExecutionId())
          && copied.test(event.getVariableName());
    }
  }
}
