package vn.tdkt.common;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What a plan's process was started with, read by its first step: Tasklist's start form sends
 * only the form's fields, but Camunda's REST start and submit-form take any variables. A name the
 * process does not take would stay in the plan unseen, and one it computes itself (the launching
 * user) would be overwritten, so both are refused before anything is created.
 */
public final class LaunchVariables {

  /** The start event's {@code camunda:initiator}: the engine stores the launching user's id there. */
  public static final String INITIATOR = "planInitiator";

  private LaunchVariables() {}

  /**
   * The names of the variables sent at the start (read by name only: a value is read when it is
   * checked). The launching user's id the engine stored is not one of them; an initiator that is
   * not the launching user was sent, and is.
   */
  public static Set<String> sent(DelegateExecution execution) {
    Set<String> sent = new TreeSet<>(execution.getVariableNames());
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (Objects.equals(execution.getVariable(INITIATOR), user == null ? null : user.getUserId())) {
      sent.remove(INITIATOR);
    }
    return sent;
  }

  /** Refuses, naming them, the variables sent at the start besides {@code taken}. */
  public static void refuseOthers(DelegateExecution execution, String process, Set<String> taken) {
    Set<String> others = sent(execution);
    others.removeAll(taken);
    if (!others.isEmpty()) {
      throw new InvalidInputException(List.of(process + " chỉ nhận " + String.join(", ", new TreeSet<>(taken))
          + " khi bắt đầu, không nhận: " + String.join(", ", others) + ". Không có gì được tạo."));
    }
  }
}
