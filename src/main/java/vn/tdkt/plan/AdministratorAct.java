package vn.tdkt.plan;

import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Whether the running command is an administrator's deletion or modification of process
 * instances (Cockpit, REST, Java API), at once or in a batch: what tells an administrator's
 * cancellation from a plan's own model closing what it started (a terminate end event).
 */
final class AdministratorAct {

  private AdministratorAct() {}

  static boolean deleting() {
    return command() instanceof AbstractDeleteProcessInstanceCmd || inBatch(Batch.TYPE_PROCESS_INSTANCE_DELETION);
  }

  static boolean cancelling() {
    return deleting() || command() instanceof ModifyProcessInstanceCmd || command() instanceof ProcessInstanceModificationCmd
        || inBatch(Batch.TYPE_PROCESS_INSTANCE_MODIFICATION);
  }

  private static Command<?> command() {
    return Context.getCommandInvocationContext().getCommand();
  }

  private static boolean inBatch(String type) {
    JobEntity job = Context.getCommandContext().getCurrentJob();
    return job != null && type.equals(job.getJobHandlerType());
  }
}
