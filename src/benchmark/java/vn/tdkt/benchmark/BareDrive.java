package vn.tdkt.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A drive of bare BPMN, with no project code: its models (generated, not files of
 * {@code processes/}) deployed as it is made, one plan started per province, each task completed
 * by a member of its candidate group — with one Boolean ({@code outcomeAcknowledged}), or, given the drive's forms, with
 * what the officials send from the project's form of the same task.
 */
abstract class BareDrive {

  private final RuntimeService runtime;
  private final Officials officials;
  private final String prefix;
  private final Function<Task, Map<String, Object>> form;

  /** {@code forms}: null for one Boolean per task. */
  BareDrive(ProcessEngine engine, Officials officials, String prefix, DriveForms forms, String deployment,
      BpmnModelInstance... models) {
    this.runtime = engine.getRuntimeService();
    this.officials = officials;
    this.prefix = prefix;
    this.form = forms == null ? task -> Map.of("outcomeAcknowledged", true) : forms::of;
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name(deployment)
        .enableDuplicateFiltering(false);
    for (BpmnModelInstance model : models) {
      String key = model.getModelElementsByType(Process.class).iterator().next().getId();
      builder.addModelInstance(key + ".bpmn", withForms(model, forms != null));
    }
    builder.deploy();
  }

  abstract void drive(List<List<String>> unitsPerPlan);

  /** One instance of the process {@code key} per plan, with the plan's units and the variables made from them. */
  void startPlans(String key, List<List<String>> unitsPerPlan, Function<List<String>, Map<String, Object>> variables) {
    for (int p = 0; p < unitsPerPlan.size(); p++) {
      Map<String, Object> plan = new HashMap<>(variables.apply(unitsPerPlan.get(p)));
      plan.put("units", new ArrayList<>(unitsPerPlan.get(p)));
      runtime.startProcessInstanceByKey(key, prefix + "P%02d".formatted(p + 1), plan);
    }
  }

  void complete(String taskKey) {
    officials.completeAll(prefix, taskKey, form);
  }

  Officials officials() {
    return officials;
  }

  /**
   * Every task shows a form of the project, so the engine's task-input guard, which checks any
   * official's completion against the task's form, treats the project's and the bare drives
   * alike: the project's form of the same task when the officials send what they send there,
   * else notifyUnit's one-field form (its acknowledgement).
   */
  private static BpmnModelInstance withForms(BpmnModelInstance model, boolean ownForms) {
    model.getModelElementsByType(UserTask.class).forEach(task -> {
      if (ownForms && "submitDossier".equals(task.getId())) {
        task.setCamundaFormKey("embedded:deployment:submit-dossier.html");
      } else {
        task.setCamundaFormRef(ownForms ? task.getId() : "notifyUnit");
        task.setCamundaFormRefBinding("latest");
      }
    });
    return model;
  }
}
