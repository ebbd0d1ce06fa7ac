package vn.tdkt.congress;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.tdkt.calendar.Deadlines;

/**
 * The congress a member sends its delegates to, as far as it is recorded: held on a day, closed
 * as not held, or neither yet (the province's own congress sends to the plan, which is neither).
 * A member's delegates go up only to a congress they can still attend.
 */
record CongressAbove(String name, LocalDate heldOn, boolean notHeld) {

  static CongressAbove of(DelegateExecution member) {
    DelegateExecution caller = member.getProcessInstance().getSuperExecution();
    DelegateExecution above = caller == null ? null : caller.getProcessInstance();
    return new CongressAbove((String) member.getVariable("delegatesGoTo"),
        above == null ? null : Deadlines.parseOrNull(above.getVariable("congressDate")),
        above != null && Boolean.TRUE.equals(above.getVariable("congressNotHeld")));
  }

  /** Why a member held on {@code day} sends nobody; null when its delegates go up. */
  String takesNoDelegates(LocalDate day) {
    if (notHeld) {
      return name + " không tổ chức (đã kết thúc trên hệ thống) nên không nhận đại biểu";
    }
    if (heldOn != null && day != null && day.isAfter(heldOn)) {
      return name + " đã tổ chức ngày " + Deadlines.display(heldOn) + ", trước Đại hội (hội nghị) này, nên không nhận thêm đại biểu";
    }
    return null;
  }
}
