package vn.tdkt.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.PlanInstances;
import vn.tdkt.unit.Unit;

/** The plan's phases as BPMN uses them ({@code phasesOfPlan}): the loop over phases and each unit's business key. */
@Component("phasesOfPlan")
public class PlanPhases {

  public List<Integer> indexes(VariableScope scope) {
    return IntStream.range(0, phases(scope).size()).boxed().toList();
  }

  /** "125/KH-UBND/so-gddt", or with the phase in a plan of several: "18/KH-VP/Đợt 2/phong-tong-hop". */
  public String unitDriveKey(VariableScope scope) {
    return unitDriveKey(scope, (String) scope.getVariable("unitCode"));
  }

  /** The key of that unit's line in the phase {@code scope} runs in. */
  public String unitDriveKey(VariableScope scope, String unitCode) {
    return keyPrefix(scope) + unitCode;
  }

  /**
   * Each unit's line in the phase {@code inPhase} runs in, from the history (so ended lines too): unit
   * code → its latest line (an administrator may have cancelled one and started it again); a unit
   * whose line never started is absent.
   */
  public static Map<String, HistoricProcessInstance> linesOf(HistoryService history, DelegateExecution inPhase, List<Unit> units) {
    String prefix = keyPrefix(inPhase);
    List<String> keys = units.stream().map(unit -> prefix + unit.code()).toList();
    Map<String, HistoricProcessInstance> lines = new HashMap<>();
    PlanInstances.latestByBusinessKey(PlanInstances.inParts(keys, part -> history.createHistoricProcessInstanceQuery()
            .superProcessInstanceId(inPhase.getProcessInstanceId()).processInstanceBusinessKeyIn(part).list()))
        .forEach((key, line) -> lines.put(key.substring(prefix.length()), line));
    return lines;
  }

  /**
   * What the unit committed to when it registered, in the plan's first phase (a unit registers once
   * per plan), from its latest first-phase line; null when it did not register.
   */
  static Object firstPhaseCommitments(DelegateExecution plan, String unitCode) {
    HistoryService history = plan.getProcessEngineServices().getHistoryService();
    String key = plan.getVariable("planNumber") + "/" + PlanInstances.PHASE + 1 + "/" + unitCode;
    HistoricProcessInstance line = PlanInstances.latestByBusinessKey(history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(plan.getProcessInstanceId()).processInstanceBusinessKey(key).list()).get(key);
    HistoricVariableInstance commitments = line == null ? null : history.createHistoricVariableInstanceQuery()
        .processInstanceId(line.getId()).variableName("registrationCommitments").singleResult();
    return commitments == null ? null : commitments.getValue();
  }

  private static String keyPrefix(VariableScope scope) {
    String planNumber = (String) scope.getVariable("planNumber");
    return phases(scope).size() == 1 ? planNumber + "/"
        : planNumber + "/" + PlanInstances.PHASE + scope.getVariable("phaseNumber") + "/";
  }

  /** The plan's phases in order, as validated at launch. */
  public static List<Phase> phases(VariableScope scope) {
    return JsonVariables.readList(scope, "planPhases", Phase.class);
  }
}
