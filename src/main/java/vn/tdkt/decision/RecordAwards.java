package vn.tdkt.decision;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.JsonVariables;

/** "Ghi sổ khen thưởng": writes every awarded nominee of the decision to the award register. */
@Component("recordAwards")
public class RecordAwards implements JavaDelegate {

  private final AwardRegister register;

  public RecordAwards(AwardRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<AwardRegister.Award> awards = JsonVariables.readList(execution, "proposalNominees", ProposalNominee.class)
        .stream()
        .filter(ProposalNominee::receivesAward)
        .map(n -> new AwardRegister.Award(
            (String) execution.getVariable("planNumber"),
            (String) execution.getVariable("planTitle"),
            (String) execution.getVariable("awardName"),
            n.name(), n.kind(), n.position(), n.unitCode(), n.unitName(),
            (String) execution.getVariable("decisionNumber"),
            Deadlines.parse(execution.getVariable("decisionDate")),
            execution.getProcessInstanceId()))
        .toList();
    if (awards.isEmpty()) {
      return; // the authority awarded none: no decision to record
    }
    register.recordAll(execution.getProcessInstanceId(), (String) execution.getVariable("decisionNumber"), awards);
  }
}
