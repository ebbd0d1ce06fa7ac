package vn.tdkt.common;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;

/**
 * An official acts on a task list that is out of date: the task was completed meanwhile (by a
 * colleague, or in another browser tab) or closed by its deadline, or a colleague claimed it. The
 * engine answers in English and in its own terms ("Cannot find task with id …: task is null",
 * "Task '…' is already claimed by someone else."); the official reads in Vietnamese what happened,
 * when and by whom, and that nothing of their action was saved — about a task that was theirs to
 * see. The exception types stay Camunda's, so Java and REST callers still recognize them.
 */
@Component
public class StaleTaskPlugin extends AbstractProcessEnginePlugin {

  static final String RELOAD = " Thao tác vừa rồi không được lưu; vui lòng tải lại danh sách công việc.";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.beforeTransaction(configuration, new Explain(configuration));
  }

  static final class Explain extends CommandInterceptors.FailureTranslator {
    private final ProcessEngineConfigurationImpl configuration;

    Explain(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    RuntimeException translate(Command<?> command, RuntimeException failure) {
      String taskId = taskIdOf(command);
      if (taskId == null) {
        return failure;
      }
      org.camunda.bpm.engine.TaskAlreadyClaimedException claimed =
          CommandInterceptors.causeOf(failure, org.camunda.bpm.engine.TaskAlreadyClaimedException.class);
      org.camunda.bpm.engine.exception.NullValueException missing =
          CommandInterceptors.causeOf(failure, org.camunda.bpm.engine.exception.NullValueException.class);
      try {
        if (claimed != null) {
          String message = read(context -> claimedMessage(context, taskId, claimed.getTaskAssignee()));
          return new TaskAlreadyClaimedException(claimed, message);
        }
        if (missing != null && String.valueOf(missing.getMessage()).startsWith("Cannot find task with id")) {
          return new NullValueException(read(context -> closedMessage(context, taskId)), missing);
        }
      } catch (RuntimeException unexplained) {
        // The engine's own refusal matters more than its explanation.
        failure.addSuppressed(unexplained);
      }
      return failure;
    }

    private static String taskIdOf(Command<?> command) {
      if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd || command instanceof ClaimTaskCmd
          || command instanceof AssignTaskCmd || command instanceof AddCommentCmd) {
        return CommandFields.read(command, "taskId");
      }
      return null;
    }

    /** Read as the engine: the official may see neither the closed task's history nor the colleague's name. */
    private String read(Command<String> reading) {
      CommandExecutor executor = configuration.getCommandExecutorTxRequired();
      return executor.execute(context -> context.runWithoutAuthorization(() -> reading.execute(context)));
    }
  }

  private static String claimedMessage(CommandContext context, String taskId, String assignee) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    return "Công việc \"" + (task == null ? taskId : task.getName()) + "\" đã được " + People.nameAndId(context, assignee)
        + " nhận xử lý trước nên bạn không nhận được nữa." + RELOAD;
  }

  private static String closedMessage(CommandContext context, String taskId) {
    HistoricTaskInstance closed = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
    if (closed == null || closed.getEndTime() == null || !wasOffered(context, taskId)) {
      return "Không có công việc nào mang mã " + taskId + "." + RELOAD;
    }
    String what = "Công việc \"" + closed.getName() + "\" ";
    String when = moment(closed.getEndTime());
    if ("completed".equals(closed.getDeleteReason())) {
      String by = completedBy(context, taskId, closed.getAssignee());
      return what + "đã được hoàn thành lúc " + when + (by == null ? "" : " bởi " + People.nameAndId(context, by)) + "." + RELOAD;
    }
    return what + "đã đóng lúc " + when + " (hết hạn, hoặc kế hoạch đã thay đổi) nên không còn thực hiện được." + RELOAD;
  }

  /**
   * Whether the caller had the task (offered to one of their groups, or to them): only they learn
   * what became of it. Administrators and the engine's own callers do too.
   */
  private static boolean wasOffered(CommandContext context, String taskId) {
    Authentication caller = context.getAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return true;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return groups.contains(Groups.CAMUNDA_ADMIN) || history(context).createHistoricIdentityLinkLogQuery().taskId(taskId)
        .list().stream().anyMatch(link -> caller.getUserId().equals(link.getUserId())
            || link.getGroupId() != null && groups.contains(link.getGroupId()));
  }

  /** Who completed it, as the operation log recorded; else its last assignee; null when neither is known. */
  private static String completedBy(CommandContext context, String taskId, String assignee) {
    return history(context).createUserOperationLogQuery().taskId(taskId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst().orElse(assignee);
  }

  private static HistoryService history(CommandContext context) {
    return context.getProcessEngineConfiguration().getHistoryService();
  }

  /** Vietnamese time, and the day as the project writes days. */
  private static String moment(Date date) {
    ZonedDateTime at = date.toInstant().atZone(Deadlines.VIETNAM);
    return TIME.format(at) + " ngày " + Deadlines.display(at.toLocalDate());
  }

  /**
   * Camunda's exceptions with the Vietnamese explanation as their message, under Camunda's names:
   * REST reports an exception's simple name as its type.
   */
  static final class NullValueException extends org.camunda.bpm.engine.exception.NullValueException {
    NullValueException(String explanation, org.camunda.bpm.engine.exception.NullValueException missing) {
      super(explanation, missing);
    }
  }

  static final class TaskAlreadyClaimedException extends org.camunda.bpm.engine.TaskAlreadyClaimedException {
    private final String message;

    TaskAlreadyClaimedException(org.camunda.bpm.engine.TaskAlreadyClaimedException claimed, String message) {
      super(claimed.getTaskId(), claimed.getTaskAssignee());
      this.message = message;
      initCause(claimed);
    }

    @Override
    public String getMessage() {
      return message;
    }
  }
}
