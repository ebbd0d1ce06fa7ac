package vn.tdkt.decision;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.plan.UnitResults;

/** "Tổng hợp danh sách đề nghị": the units' results, and every nominee who passed appraisal across all units. */
@Component("consolidateProposal")
public class ConsolidateProposal implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<ProposalNominee> nominees = UnitResults.gather(execution).stream()
        .flatMap(unit -> unit.nominees().stream().filter(n -> n.passed()).map(n -> ProposalNominee.of(unit, n)))
        .toList();
    execution.setVariable("proposalNominees", JsonVariables.json(nominees));
    execution.setVariable("proposalNomineeCount", nominees.size());
  }
}
