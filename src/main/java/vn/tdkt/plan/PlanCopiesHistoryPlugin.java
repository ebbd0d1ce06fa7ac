package vn.tdkt.plan;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The plan's data is kept in the history once, with the plan: the copies each unit's line starts
 * with ({@link UnitDriveMapping#isPlanCopy}) are not written again to the history of every line,
 * where each was a history row and a history detail per unit, about a tenth of a drive's statements
 * (docs/benchmark.md). Everything else keeps Camunda's history FULL: a copy changed in the line
 * later (a registration deadline the follow-up extends, an administrator's edit in Cockpit) is
 * kept as any change is, and the line's runtime variables, which its forms and timers read, are
 * as before.
 */
@Component
public class PlanCopiesHistoryPlugin extends AbstractProcessEnginePlugin {

  static final String UNIT_DRIVE = "unitDrive";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Camunda's own database handler, less the copies; any other handler configured still receives every event.
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    if (configuration.isEnableDefaultDbHistoryEventHandler()) {
      handlers.add(new WithoutPlanCopies());
      configuration.setEnableDefaultDbHistoryEventHandler(false);
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
      return event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
          && UNIT_DRIVE.equals(event.getProcessDefinitionKey())
          && event.getProcessInstanceId() != null && event.getProcessInstanceId().equals(event.getExecutionId())
          && UnitDriveMapping.isPlanCopy(event.getVariableName());
    }
  }
}
