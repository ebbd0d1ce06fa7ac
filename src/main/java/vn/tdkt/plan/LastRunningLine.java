package vn.tdkt.plan;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.TerminateEndEventActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Deleting on its own the last running line of a step that runs one per unit (a phase's "Thi đua
 * của các đơn vị", a work plan's rows, the congresses below a congress), or a step's only line
 * (the province's congress), is refused: Camunda then cancels that line's part of the step, and
 * the step, with nothing left running, never completes, so the step after it never starts (a
 * congress would wait for its members for ever; a phase would skip the proposal and the decision).
 * The refusal gives, read from the model, the modification that works: the whole step cancelled
 * and the next one started, in the order that keeps what else runs. In the process itself, cancel
 * first: Camunda keeps the instance through the modification, and a branch already waiting at the
 * next step (a congress's own result at its join) then joins the started one; started first, the
 * join would fire and the cancel would find nothing left, and cancel the instance. Inside an
 * embedded sub-process (a phase), start first: cancelled first, the sub-process would go with the step.
 * A step followed only by its sub-process's terminate end event is followed by the sub-process's next.
 */
final class LastRunningLine {

  private LastRunningLine() {}

  static void refuseDeletingAlone(ExecutionEntity line, ExecutionEntity superExecution, String work) {
    if (superExecution.getProcessInstance().isEnded() || !AdministratorAct.deleting()) {
      return;
    }
    ActivityImpl called = superExecution.getActivity();
    boolean perUnit = called.getFlowScope() instanceof ActivityImpl body
        && body.getActivityBehavior() instanceof MultiInstanceActivityBehavior;
    if (perUnit && othersRunning(superExecution)) {
      return;
    }
    // The step that would never complete: the multi-instance body, or a call activity of its own (the province's congress).
    ActivityImpl step = perUnit ? (ActivityImpl) called.getFlowScope() : called;
    while (endsItsSubProcess(step)) {
      step = (ActivityImpl) step.getFlowScope();
    }
    String unit = line.getVariable("unitCode") instanceof String code && !code.isBlank() ? " của đơn vị " + code : "";
    throw new BadUserRequestException("Không hủy được phần việc" + unit + " («" + work + "») trong kế hoạch "
        + line.getVariable("planNumber") + ": " + advice(superExecution.getProcessInstance(), called, step));
  }

  /**
   * Why, and the modification that works, in the order that keeps what else runs: over REST, as
   * Cockpit's modification is an enterprise feature; its annotation reaches the unit as the reason.
   */
  private static String advice(ExecutionEntity caller, ActivityImpl called, ActivityImpl step) {
    String instance = "«" + caller.getProcessDefinition().getName() + "» " + caller.getBusinessKey();
    List<PvmActivity> after = step.getOutgoingTransitions().stream().map(PvmTransition::getDestination).toList();
    String next = after.stream().map(LastRunningLine::named).collect(Collectors.joining(", "));
    String cancelStep = "{\"type\": \"cancel\", \"activityId\": \"" + step.getId() + "\"}";
    String startNext = after.stream().map(a -> "{\"type\": \"startBeforeActivity\", \"activityId\": \"" + a.getId() + "\"}")
        .collect(Collectors.joining(", "));
    boolean cancelFirst = !(step.getFlowScope() instanceof ActivityImpl);
    return "đây là phần việc cuối cùng còn chạy của bước " + named(called) + " trong " + instance + ". Hủy riêng nó thì"
        + " bước đó không bao giờ xong, và bước sau, " + next + ", không bao giờ bắt đầu. Để kế hoạch đi tiếp, điều"
        + " chỉnh phiên chạy " + instance + " trong một lần, qua REST: POST /engine-rest/process-instance/" + caller.getId()
        + "/modification với nội dung {\"instructions\": [" + (cancelFirst ? cancelStep + ", " + startNext : startNext + ", "
        + cancelStep) + "], \"annotation\": \"<lý do báo cho đơn vị>\"} (đúng thứ tự này: "
        + (cancelFirst ? "hủy cả bước rồi mới bắt đầu bước sau" : "bắt đầu bước sau rồi mới hủy cả bước") + "). Đơn vị vẫn"
        + " được báo hủy. Hoặc hủy cả kế hoạch.";
  }

  /**
   * Whether the step leads only to a terminate end event of the embedded sub-process around it (a
   * phase's "Phần việc của các đơn vị"): reaching it ends the sub-process, so the step to end and
   * follow is the sub-process itself.
   */
  private static boolean endsItsSubProcess(ActivityImpl step) {
    return step.getFlowScope() instanceof ActivityImpl scope
        && !(scope.getActivityBehavior() instanceof MultiInstanceActivityBehavior)
        && !step.getOutgoingTransitions().isEmpty()
        && step.getOutgoingTransitions().stream().allMatch(flow -> flow.getDestination() instanceof ActivityImpl next
            && next.getActivityBehavior() instanceof TerminateEndEventActivityBehavior);
  }

  /** "«Tổng hợp danh sách đề nghị» (consolidateProposal)": as Cockpit shows it, and as the model and REST name it. */
  private static String named(PvmActivity activity) {
    Object name = activity.getProperty("name");
    return name == null ? activity.getId() : "«" + name + "» (" + activity.getId() + ")";
  }

  /** Whether another line of the step is running or waiting to start: the step's count of active instances includes this one. */
  private static boolean othersRunning(ExecutionEntity superExecution) {
    for (ExecutionEntity scope = superExecution; scope != null; scope = scope.getParent()) {
      if (scope.getVariableLocal("nrOfActiveInstances") instanceof Number active) {
        return active.intValue() > 1;
      }
    }
    return true;
  }
}
