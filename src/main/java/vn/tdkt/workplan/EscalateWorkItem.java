package vn.tdkt.workplan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.EscalateOverdueTask;
import vn.tdkt.calendar.FlagOpenTask;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Báo đơn vị chỉ đạo nhiệm vụ quá hạn", when a row's last day (its quarter's end, or a later
 * day given it) has passed: the executing unit's open task moves up its list with a comment, and so does each coordinating unit's input and each
 * member's signature a covenant still waits for ({@code unsignedMembers} names them for the follow-up, as {@code coordinationMissing}
 * names the coordinating units that have not answered); {@code executingUnitLate} says
 * whether the executing unit's task was still open past its due time, and so whether the directing
 * unit gets a follow-up task (a row waiting for the directing unit's own review is not the executing
 * unit's delay, nor is a task returned with a later day).
 */
@Component("escalateWorkItem")
public class EscalateWorkItem implements JavaDelegate {

  static final List<String> EXECUTING_TASKS = List.of("carryOutWorkItem", "recordCovenantSigning");
  static final String MEMBER_SIGNATURE = "signCovenant";
  static final String UNSIGNED_MEMBERS = "unsignedMembers";
  /** The other units' tasks on the row, due with it: late too, though only the executing unit's delay calls for a follow-up. */
  static final List<String> UNITS_TASKS = List.of(MEMBER_SIGNATURE, "contributeToWorkItem");

  private final FlagOpenTask flag;
  private final UnitRegistry units;

  public EscalateWorkItem(FlagOpenTask flag, UnitRegistry units) {
    this.flag = flag;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Function<Task, String> comment = task -> "Quá hạn: nhiệm vụ " + execution.getVariable("rowNumber")
        + " đã quá hạn (hạn đến hết ngày " + Deadlines.display(Deadlines.lastDayBefore(task.getDueDate()))
        + "); đã báo đơn vị chỉ đạo.";
    List<Task> late = new ArrayList<>();
    for (String taskKey : EXECUTING_TASKS) {
      late.addAll(flag.flagOverdue(execution, taskKey, EscalateOverdueTask.ESCALATED_PRIORITY, comment));
    }
    for (String taskKey : UNITS_TASKS) {
      flag.flagOverdue(execution, taskKey, EscalateOverdueTask.ESCALATED_PRIORITY, comment);
    }
    execution.setVariable(UNSIGNED_MEMBERS, AddToRow.namesOrNull(execution, MEMBER_SIGNATURE, units));
    execution.setVariable(ReviewWorkItem.COORDINATION_MISSING, ReviewWorkItem.missingCoordination(execution, units));
    execution.setVariable("executingUnitLate", !late.isEmpty()); // a missing signature keeps the leader's task open
  }
}
