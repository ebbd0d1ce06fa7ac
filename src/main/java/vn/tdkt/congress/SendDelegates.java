package vn.tdkt.congress;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.common.JsonVariables;

/**
 * "Gửi danh sách đại biểu lên cấp trên": as soon as a congress has chosen its delegates they are
 * added to the congress above ({@code memberDelegates}, shown in its record form) — or, for the
 * province's own congress, to the plan ({@code nationalDelegates}) — without waiting for late
 * members below. Each delegate carries the name of the unit that sent them.
 */
@Component("sendDelegates")
public class SendDelegates implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String sender = (String) execution.getVariable("unitName");
    List<Delegate> chosen = JsonVariables.readList(execution, "delegates", Delegate.class);
    String target = CongressGroups.isProvince((String) execution.getVariable("unitCode"))
        ? "nationalDelegates" : "memberDelegates";
    DelegateExecution above = execution.getProcessInstance().getSuperExecution().getProcessInstance();
    List<Delegate> received = new ArrayList<>(JsonVariables.readList(above, target, Delegate.class));
    chosen.forEach(d -> received.add(d.sentBy(sender)));
    above.setVariable(target, JsonVariables.json(received));
  }
}
