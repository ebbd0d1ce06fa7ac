package vn.tdkt.plan;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Deleting the last running unit line of a phase on its own is refused. Camunda then cancels the
 * whole "Thi đua của các đơn vị" step instead of completing it: the phase would skip the proposal
 * and the decision for the units that had finished, or, in a phase with nothing beside the step,
 * the plan itself would be cancelled. A modification in Cockpit that starts the next step first is
 * the administrator's way, and is not refused.
 */
final class LastRunningLine {

  private LastRunningLine() {}

  static void refuseDeletingAlone(ExecutionEntity line, ExecutionEntity superExecution) {
    if (superExecution.getProcessInstance().isEnded() || !deletedByAdministrator() || othersRunning(superExecution)) {
      return;
    }
    throw new BadUserRequestException("Không hủy được phần việc của đơn vị " + line.getVariable("unitCode")
        + " trong kế hoạch " + line.getVariable("planNumber") + ": đây là phần việc cuối cùng còn chạy của bước «Thi đua"
        + " của các đơn vị» (unitDrives). Hủy riêng nó thì Camunda đóng luôn bước đó, và đợt bỏ qua việc tổng hợp,"
        + " trình và quyết định khen thưởng cho các đơn vị đã xong. Để đợt đi tiếp: trong Cockpit, sửa đổi (Modify) kế"
        + " hoạch, trước hết «bắt đầu trước» bước «Tổng hợp danh sách đề nghị» (consolidateProposal), sau đó hủy phần"
        + " việc này. Hoặc hủy cả kế hoạch.");
  }

  /** A deletion of process instances, at once or in a batch; not a modification, which says where to go on. */
  private static boolean deletedByAdministrator() {
    CommandContext command = Context.getCommandContext();
    return Context.getCommandInvocationContext().getCommand() instanceof AbstractDeleteProcessInstanceCmd
        || command.getCurrentJob() != null
        && Batch.TYPE_PROCESS_INSTANCE_DELETION.equals(command.getCurrentJob().getJobHandlerType());
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
