package vn.tdkt.benchmark;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The straight-line baseline: the project's user tasks, no more — a parent with 5 user tasks, a
 * parallel multi-instance call activity of a child with 7 user tasks in a row per unit, then one
 * user task per unit and the final report — with no listeners, delegates, timers, rules or files. The least Camunda
 * does for the same work.
 */
final class BaselineDrive extends BareDrive {

  private static final String PARENT = "benchBaselinePlan";
  private static final String CHILD = "benchBaselineUnit";
  private static final int CHILD_TASKS = 7;

  BaselineDrive(ProcessEngine engine, Officials officials, String prefix) {
    super(engine, officials, prefix, null, "benchmark-baseline", child(), parent());
  }

  @Override
  void drive(List<List<String>> unitsPerPlan) {
    startPlans(PARENT, unitsPerPlan, units -> Map.of());
    List.of("approve", "unitTask1", "unitTask2", "unitTask3", "unitTask4", "unitTask5", "unitTask6", "unitTask7",
        "consolidate", "draft", "sign", "decide", "notify", "report").forEach(this::complete);
  }

  private static BpmnModelInstance child() {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(CHILD).camundaHistoryTimeToLive(3650).startEvent();
    for (int i = 1; i <= CHILD_TASKS; i++) {
      flow = flow.userTask("unitTask" + i).camundaCandidateGroups("bench-${unitCode}");
    }
    return flow.endEvent().done();
  }

  private static BpmnModelInstance parent() {
    return Bpmn.createExecutableProcess(PARENT).camundaHistoryTimeToLive(3650).startEvent()
        .userTask("approve").camundaCandidateGroups("deciding-authority")
        .callActivity("units").calledElement(CHILD).camundaIn("unitCode", "unitCode")
        .camundaInBusinessKey("${execution.processBusinessKey}/${unitCode}")
        .multiInstance().parallel().camundaCollection("${units}").camundaElementVariable("unitCode").multiInstanceDone()
        .userTask("consolidate").camundaCandidateGroups("board-officer")
        .userTask("draft").camundaCandidateGroups("board-officer")
        .userTask("sign").camundaCandidateGroups("board-head")
        .userTask("decide").camundaCandidateGroups("deciding-authority")
        .userTask("notify").camundaCandidateGroups("bench-${unitCode}")
        .multiInstance().parallel().camundaCollection("${units}").camundaElementVariable("unitCode").multiInstanceDone()
        .userTask("report").camundaCandidateGroups("board-officer")
        .endEvent().done();
  }
}
