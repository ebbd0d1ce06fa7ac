package vn.tdkt.decision;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.plan.UnitResult;
import vn.tdkt.selection.Nominee;

/**
 * "Nhận kết quả khen thưởng": puts on the unit's task the outcome for each of its nominees, so the
 * unit sees only its own results.
 */
@Component("notifyUnit")
public class NotifyUnit implements TaskListener {

  public record NomineeOutcome(String name, String kind, String verdict, String reason, boolean awarded,
      String outcome) {}

  public record UnitOutcome(String unitCode, String unitName, String status, String statusLabel,
      List<NomineeOutcome> nominees) {}

  @Override
  public void notify(DelegateTask task) {
    String unitCode = (String) task.getVariable("unitCode");
    UnitResult unit = JsonVariables.readList(task, "unitResults", UnitResult.class).stream()
        .filter(u -> u.unitCode().equals(unitCode)).findFirst()
        .orElseThrow(() -> new IllegalStateException("No result for unit " + unitCode));
    boolean decided = Boolean.TRUE.equals(task.getVariable("decisionApproved"));
    Map<String, Boolean> awarded = decided
        ? JsonVariables.readList(task, "proposalNominees", ProposalNominee.class).stream()
            .filter(n -> n.unitCode().equals(unitCode))
            .collect(Collectors.toMap(ProposalNominee::id, ProposalNominee::receivesAward))
        : Map.of();
    List<NomineeOutcome> nominees = unit.nominees().stream().filter(Nominee::proposed)
        .map(n -> outcome(n, awarded.getOrDefault(n.id(), false)))
        .toList();
    task.setVariableLocal("unitOutcome", JsonVariables.json(
        new UnitOutcome(unit.unitCode(), unit.unitName(), unit.status(), unit.statusLabel(), nominees)));
  }

  private static NomineeOutcome outcome(Nominee n, boolean awarded) {
    String text = awarded ? "Được khen thưởng"
        : n.passed() ? "Đạt thẩm định, không được khen thưởng"
        : Nominee.REJECT.equals(n.verdict()) ? "Không đạt thẩm định" : "Không được xét";
    return new NomineeOutcome(n.name(), n.kind(), n.verdict(), n.reason(), awarded, text);
  }
}
