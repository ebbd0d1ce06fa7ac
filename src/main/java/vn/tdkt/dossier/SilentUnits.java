package vn.tdkt.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
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
 * The units of a phase that have not submitted their dossier ({@code silentUnits}): their line runs
 * and has never had a complete dossier ({@code dossierCompletedOn}), or has not started yet (its start
 * job waits, or failed). Read when a submission deadline that is not final has passed, for the
 * board's "Xử lý đơn vị chưa nộp hồ sơ khi hết hạn". A line not yet started counts: the deadline's
 * job may run before the lines' start jobs (a plan approved, or a phase begun, after its deadline).
 */
@Component("silentUnits")
public class SilentUnits {

  /** A unit that has not submitted: its running line (null before it starts) and the open step it is at, if any. */
  record Silent(Unit unit, String lineId, Task step) {

    /** How the board's form lists it. */
    String label() {
      return unit.name() + (step != null ? " — đang ở bước: " + step.getName()
          : lineId == null ? " — phần việc chưa bắt đầu" : " — chưa nộp hồ sơ");
    }
  }

  public boolean anyIn(DelegateExecution inPhase) {
    return !of(inPhase).isEmpty();
  }

  /**
   * The phase's silent units in the plan's order. Read as the engine, whoever asks: the board does
   * not see the units' work, and the answer must not depend on who completed the step before. A line
   * suspended or cancelled by an administrator is left out: the board can do nothing to it (and, once
   * the board's step has ended, is not asked about again when resumed).
   */
  static List<Silent> of(DelegateExecution inPhase) {
    return Context.getCommandContext().runWithoutAuthorization(() -> {
      ProcessEngineServices engine = inPhase.getProcessEngineServices();
      HistoryService history = engine.getHistoryService();
      List<Unit> units = PlanUnits.inPhase(inPhase);
      Map<String, HistoricProcessInstance> lines = PlanPhases.linesOf(history, inPhase, units);
      Set<String> running = lines.values().stream()
          .filter(line -> HistoricProcessInstance.STATE_ACTIVE.equals(line.getState())).map(HistoricProcessInstance::getId)
          .collect(Collectors.toSet());
      List<String> runningIds = List.copyOf(running);
      Map<String, Map<String, Object>> submitted = PlanInstances.variablesOf(history, runningIds, "dossierCompletedOn");
      Map<String, Task> stepOf = new HashMap<>();
      PlanInstances.inParts(runningIds, part -> engine.getTaskService().createTaskQuery().processInstanceIdIn(part).list())
          .forEach(task -> stepOf.put(task.getProcessInstanceId(), task));
      return units.stream().map(unit -> {
        HistoricProcessInstance line = lines.get(unit.code());
        return line == null ? new Silent(unit, null, null) : new Silent(unit, line.getId(), stepOf.get(line.getId()));
      }).filter(silent -> silent.lineId() == null || running.contains(silent.lineId())
          && !submitted.getOrDefault(silent.lineId(), Map.of()).containsKey("dossierCompletedOn")).toList();
    });
  }
}
