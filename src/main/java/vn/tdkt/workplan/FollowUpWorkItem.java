package vn.tdkt.workplan;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Đôn đốc nhiệm vụ quá hạn": the directing unit keeps following the overdue row up, with its
 * instruction ({@code followUpInstruction}, read by the executing unit on its task; asked again 10
 * working days later if the row is still not done), and may extend the row to a new last day
 * ({@code extendedDueDay}: a working day after today, set by "Gia hạn nhiệm vụ"; asked again when it
 * passes), or closes the row as not done, saying why
 * ({@code notDoneReason}): without that, one unit that never finishes would hold the work plan open
 * for ever. The executing unit's notice then says when, and which of the directing units closed it
 * ({@code notDoneOn}, {@code closedByUnitName}: a row may have two directing units).
 */
@Component("followUpWorkItem")
public class FollowUpWorkItem implements TaskListener {

  private static final String CLOSING_GATEWAY = "workItemClosedGateway";
  private static final String EXTENDING_STEP = "extendWorkItem";
  static final String EXTENDED_DUE_DAY = "extendedDueDay";

  private final UnitRegistry units;
  private final WorkItemUnits workItemUnits;
  private final ExtendWorkItem extending;

  public FollowUpWorkItem(UnitRegistry units, WorkItemUnits workItemUnits, ExtendWorkItem extending) {
    this.units = units;
    this.workItemUnits = workItemUnits;
    this.extending = extending;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // Asked again after waiting: the last choice and extension are not preselected.
      task.removeVariables(List.of("workItemClosed", EXTENDED_DUE_DAY));
      return;
    }
    Object extension = task.getVariable(EXTENDED_DUE_DAY);
    if (extension != null && extension.toString().isBlank()) {
      task.removeVariable(EXTENDED_DUE_DAY); // a cleared date field: no extension, the gateway tests for a value
      extension = null;
    }
    if (!(task.getVariable("workItemClosed") instanceof Boolean closed)) {
      throw new InvalidInputException(List.of("Chưa chọn tiếp tục đôn đốc hay kết thúc vì đơn vị không hoàn thành nhiệm vụ."));
    }
    if (!closed) {
      String extensionProblem = extension == null ? null : extensionProblem(task, extension);
      new InvalidInputException.Problems()
          .requireText(task, "followUpInstruction", "Chưa nhập ý kiến chỉ đạo, đôn đốc đơn vị thực hiện.")
          .addIf(extensionProblem != null, extensionProblem)
          .throwIfAny();
      if (extension != null && task.getExecution().getBpmnModelInstance().getModelElementById(EXTENDING_STEP) == null) {
        // The row's model would ignore the new day: a plain follow-up works there, the extension waits for the migration.
        throw new InvalidInputException(List.of("Nhiệm vụ này đang chạy theo phiên bản quy trình cũ, chưa có bước gia hạn."
            + " Xóa ngày gia hạn để tiếp tục đôn đốc như trước, hoặc để nguyên việc này và báo quản trị hệ thống chuyển"
            + " nhiệm vụ sang phiên bản quy trình mới, rồi gia hạn."));
      }
      return;
    }
    if (extension != null) {
      throw new InvalidInputException(List.of("Đã chọn kết thúc nhiệm vụ thì không gia hạn: xóa ngày gia hạn, hoặc chọn"
          + " tiếp tục đôn đốc."));
    }
    if (task.getExecution().getBpmnModelInstance().getModelElementById(CLOSING_GATEWAY) == null) {
      // The row runs on a model from before the closure: its follow-up would end and ignore the choice.
      // Following up on that model ends the follow-up for good, so the task waits for the migration.
      throw new InvalidInputException(List.of("Nhiệm vụ này đang chạy theo phiên bản quy trình cũ, chưa có bước kết thúc khi"
          + " đơn vị không hoàn thành. Xin để nguyên việc đôn đốc này, chưa bấm Hoàn thành, và báo quản trị hệ thống chuyển"
          + " nhiệm vụ sang phiên bản quy trình mới, rồi chọn lại."));
    }
    if (awaitsReview(task)) {
      throw new InvalidInputException(List.of("Đơn vị thực hiện đã báo cáo kết quả, đang chờ nghiệm thu: đề nghị nghiệm thu"
          + " hoặc trả lại kết quả tại việc «Nghiệm thu kết quả nhiệm vụ»; không thể kết thúc nhiệm vụ với lý do đơn vị"
          + " không hoàn thành."));
    }
    new InvalidInputException.Problems()
        .requireText(task, "notDoneReason", "Khi kết thúc phải ghi lý do nhiệm vụ không hoàn thành.")
        .throwIfAny();
    AddToRow.refuseToEndWhileRecording(task.getExecution(), units, "kết thúc nhiệm vụ");
    task.setVariable("notDoneOn", Deadlines.today().toString());
    task.setVariable("closedByUnitName", closingUnitName(task));
  }

  /** The executing unit has reported: its result waits for the directing unit's review. */
  private static boolean awaitsReview(DelegateTask task) {
    return !AddToRow.executionsAt(task.getExecution(), "reviewWorkItem").isEmpty();
  }

  /** Why the row cannot be extended to that day: a reported result is reviewed instead ({@link ExtendWorkItem#dayProblem} for the rest). */
  private String extensionProblem(DelegateTask task, Object extension) {
    LocalDate day = Deadlines.parseOrNull(extension);
    if (day != null && day.isAfter(Deadlines.today()) && awaitsReview(task)) {
      return "Đơn vị thực hiện đã báo cáo kết quả, đang chờ nghiệm thu: không cần gia hạn. Xóa ngày gia hạn, rồi nghiệm thu"
          + " hoặc trả lại kết quả tại việc «Nghiệm thu kết quả nhiệm vụ».";
    }
    return extending.dayProblem(task, extension, "Ngày gia hạn");
  }

  /**
   * The reviewing unit (a directing unit, or the issuing body in place of one outside the
   * installation) the official who closes the row acts for; null for someone else (an administrator).
   */
  private String closingUnitName(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return workItemUnits.reviewing(task).stream()
        .filter(unit -> groups.contains(unit.officerGroup()))
        .map(Unit::name)
        .findFirst().orElse(null);
  }
}
