package vn.tdkt.plan;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.decision.ProposalNominee;
import vn.tdkt.selection.Nominee;

/** "Tổng kết kế hoạch": one line per participating unit, kept in the plan's history. */
@Component("summarizePlan")
public class SummarizePlan implements JavaDelegate {

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
  }
}
