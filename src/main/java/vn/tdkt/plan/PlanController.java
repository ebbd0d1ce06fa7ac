package vn.tdkt.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.TextVariables;

/**
 * Launching a plan over HTTP: {@code GET /api/plan-templates} lists the templates;
 * {@code POST /api/plans} takes a plan in the template format (docs/plan-format.md), usually
 * {@code {"planTemplate": "…", "planNumber": "…", …}}, and starts it straight to approval. Texts
 * longer than a variable keeps are answered 400, all of them, before anything else; a plan with
 * problems (the process's own checks: ApplyPlanTemplate, ValidatePlan) is answered 400 with every
 * problem listed, and nothing is started; a body that sends {@code submitDirectly} is answered that
 * alone, at once. The engine checks that the user may launch plans (403 otherwise).
 */
@RestController
public class PlanController {

  private final RuntimeService runtime;
  private final PlanTemplates templates;

  public PlanController(RuntimeService runtime, PlanTemplates templates) {
    this.runtime = runtime;
    this.templates = templates;
  }

  @GetMapping("/api/plan-templates")
  public List<PlanTemplate> templates() {
    return templates.all();
  }

  @PostMapping("/api/plans")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> launch(@RequestBody Map<String, Object> plan) {
    if (plan.containsKey(PlanFormat.SUBMIT_DIRECTLY)) {
      throw new InvalidInputException(List.of("Trường không có trong định dạng kế hoạch: " + PlanFormat.SUBMIT_DIRECTLY
          + " (POST /api/plans luôn trình thẳng để phê duyệt). Xem docs/plan-format.md."));
    }
    // Every text too long for its variable at once: the engine would refuse the first alone.
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    plan.forEach((name, value) -> problems.addIf(value instanceof String text && !TextVariables.fits(text),
        () -> TextVariables.tooLongToStore(name, (String) value)));
    problems.throwIfAny();
    Map<String, Object> variables = new HashMap<>();
    plan.forEach((name, value) -> variables.put(name,
        value instanceof List || value instanceof Map ? JsonVariables.json(value) : value));
    variables.put(PlanFormat.SUBMIT_DIRECTLY, true);
    ProcessInstance started = runtime.startProcessInstanceByKey("emulationPlan", variables);
    Object warnings = runtime.getVariable(started.getId(), "planWarnings");
    return Map.of("id", started.getId(), "planNumber", started.getBusinessKey(),
        "planWarnings", warnings == null ? "" : warnings);
  }
}
