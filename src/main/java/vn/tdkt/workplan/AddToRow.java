package vn.tdkt.workplan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.TextVariables;
import vn.tdkt.unit.UnitRegistry;

/**
 * The step after a unit's task on a row ({@link AddCoordinationInput}, {@link AddCovenantSignature}):
 * appends what the unit sent ({@code rowEntry}, a variable of the unit's own instance of the
 * sub-process) to one of the row's lists. It runs in an exclusive job of the row, one unit at a
 * time: in the officers' own transactions, two units sending at once rewrote the same list and the
 * second one failed. Once a review, a follow-up or the leader's record has named the units still to
 * answer ({@code waitingNames}), each such list of names is kept current: the directing unit must
 * not chase, close the row citing, or return a covenant for, a unit that has answered.
 */
abstract class AddToRow implements JavaDelegate {

  private final String list;
  private final List<String> waitingNames;
  private final String waitingStep;
  private final UnitRegistry units;

  AddToRow(String list, List<String> waitingNames, String waitingStep, UnitRegistry units) {
    this.list = list;
    this.waitingNames = waitingNames;
    this.waitingStep = waitingStep;
    this.units = units;
  }

  /** What the unit's task hands to the step after it: one row of the list, as Json, in the unit's own scope. */
  static void entry(DelegateTask task, Object entry) {
    task.getExecution().setVariable("rowEntry", JsonVariables.json(entry));
  }

  /**
   * The units of the row whose round waits at the step {@code stepId}: at a job not run yet (moments
   * later; or an incident in Cockpit), what they sent is not in the row's list yet; at a user task,
   * they have not answered.
   */
  static Set<String> waitingAt(DelegateExecution row, String stepId) {
    Set<String> units = new LinkedHashSet<>();
    executionsAt(row, stepId).forEach(execution -> units.add((String) execution.getVariable("coordinatingUnit")));
    return units;
  }

  /** The row's executions waiting at the step {@code stepId}, at any depth. */
  static List<ExecutionEntity> executionsAt(DelegateExecution row, String stepId) {
    List<ExecutionEntity> at = new ArrayList<>();
    Deque<ExecutionEntity> open = new ArrayDeque<>(List.of(((ExecutionEntity) row).getProcessInstance()));
    while (!open.isEmpty()) {
      ExecutionEntity execution = open.pop();
      if (stepId.equals(execution.getActivityId())) {
        at.add(execution);
      }
      open.addAll(execution.getExecutions());
    }
    return at;
  }

  /** {@link #waitingAt}, by the units' names, in the registry's current names. */
  static List<String> namesWaitingAt(DelegateExecution row, String stepId, UnitRegistry units) {
    return waitingAt(row, stepId).stream().map(code -> units.current(code).name()).toList();
  }

  /** {@link #namesWaitingAt} as the forms show it, one text; null when no unit waits there. */
  static String namesOrNull(DelegateExecution row, String stepId, UnitRegistry units) {
    List<String> names = namesWaitingAt(row, stepId, units);
    return names.isEmpty() ? null : TextVariables.unitNames(names);
  }

  /**
   * Refuses to end the row (accepting it, closing it as not done) while what a unit sent is still
   * being written into it: ending the row deletes that step's job, and the unit's input or signature
   * would be lost from the row's lists. {@code action} is what the official is told to do again.
   */
  static void refuseToEndWhileRecording(DelegateExecution row, UnitRegistry units, String action) {
    List<String> recording = new ArrayList<>();
    List<String> inputs = namesWaitingAt(row, "addCoordinationInput", units);
    if (!inputs.isEmpty()) {
      recording.add("ý kiến phối hợp của: " + String.join("; ", inputs));
    }
    List<String> signatures = namesWaitingAt(row, "addCovenantSignature", units);
    if (!signatures.isEmpty()) {
      recording.add("chữ ký giao ước của: " + String.join("; ", signatures));
    }
    if (!recording.isEmpty()) {
      throw new InvalidInputException(List.of("Hệ thống đang ghi " + String.join("; ", recording) + ". Vui lòng "
          + action + " lại sau ít phút; nếu vẫn gặp thông báo này, xin báo quản trị hệ thống."));
    }
  }

  @Override
  @SuppressWarnings("rawtypes")
  public void execute(DelegateExecution execution) {
    Map entry = JsonVariables.readObject(execution, "rowEntry", Map.class);
    Object unit = execution.getVariable("coordinatingUnit");
    if (!Objects.equals(entry.get("unitCode"), unit)) {
      // Only a model whose sub-process no longer declares rowEntry lets units share it.
      throw new IllegalStateException("rowEntry of unit " + entry.get("unitCode") + " reached the step of unit " + unit
          + ": the sub-process around the unit's task must declare rowEntry as an input parameter");
    }
    DelegateExecution row = execution.getProcessInstance();
    List<Map> entries = new ArrayList<>(JsonVariables.readList(row, list, Map.class));
    entries.add(entry);
    row.setVariable(list, JsonVariables.json(entries));
    for (String names : waitingNames) {
      if (row.getVariable(names) != null) {
        row.setVariable(names, namesOrNull(row, waitingStep, units));
      }
    }
  }
}
