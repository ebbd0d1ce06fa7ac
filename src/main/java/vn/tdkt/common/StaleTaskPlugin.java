package vn.tdkt.common;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;

/**
 * An official acts on a task list that is out of date: the task was completed meanwhile (by a
 * colleague, or in another browser tab), closed by its deadline, or claimed by a colleague. The
 * engine answers in English and in its own terms ("Cannot find task with id …: task is null",
 * "Task '…' is already claimed by someone else."); the official reads in Vietnamese what happened,
 * when and by whom, and that nothing of their action was saved. The exception types stay
 * Camunda's, so Java and REST callers still recognize them.
 */
@Component
public class StaleTaskPlugin extends AbstractProcessEnginePlugin {

  static final String RELOAD = " Thao tác vừa rồi không được lưu; vui lòng tải lại danh sách công việc.";
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

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
      if (claimed != null) {
        String message = read(context -> claimedMessage(context, taskId, claimed.getTaskAssignee()));
        return new TaskAlreadyClaimedException(claimed, message);
      }
      NullValueException missing = CommandInterceptors.causeOf(failure, NullValueException.class);
      if (missing != null && String.valueOf(missing.getMessage()).startsWith("Cannot find task with id")) {
        return new NullValueException(read(context -> closedMessage(context, taskId)), missing);
      }
      return failure;
    }

    private static String taskIdOf(Command<?> command) {
      if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd || command instanceof ClaimTaskCmd) {
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
    return "Công việc \"" + (task == null ? taskId : task.getName()) + "\" đã được " + person(context, assignee)
        + " nhận xử lý trước nên bạn không nhận được nữa." + RELOAD;
  }

  private static String closedMessage(CommandContext context, String taskId) {
    HistoricTaskInstance closed = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
    if (closed == null || closed.getEndTime() == null) {
      return "Không có công việc nào mang mã " + taskId + "." + RELOAD;
    }
    String what = "Công việc \"" + closed.getName() + "\" ";
    String when = moment(closed.getEndTime());
    if ("completed".equals(closed.getDeleteReason())) {
      return what + "đã được hoàn thành lúc " + when
          + (closed.getAssignee() == null ? "" : " bởi " + person(context, closed.getAssignee())) + "." + RELOAD;
    }
    return what + "đã đóng lúc " + when + " (hết hạn, hoặc kế hoạch đã thay đổi) nên không còn thực hiện được." + RELOAD;
  }

  private static String person(CommandContext context, String userId) {
    User user = context.getReadOnlyIdentityProvider().findUserById(userId);
    String name = user == null ? "" : (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
    return name.isEmpty() ? userId : name + " (" + userId + ")";
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String moment(Date date) {
    return MOMENT.format(date.toInstant().atZone(Deadlines.VIETNAM));
  }

  /**
   * Camunda's exception with the Vietnamese explanation as its message, under Camunda's name: REST
   * reports an exception's simple name as its type.
   */
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
