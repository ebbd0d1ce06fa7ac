package vn.tdkt.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.tdkt.decision.NotifyUnit;
import vn.tdkt.dossier.DossierLinks;

/**
 * What the history already holds is not written to it again. The plan's data is kept once, with the
 * plan: the copies each unit's line and each unit's outcome notice start with
 * ({@link UnitDriveMapping#isPlanCopy}, {@link NotifyUnit#isPlanCopy}) are not written again to the
 * history of every line and notice, where each was a history row and a history detail per unit
 * (docs/benchmark.md). Nor are the links to a dossier's files a board task of a unit's line starts
 * with ({@link DossierLinks}): the files are kept in the history, the links are built from them.
 * Everything else keeps Camunda's history FULL: a
 * copy changed later (a registration deadline the follow-up extends, an administrator's edit in
 * Cockpit) or added after the start is kept as any change is, and the runtime variables, which the
 * forms and timers read, are as before. Camunda's restart of an instance from its history would not
 * bring the copies back (docs/architecture.md).
 */
@Component
public class CopiesHistoryPlugin extends AbstractProcessEnginePlugin {

  private static final String UNIT_DRIVE = "unitDrive";

  /** Process key → the names its instances start with as copies of the plan's variables. */
  private static final Map<String, Predicate<String>> COPIES = Map.of(
      UNIT_DRIVE, UnitDriveMapping::isPlanCopy,
      "unitNotice", NotifyUnit::isPlanCopy);

  private final WithoutCopies handler = new WithoutCopies();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // In place of Camunda's own database handler and, as Camunda puts it, after any other handler configured.
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(handler);
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  /** With Camunda's own handler off, a configuration that dropped this one would keep no history at all. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isEnableDefaultDbHistoryEventHandler() || configuration.getCustomHistoryEventHandlers() == null
        || !configuration.getCustomHistoryEventHandlers().contains(handler)) {
      throw new IllegalStateException("CopiesHistoryPlugin: the engine's history handlers were replaced after it set"
          + " them (enableDefaultDbHistoryEventHandler, customHistoryEventHandlers); the history would be written twice"
          + " or not at all");
    }
  }

  static final class WithoutCopies extends DbHistoryEventHandler {
    @Override
    protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
      if (!isPlanCopy(event) && !isDossierLinks(event)) {
        super.insertHistoricVariableUpdateEntity(event);
      }
    }

    /**
     * Set as the board's task is created, in the command that creates it; a later change (an
     * administrator's) is kept as any change is. Camunda writes no history for a task's variables as
     * the task ends.
     */
    private static boolean isDossierLinks(HistoricVariableUpdateEventEntity event) {
      return UNIT_DRIVE.equals(event.getProcessDefinitionKey()) && event.getTaskId() != null
          && event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
          && DossierLinks.VARIABLE.equals(event.getVariableName()) && newInThisCommand(TaskEntity.class, event.getTaskId());
    }

    private static boolean isPlanCopy(HistoricVariableUpdateEventEntity event) {
      Predicate<String> copied = event.getProcessDefinitionKey() == null ? null : COPIES.get(event.getProcessDefinitionKey());
      return copied != null && event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
          && event.getProcessInstanceId() != null && event.getProcessInstanceId().equals(event.getExecutionId())
          && copied.test(event.getVariableName()) && newInThisCommand(ExecutionEntity.class, event.getProcessInstanceId());
    }

    /**
     * Created in this command: a variable set as its instance starts (a call activity's or a start
     * message's variables) or as its task is created, not added later by an administrator. Camunda's own
     * "initial" mark is set for a process started on its own, not for one a call activity starts.
     */
    private static boolean newInThisCommand(Class<? extends DbEntity> type, String id) {
      CommandContext command = Context.getCommandContext();
      if (command == null) {
        return false;
      }
      DbEntityManager db = command.getDbEntityManager();
      DbEntity entity = db.getCachedEntity(type, id);
      return entity != null && db.getDbEntityCache().isTransient(entity);
    }
  }
}
