package vn.tdkt.plan;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * Deleting on its own the last running line of a step that runs one per unit (a phase's "Thi đua
 * của các đơn vị", a work plan's rows, the congresses below a congress) is refused. Camunda then
 * cancels the whole step instead of completing it, so the step after it never starts: a phase
 * would skip the proposal and the decision for the units that had finished, a congress would wait
 * for its members for ever. A modification in Cockpit that starts the next step first is the
 * administrator's way, and is not refused. The step and the next one are read from the model.
 */
final class LastRunningLine {

  private LastRunningLine() {}

  static void refuseDeletingAlone(ExecutionEntity line, ExecutionEntity superExecution, String work) {
    if (superExecution.getProcessInstance().isEnded() || !AdministratorAct.deleting() || othersRunning(superExecution)) {
      return;
    }
    ExecutionEntity caller = superExecution.getProcessInstance();
    ActivityImpl step = (ActivityImpl) superExecution.getActivity().getFlowScope();
    String next = step.getOutgoingTransitions().stream().map(flow -> named(flow.getDestination()))
        .collect(Collectors.joining(", "));
    throw new BadUserRequestException("Không hủy được phần việc của đơn vị " + line.getVariable("unitCode") + " («" + work
        + "») trong kế hoạch " + line.getVariable("planNumber") + ": đây là phần việc cuối cùng còn chạy của bước "
        + named(superExecution.getActivity()) + " trong «" + caller.getProcessDefinition().getName() + "» "
        + caller.getBusinessKey() + ". Hủy riêng nó thì Camunda đóng luôn bước đó, và bước sau, " + next
        + ", không bao giờ bắt đầu. Để kế hoạch đi tiếp: trong Cockpit, sửa đổi (Modify) «"
        + caller.getProcessDefinition().getName() + "» " + caller.getBusinessKey() + ", trước hết «bắt đầu trước» bước "
        + next + ", sau đó hủy phần việc này. Hoặc hủy cả kế hoạch.");
  }

  /** "«Tổng hợp danh sách đề nghị» (consolidateProposal)": as Cockpit shows it, and as the model names it. */
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
