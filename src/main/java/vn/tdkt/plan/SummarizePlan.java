package vn.tdkt.plan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
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

  static final String PLAN_RESULTS = "planResults";

  public record UnitSummary(String unitCode, String unitName, String status, String statusLabel,
      long proposed, long passed, long awarded) {}

  @Override
  public void execute(DelegateExecution execution) {
    List<UnitResult> results = JsonVariables.readList(execution, "unitResults", UnitResult.class);
    List<ProposalNominee> decided = Boolean.TRUE.equals(execution.getVariable("decisionApproved"))
        ? JsonVariables.readList(execution, "proposalNominees", ProposalNominee.class)
        : List.of();
    List<UnitSummary> summary = results.stream()
        .map(unit -> new UnitSummary(unit.unitCode(), unit.unitName(), unit.status(), unit.statusLabel(),
            unit.nominees().stream().filter(Nominee::proposed).count(),
            unit.nominees().stream().filter(Nominee::passed).count(),
            decided.stream().filter(n -> n.unitCode().equals(unit.unitCode()) && n.receivesAward()).count()))
        .toList();
    execution.setVariable("planSummary", JsonVariables.json(summary));
    Object earlier = execution.getVariable(PLAN_RESULTS);
    String line = phaseResults(execution, summary);
    execution.setVariable(PLAN_RESULTS, TextVariables.cut(earlier == null ? line : earlier + "\n" + line));
  }

  /** "Đợt 1 (…): 12 đơn vị (Đã thẩm định hồ sơ 10, …); 8 tập thể, cá nhân được đề nghị, 7 đạt thẩm định, 6 được khen thưởng theo …". */
  private static String phaseResults(DelegateExecution execution, List<UnitSummary> summary) {
    String name = (String) execution.getVariable("phaseName");
    String phase = PlanPhases.phases(execution).size() == 1 ? ""
        : (name.startsWith("Đợt") ? name : "Đợt " + execution.getVariable("phaseNumber") + " (" + name + ")") + ": ";
    Map<String, Long> byStatus = summary.stream()
        .collect(Collectors.groupingBy(UnitSummary::statusLabel, TreeMap::new, Collectors.counting()));
    String statuses = byStatus.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
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
      return " (cấp quyết định không khen thưởng: " + noAwardsReason + ")";
    }
    return " theo Quyết định số " + execution.getVariable("decisionNumber") + " ngày "
        + Deadlines.display(Deadlines.parse(execution.getVariable("decisionDate")));
  }
}
