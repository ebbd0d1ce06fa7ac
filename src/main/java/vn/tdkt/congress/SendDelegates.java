package vn.tdkt.congress;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.JsonVariables;

/**
 * "Gửi danh sách đại biểu lên cấp trên": as soon as a congress has chosen its delegates they are
 * added to the congress above ({@code memberDelegates}, shown in its record form) — or, for the
 * province's own congress, to the plan ({@code nationalDelegates}) — without waiting for late
 * members below. Each delegate carries the name of the unit that sent them. Checked again here,
 * as the job runs: the congress above may have been recorded as held earlier, or closed as not
 * held, since this one was recorded; then its delegates stay in this congress's record only. The
 * congress above also reads the make-up of what its members sent ({@code memberComposition}).
 * {@code delegatesSent} says how many went up, for the board's report.
 */
@Component("sendDelegates")
public class SendDelegates implements JavaDelegate {

  static final String SENT = "delegatesSent";
  private static final String MEMBER_DELEGATES = "memberDelegates";

  @Override
  public void execute(DelegateExecution execution) {
    List<Delegate> chosen = JsonVariables.readList(execution, "delegates", Delegate.class);
    if (CongressAbove.of(execution).takesNoDelegates(Deadlines.parseOrNull(execution.getVariable("congressDate"))) != null) {
      execution.setVariable(SENT, 0);
      return;
    }
    execution.setVariable(SENT, chosen.size());
    String sender = (String) execution.getVariable("unitName");
    String target = CongressGroups.isProvince((String) execution.getVariable("unitCode"))
        ? "nationalDelegates" : MEMBER_DELEGATES;
    DelegateExecution above = execution.getProcessInstance().getSuperExecution().getProcessInstance();
    List<Delegate> received = new ArrayList<>(JsonVariables.readList(above, target, Delegate.class));
    chosen.forEach(d -> received.add(d.sentBy(sender)));
    above.setVariable(target, JsonVariables.json(received));
    if (MEMBER_DELEGATES.equals(target)) {
      // The organiser weighs its own delegation against the balance its members' already strike.
      above.setVariable("memberComposition", Delegate.composition(received));
    }
  }
}
