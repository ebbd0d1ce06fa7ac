package vn.tdkt.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The baseline: bare BPMN of the same shape as the project's — a parent with 4 user tasks, a
 * parallel multi-instance call activity of a child with 7 user tasks per unit, then one user task
 * per unit — and no project code (no listeners, delegates, timers, rules or files), on the same
 * engine and database. Each task is completed with one short text, by a member of its group.
 */
final class BaselineDrive {

  static final String PARENT = "benchBaselinePlan";
  static final String CHILD = "benchBaselineUnit";
  private static final int CHILD_TASKS = 7;

  private final RuntimeService runtime;
  private final Officials officials;
  private final String prefix;

  BaselineDrive(ProcessEngine engine, Officials officials, String prefix) {
    this.runtime = engine.getRuntimeService();
    this.officials = officials;
    this.prefix = prefix;
    engine.getRepositoryService().createDeployment().name("benchmark-baseline").enableDuplicateFiltering(false)
        .addModelInstance(CHILD + ".bpmn", child()).addModelInstance(PARENT + ".bpmn", parent()).deploy();
  }

  void drive(List<List<String>> unitsPerPlan) {
    for (int p = 0; p < unitsPerPlan.size(); p++) {
      runtime.startProcessInstanceByKey(PARENT, prefix + "P%02d".formatted(p + 1),
          Map.of("units", new ArrayList<>(unitsPerPlan.get(p))));
    }
    for (String task : List.of("approve", "unitTask1", "unitTask2", "unitTask3", "unitTask4", "unitTask5",
        "unitTask6", "unitTask7", "draft", "sign", "decide", "notify")) {
      officials.completeAll(prefix, task, t -> Map.of("outcomeAcknowledged", true));
    }
  }

  private static BpmnModelInstance child() {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(CHILD).camundaHistoryTimeToLive(3650).startEvent();
    for (int i = 1; i <= CHILD_TASKS; i++) {
      flow = flow.userTask("unitTask" + i).camundaCandidateGroups("bench-${unitCode}");
    }
    return withOneField(flow.endEvent().done());
  }

  /**
   * Every baseline task shows a one-field form of the project (notifyUnit's acknowledgement) and
   * writes that field: the engine's task-input guard, which checks any official's completion
   * against the task's form, then treats both drives alike.
   */
  static BpmnModelInstance withOneField(BpmnModelInstance model) {
    model.getModelElementsByType(UserTask.class).forEach(task -> {
      task.setCamundaFormRef("notifyUnit");
      task.setCamundaFormRefBinding("latest");
    });
    return model;
  }

  private static BpmnModelInstance parent() {
    return withOneField(Bpmn.createExecutableProcess(PARENT).camundaHistoryTimeToLive(3650).startEvent()
        .userTask("approve").camundaCandidateGroups("deciding-authority")
        .callActivity("units").calledElement(CHILD).camundaIn("unitCode", "unitCode")
        .camundaInBusinessKey("${execution.processBusinessKey}/${unitCode}")
        .multiInstance().parallel().camundaCollection("${units}").camundaElementVariable("unitCode").multiInstanceDone()
        .userTask("draft").camundaCandidateGroups("board-officer")
        .userTask("sign").camundaCandidateGroups("board-head")
        .userTask("decide").camundaCandidateGroups("deciding-authority")
        .userTask("notify").camundaCandidateGroups("bench-${unitCode}")
        .multiInstance().parallel().camundaCollection("${units}").camundaElementVariable("unitCode").multiInstanceDone()
        .endEvent().done());
  }
}
