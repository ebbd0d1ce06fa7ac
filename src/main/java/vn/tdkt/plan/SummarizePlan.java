package vn.tdkt.plan;

import java.util.List;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.TextVariables;
import vn.tdkt.decision.DecideAwards;
import vn.tdkt.decision.ProposalNominee;
import vn.tdkt.selection.Nominee;

/**
 * "Tổng kết kế hoạch" of a phase: one line per participating unit ({@code planSummary}, kept in the
 * plan's history), and the phase's results in a sentence added to {@code planResults}, which the
 * board reads as it writes the plan's final report ({@code writeFinalReport}).
 */
@Component("summarizePlan")
public class SummarizePlan implements JavaDelegate {

  public static final String PLAN_RESULTS = "planResults";
  private static final List<String> STATUS_ORDER = List.of(UnitResult.APPRAISED, UnitResult.NO_PROPOSAL, UnitResult.LATE,
      UnitResult.NOT_REGISTERED);

  public record UnitSummary(String unitCode, String unitName, String status, String statusLabel,
      long proposed, long passed, long awarded) {}

  @Override
  public void execute(DelegateExecution execution) {
    List<UnitResult> results = JsonVariables.readList(execution, "unitResults", UnitResult.class);
    List<ProposalNominee> decided = Boolean.TRUE.equals(execution.getVariable("decisionApproved"))
        ? JsonVariables.readList(execution, "proposalNominees", ProposalNominee.class)
        : List.of();
    // Proposed means received by the board: a unit whose dossier never came (late, not considered) proposed nobody to it.
    List<UnitSummary> summary = results.stream()
        .map(unit -> new UnitSummary(unit.unitCode(), unit.unitName(), unit.status(), unit.statusLabel(),
            UnitResult.APPRAISED.equals(unit.status()) ? unit.nominees().stream().filter(Nominee::proposed).count() : 0,
            unit.nominees().stream().filter(Nominee::passed).count(),
            decided.stream().filter(n -> n.unitCode().equals(unit.unitCode()) && n.receivesAward()).count()))
        .toList();
    execution.setVariable("planSummary", JsonVariables.json(summary));
    Object earlier = execution.getVariable(PLAN_RESULTS);
    String line = phaseResults(execution, summary);
    // Each line is short (names and reasons cut); should many phases still not fit, the latest are kept.
    execution.setVariable(PLAN_RESULTS, TextVariables.lastPart(earlier == null ? line : earlier + "\n" + line));
  }

  /** "Đợt 1 (…): 12 đơn vị (Đã thẩm định hồ sơ: 10, …); 8 tập thể, cá nhân được đề nghị, 7 đạt thẩm định, 6 được khen thưởng theo …". */
  private static String phaseResults(DelegateExecution execution, List<UnitSummary> summary) {
    String number = "Đợt " + execution.getVariable("phaseNumber");
    String name = TextVariables.start((String) execution.getVariable("phaseName"));
    String phase = PlanPhases.phases(execution).size() == 1 ? ""
        : (Decisions.isBlank(name) ? number : name.startsWith("Đợt") ? name : number + " (" + name + ")") + ": ";
    Map<String, Long> byStatus = summary.stream().collect(Collectors.groupingBy(UnitSummary::status, LinkedHashMap::new,
        Collectors.counting()));
    // In the order a line goes: appraised first, then those that stopped earlier.
    String statuses = byStatus.entrySet().stream()
        .sorted(Comparator.comparingInt(e -> STATUS_ORDER.contains(e.getKey()) ? STATUS_ORDER.indexOf(e.getKey()) : STATUS_ORDER.size()))
        .map(e -> UnitResult.statusLabel(e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(", "));
    long proposed = summary.stream().mapToLong(UnitSummary::proposed).sum();
    long passed = summary.stream().mapToLong(UnitSummary::passed).sum();
    long awarded = summary.stream().mapToLong(UnitSummary::awarded).sum();
    return phase + summary.size() + " đơn vị" + (statuses.isEmpty() ? "" : " (" + statuses + ")") + "; " + proposed
        + " tập thể, cá nhân được đề nghị, " + passed + " đạt thẩm định, " + awarded + " được khen thưởng"
        + decision(execution, passed) + ".";
  }

  private static String decision(DelegateExecution execution, long passed) {
    if (passed == 0) {
      return "";
    }
    Object noAwardsReason = execution.getVariable(DecideAwards.NO_AWARDS_REASON);
    if (noAwardsReason != null) {
      String reason = TextVariables.start(noAwardsReason.toString().strip());
      return " (cấp quyết định không khen thưởng: " + reason.replaceFirst("\\.$", "") + ")";
    }
    return " theo Quyết định số " + execution.getVariable("decisionNumber") + " ngày "
        + Deadlines.display(Deadlines.parse(execution.getVariable("decisionDate")));
  }
}
