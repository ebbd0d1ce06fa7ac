package vn.tdkt.plan;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.ModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the running command is an administrator's deletion or modification of process
 * instances (Cockpit, REST, Java API), at once or in a batch: what tells an administrator's
 * cancellation from a plan's own model closing what it started (a terminate end event).
 */
final class AdministratorAct {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorAct.class);

  private AdministratorAct() {}

  static boolean deleting() {
    return command() instanceof AbstractDeleteProcessInstanceCmd || inBatch(Batch.TYPE_PROCESS_INSTANCE_DELETION);
  }

  static boolean cancelling() {
    return deleting() || command() instanceof ModifyProcessInstanceCmd || command() instanceof ProcessInstanceModificationCmd
        || inBatch(Batch.TYPE_PROCESS_INSTANCE_MODIFICATION);
  }

  /**
   * Why the administrator cancelled: a deletion's reason; for a modification, its annotation (REST
   * {@code "annotation"}), which Camunda keeps only in the command's builder, cancelling with its
   * own English words instead («Cancellation due to process instance modifcation»). Null when none
   * was given, and for an asynchronous modification, whose batch does not carry its annotation.
   */
  static String reason(String deleteReason) {
    Command<?> command = command();
    Class<?> holder = command instanceof ModifyProcessInstanceCmd ? ModifyProcessInstanceCmd.class
        : command instanceof ProcessInstanceModificationCmd ? AbstractModificationCmd.class : null;
    if (holder == null) {
      return deleteReason;
    }
    try {
      Field builder = holder.getDeclaredField("builder");
      builder.setAccessible(true);
      return builder.get(command) instanceof ProcessInstanceModificationBuilderImpl single ? single.getAnnotation()
          : ((ModificationBuilderImpl) builder.get(command)).getAnnotation();
    } catch (ReflectiveOperationException e) {
      // The unit is still told, without the reason; the administrator's cancellation must not fail for it.
      LOG.warn("Camunda's modification command no longer holds its builder; the notice goes without the reason", e);
      return null;
    }
  }

  private static Command<?> command() {
    return Context.getCommandInvocationContext().getCommand();
  }

  private static boolean inBatch(String type) {
    JobEntity job = Context.getCommandContext().getCurrentJob();
    return job != null && type.equals(job.getJobHandlerType());
  }
}
