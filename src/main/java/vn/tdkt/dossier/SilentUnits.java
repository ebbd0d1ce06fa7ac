package vn.tdkt.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.tdkt.common.PlanInstances;
import vn.tdkt.plan.PlanPhases;
import vn.tdkt.plan.PlanUnits;
import vn.tdkt.unit.Unit;

/**
 * The units of a phase that have not submitted their dossier ({@code silentUnits}): their line still
 * waits at one of the unit's own steps before the dossier. Read when a submission deadline that is
 * not final has passed, for the board's "Xử lý đơn vị chưa nộp hồ sơ khi hết hạn".
 */
@Component("silentUnits")
public class SilentUnits {

  /** The unit's steps before its dossier reaches the board, in the order of its line. */
  static final List<String> STEPS_BEFORE_THE_DOSSIER = List.of("registerUnit", "reportResults", "recordSelectionMeeting",
      "approveSelection", "submitDossier");

  /** A unit that has not submitted, and the step its line waits at. */
  record Silent(Unit unit, Task waitingAt) {}

  public boolean anyIn(DelegateExecution inPhase) {
    return !of(inPhase).isEmpty();
  }

  /**
   * The phase's silent units in the plan's order. Read as the engine, whoever asks: the board does
   * not see the units' tasks, and the answer must not depend on who completed the step before.
   * A suspended line is left out: nothing can be done to it until an administrator resumes it.
   */
  static List<Silent> of(DelegateExecution inPhase) {
    return Context.getCommandContext().runWithoutAuthorization(() -> {
      ProcessEngineServices engine = inPhase.getProcessEngineServices();
      List<Unit> units = PlanUnits.inPhase(inPhase);
      Map<String, HistoricProcessInstance> lines = PlanPhases.linesOf(engine.getHistoryService(), inPhase, units);
      Map<String, Task> waitingAt = new HashMap<>();
      PlanInstances.inParts(lines.values().stream().map(HistoricProcessInstance::getId).toList(), part ->
              engine.getTaskService().createTaskQuery().processInstanceIdIn(part)
                  .taskDefinitionKeyIn(STEPS_BEFORE_THE_DOSSIER.toArray(String[]::new)).active().list())
          .forEach(task -> waitingAt.put(task.getProcessInstanceId(), task));
      return units.stream().filter(unit -> lines.containsKey(unit.code()))
          .filter(unit -> waitingAt.containsKey(lines.get(unit.code()).getId()))
          .map(unit -> new Silent(unit, waitingAt.get(lines.get(unit.code()).getId()))).toList();
    });
  }
}
