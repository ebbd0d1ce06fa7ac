package vn.tdkt.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.LastParsed;
import vn.tdkt.plan.PlanPhases;
import vn.tdkt.plan.UnitResult;
import vn.tdkt.plan.UnitResults;
import vn.tdkt.selection.Nominee;

/**
 * "Thông báo kết quả cho các đơn vị", once per unit: sends the message that starts the unit's
 * notice ({@code unitNotice}) with the plan's name and the outcome for each of the unit's nominees,
 * nothing else. The notice is its own process instance, so the unit's officer, who may read it,
 * cannot read the plan's variables (other units' results, the whole proposal); and the plan does
 * not wait for it, so a unit that never acknowledges holds back neither the next phase nor the
 * plan's end.
 *
 * <p>Plans launched before session 23 run models whose {@code notifyUnits} called the notices
 * and named this class as its variable mapping ({@code camunda:variableMappingClass}): for them it
 * still maps the same variables, so the engine must be able to make it with no argument.
 */
@Component("notifyUnit")
public class NotifyUnit implements JavaDelegate, DelegateVariableMapping {

  /** The message {@code unitNotice} starts on. */
  public static final String MESSAGE = "unitOutcome";

  private static final List<String> PLAN_VARIABLES = List.of("planNumber", "planTitle", "awardName", "phaseName",
      "decisionNumber", "decisionDate", DecideAwards.NO_AWARDS_REASON);

  private static final PlanPhases PHASES = new PlanPhases();

  /**
   * Each unit's rows of the decided proposal, by nominee, read once per proposal: the notices of a phase are sent
   * together, and reading the whole proposal for each unit would cost the square of the plan's units. Static, as the
   * engine makes an instance of this class per notice for older plans.
   */
  private static final LastParsed<Map<String, Map<String, ProposalNominee>>> PROPOSAL_BY_UNIT = new LastParsed<>(text ->
      JsonVariables.readList(text, ProposalNominee.class).stream().collect(Collectors.groupingBy(ProposalNominee::unitCode,
          Collectors.toMap(ProposalNominee::id, row -> row))));

  public record NomineeOutcome(String name, String kind, String verdict, String reason, boolean awarded,
      String outcome) {}

  public record UnitOutcome(String unitCode, String unitName, String status, String statusLabel,
      List<NomineeOutcome> nominees) {}

  /** The plan's data every notice starts with (the benchmark's same-data baseline gives its notices the same). */
  public static List<String> planVariables() {
    return PLAN_VARIABLES;
  }

  /** A variable a notice starts with as a copy of the plan's, whose history the plan keeps ({@code CopiesHistoryPlugin}). */
  public static boolean isPlanCopy(String name) {
    return PLAN_VARIABLES.contains(name);
  }

  @Override
  public void execute(DelegateExecution plan) {
    Optional<UnitResult> unit = UnitResults.of(plan, (String) plan.getVariable("unitCode"));
    if (unit.isEmpty()) {
      return; // its line was cancelled by an administrator: the unit took no part, there is nothing to tell it
    }
    VariableMap notice = Variables.createVariables();
    tell(plan, unit.get(), notice);
    plan.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(PHASES.unitDriveKey(plan))
        .setVariables(notice)
        .correlateStartMessage();
  }

  @Override
  public void mapInputVariables(DelegateExecution plan, VariableMap notice) {
    String unitCode = (String) plan.getVariable("unitCode");
    tell(plan, UnitResults.of(plan, unitCode).orElseThrow(() -> new IllegalStateException("No result for unit " + unitCode)),
        notice);
  }

  /** The notice's variables: the plan's data, and the unit's outcome for each of its proposed nominees. */
  private static void tell(DelegateExecution plan, UnitResult unit, VariableMap notice) {
    PLAN_VARIABLES.forEach(name -> notice.put(name, plan.getVariable(name)));
    boolean decided = Boolean.TRUE.equals(plan.getVariable("decisionApproved"));
    Map<String, ProposalNominee> proposed = decided
        ? PROPOSAL_BY_UNIT.of(JsonVariables.storedText(plan, "proposalNominees")).getOrDefault(unit.unitCode(), Map.of())
        : Map.of();
    List<NomineeOutcome> nominees = unit.nominees().stream().filter(Nominee::proposed)
        .map(n -> outcome(n, proposed.get(n.id())))
        .toList();
    notice.put("unitCode", unit.unitCode());
    notice.put("unitName", unit.unitName());
    notice.put("unitOutcome", JsonVariables.json(
        new UnitOutcome(unit.unitCode(), unit.unitName(), unit.status(), unit.statusLabel(), nominees)));
  }

  @Override
  public void mapOutputVariables(DelegateExecution plan, VariableScope notice) {
    // An older plan's notice returns nothing: the acknowledgement stays in the notice's history.
  }

  /** The nominee's outcome; {@code row} is its line of the decided proposal, null when it was not on it or nothing was decided. */
  private static NomineeOutcome outcome(Nominee n, ProposalNominee row) {
    if (row != null && row.leftOut()) {
      String remark = Decisions.isBlank(n.reason()) ? "" : n.reason().trim() + "; ";
      return new NomineeOutcome(n.name(), n.kind(), n.verdict(), remark + "không đưa vào tờ trình: " + row.withdrawnReason(), false,
          "Đạt thẩm định, không được đưa vào tờ trình đề nghị khen thưởng");
    }
    boolean awarded = row != null && row.receivesAward();
    String text = awarded ? "Được khen thưởng"
        : n.passed() ? "Đạt thẩm định, không được khen thưởng"
        : Nominee.REJECT.equals(n.verdict()) ? "Không đạt thẩm định" : "Không được xét";
    return new NomineeOutcome(n.name(), n.kind(), n.verdict(), n.reason(), awarded, text);
  }
}
