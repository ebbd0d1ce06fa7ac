package vn.tdkt.adhoc;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.decision.AwardRegister;

/**
 * "Ghi sổ khen thưởng đột xuất": the award goes into the register under the plan's number, so the
 * plan's award list, the public page and a later withdrawal find it with the plan's other awards.
 * Keyed by this proposal's instance: recorded again (an administrator retrying the step), the row replaces its own.
 */
@Component("recordAdHocAward")
public class RecordAdHocAward implements JavaDelegate {

  private final AwardRegister register;

  public RecordAdHocAward(AwardRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decisionNumber = (String) execution.getVariable("decisionNumber");
    register.recordAll(execution.getProcessInstanceId(), decisionNumber, List.of(new AwardRegister.Award(
        (String) execution.getVariable("planNumber"), (String) execution.getVariable("planTitle"),
        (String) execution.getVariable("awardName"), (String) execution.getVariable("nomineeName"),
        (String) execution.getVariable("nomineeKind"), (String) execution.getVariable("nomineePosition"),
        (String) execution.getVariable("unitCode"), (String) execution.getVariable("unitName"), decisionNumber,
        Deadlines.parse(execution.getVariable("decisionDate")), execution.getProcessInstanceId())));
  }
}
