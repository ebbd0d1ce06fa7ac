package vn.tdkt.identity;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CommentManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.EnsureUtil;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Component;
import vn.tdkt.common.CommandFields;
import vn.tdkt.common.CommandInterceptors;

/**
 * "Ý kiến" on a task, shown in Tasklist's History tab. Camunda 7 checks nobody who adds a comment
 * or an attachment, and lets whoever works a task edit or delete any of its comments. Here an
 * official comments only on work that is theirs to do (TASK_WORK on the open task: what Camunda asks
 * for changing a comment) and edits or deletes only their own comments, so the system's reminders
 * and others' comments stay. Attachments are refused to officials: a dossier's files travel in
 * its form, where their kind and size are checked (dossier/DossierFile), and an attachment would
 * bypass that.
 */
@Component
public class TaskCommentsPlugin extends AbstractProcessEnginePlugin {

  static final String NOT_YOUR_COMMENT =
      "Bạn chỉ sửa hoặc xóa được ý kiến do chính mình ghi; ý kiến của người khác và của hệ thống được giữ nguyên.";
  static final String ON_A_TASK = "Ý kiến được ghi trên một công việc và chỉ gắn với quy trình của chính công việc đó.";
  static final String NO_ATTACHMENTS = "Không được đính kèm tệp vào công việc: tệp của hồ sơ phải gửi kèm biểu mẫu"
      + " của công việc, nơi hệ thống kiểm tra loại và dung lượng tệp.";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.insideTransaction(configuration, new Comments());
  }

  static final class Comments extends OfficialsInterceptor {
    @Override
    <T> T execute(Command<T> command, CommandContext context, String official) {
      if (command instanceof AddCommentCmd) {
        mayComment(context, CommandFields.read(command, "taskId"), CommandFields.read(command, "processInstanceId"));
      } else if (command instanceof UpdateCommentCmd || command instanceof DeleteTaskCommentCmd
          || command instanceof DeleteProcessInstanceCommentCmd) {
        ownCommentsOnly(context, official, command);
      } else if (command instanceof CreateAttachmentCmd || command instanceof SaveAttachmentCmd
          || command instanceof DeleteAttachmentCmd) {
        throw new AuthorizationException(NO_ATTACHMENTS);
      }
      return next.execute(command);
    }

    /**
     * On an open task the official works, and on no other process instance than the task's: the
     * engine checks nothing of an instance that has ended. A comment on a process instance alone,
     * which only the Java API writes, is the engine's own (reminders, escalations).
     */
    private static void mayComment(CommandContext context, String taskId, String processInstanceId) {
      if (taskId == null) {
        throw new AuthorizationException(ON_A_TASK);
      }
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      // The engine's words for a task that is gone, which StaleTaskPlugin explains to the official.
      EnsureUtil.ensureNotNull("Cannot find task with id " + taskId, "task", task);
      context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
      if (processInstanceId != null && !processInstanceId.equals(task.getProcessInstanceId())) {
        throw new AuthorizationException(ON_A_TASK);
      }
    }

    /** The comment named, or every comment of the task or process instance when none is named. */
    private static void ownCommentsOnly(CommandContext context, String userId, Command<?> command) {
      String commentId = CommandFields.read(command, "commentId");
      if (commentId == null && command instanceof UpdateCommentCmd) {
        return; // the engine refuses an update that names no comment
      }
      String taskId = command instanceof DeleteProcessInstanceCommentCmd ? null : CommandFields.read(command, "taskId");
      String processInstanceId = command instanceof DeleteTaskCommentCmd ? null
          : CommandFields.read(command, "processInstanceId");
      CommentManager comments = context.getCommentManager();
      List<? extends Comment> concerned;
      if (taskId != null) {
        concerned = commentId == null ? comments.findCommentsByTaskId(taskId)
            : listOf(comments.findCommentByTaskIdAndCommentId(taskId, commentId));
      } else if (processInstanceId != null) {
        concerned = commentId == null ? comments.findCommentsByProcessInstanceId(processInstanceId)
            : listOf(comments.findCommentByProcessInstanceIdAndCommentId(processInstanceId, commentId));
      } else {
        concerned = List.of(); // the engine refuses a comment of nothing
      }
      if (concerned.stream().anyMatch(comment -> !userId.equals(comment.getUserId()))) {
        throw new AuthorizationException(NOT_YOUR_COMMENT);
      }
    }

    private static List<Comment> listOf(Comment comment) {
      return comment == null ? List.of() : List.of(comment);
    }
  }
}
