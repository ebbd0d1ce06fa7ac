package vn.tdkt.plan;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.FormChoice;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.LaunchVariables;
import vn.tdkt.identity.RoleGroups;
import vn.tdkt.identity.RoleGroups.Role;
import vn.tdkt.identity.Roles;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Áp dụng mẫu kế hoạch": first refuses a launch with fields the plan format does not have or
 * values of the wrong kind (docs/plan-format.md), however the plan was launched. Then fills
 * every plan field the official left empty from the chosen template ({@code planTemplate}); what
 * the official entered wins. Without a template the plan is written from scratch. Lists (units,
 * phases…) become Json variables. A plan that names no groups of its own goes to the province's
 * board and Chairman.
 */
@Component("applyPlanTemplate")
public class ApplyPlanTemplate implements JavaDelegate {

  static final Map<String, String> DEFAULT_GROUPS = Map.of(
      "boardGroup", Roles.BOARD_OFFICER, "boardHeadGroup", Roles.BOARD_HEAD, "decidingGroup", Roles.DECIDING_AUTHORITY);
  private static final Map<String, Role> ROLES = Map.of(
      "boardGroup", Role.BOARD_OFFICER, "boardHeadGroup", Role.BOARD_HEAD, "decidingGroup", Role.DECIDING_AUTHORITY);

  private final PlanTemplates templates;
  private final UnitRegistry units;
  private final RoleGroups roleGroups;

  public ApplyPlanTemplate(PlanTemplates templates, UnitRegistry units, RoleGroups roleGroups) {
    this.templates = templates;
    this.units = units;
    this.roleGroups = roleGroups;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> problems = PlanFormat.launchProblems(LaunchVariables.sent(execution), execution::getVariable);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Object id = execution.getVariable("planTemplate");
    if (!Decisions.isBlank(id)) {
      apply(execution, id);
    }
    DEFAULT_GROUPS.forEach((variable, group) -> {
      if (Decisions.isBlank(execution.getVariable(variable))) {
        execution.setVariable(variable, group);
      }
    });
    // What the draft form offers: the registry's units in force, the groups of each role.
    execution.setVariable("unitOptions", JsonVariables.json(units.all().stream()
        .filter(u -> u.isValidOn(Deadlines.today())).map(u -> new FormChoice(u.name(), u.code())).toList()));
    ROLES.forEach((variable, role) -> execution.setVariable(variable + "Options", JsonVariables.json(roleGroups.all()
        .stream().filter(g -> g.role() == role).map(g -> new FormChoice(g.name(), g.id())).toList())));
  }

  private void apply(DelegateExecution execution, Object id) {
    PlanTemplate template = templates.find(id.toString().trim()).orElseThrow(() -> new InvalidInputException(List.of(
        "Không có mẫu kế hoạch \"" + id + "\". Các mẫu hiện có: " + String.join(", ",
            templates.all().stream().map(PlanTemplate::id).toList()) + "." + templates.unreadableNote())));
    execution.setVariable("planTemplateName", template.name());
    // Phases sent with the launch take the place of the template's plan-wide dates, which a plan of phases may not have.
    boolean phasesSent = !JsonVariables.readList(execution, "phases", Object.class).isEmpty();
    for (Map.Entry<String, Object> field : template.plan().entrySet()) {
      boolean replacedByPhases = phasesSent && ValidatePlan.REPLACED_BY_PHASES.contains(field.getKey());
      if (Decisions.isBlank(execution.getVariable(field.getKey())) && field.getValue() != null && !replacedByPhases) {
        Object value = field.getValue();
        execution.setVariable(field.getKey(), value instanceof List || value instanceof Map ? JsonVariables.json(value) : value);
      }
    }
  }
}
