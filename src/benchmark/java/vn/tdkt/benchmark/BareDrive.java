package vn.tdkt.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A drive of bare BPMN, with no project code: its models (generated, not files of
 * {@code processes/}) deployed as it is made, one plan started per province, each task completed
 * by a member of its candidate group with one short text.
 */
abstract class BareDrive {

  private final RuntimeService runtime;
  private final Officials officials;
  private final String prefix;

  BareDrive(ProcessEngine engine, Officials officials, String prefix, String deployment, BpmnModelInstance... models) {
    this.runtime = engine.getRuntimeService();
    this.officials = officials;
    this.prefix = prefix;
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name(deployment)
        .enableDuplicateFiltering(false);
    for (BpmnModelInstance model : models) {
      String key = model.getModelElementsByType(Process.class).iterator().next().getId();
      builder.addModelInstance(key + ".bpmn", withOneField(model));
    }
    builder.deploy();
  }

  abstract void drive(List<List<String>> unitsPerPlan);

  /** One instance of the process {@code key} per plan, with the plan's units and {@code variables}. */
  void startPlans(String key, List<List<String>> unitsPerPlan, Map<String, Object> variables) {
    for (int p = 0; p < unitsPerPlan.size(); p++) {
      Map<String, Object> plan = new HashMap<>(variables);
      plan.put("units", new ArrayList<>(unitsPerPlan.get(p)));
      runtime.startProcessInstanceByKey(key, prefix + "P%02d".formatted(p + 1), plan);
    }
  }

  void complete(String taskKey) {
    officials.completeAll(prefix, taskKey, task -> Map.of("outcomeAcknowledged", true));
  }

  Officials officials() {
    return officials;
  }

  /**
   * Every task shows a one-field form of the project (notifyUnit's acknowledgement) and writes
   * that field: the engine's task-input guard, which checks any official's completion against the
   * task's form, then treats the project's and the bare drives alike.
   */
  private static BpmnModelInstance withOneField(BpmnModelInstance model) {
    model.getModelElementsByType(UserTask.class).forEach(task -> {
      task.setCamundaFormRef("notifyUnit");
      task.setCamundaFormRefBinding("latest");
    });
    return model;
  }
}
