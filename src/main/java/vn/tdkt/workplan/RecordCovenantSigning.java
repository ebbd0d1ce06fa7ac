package vn.tdkt.workplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.TextVariables;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Ghi nhận ký kết giao ước thi đua": the cluster's or bloc's leader records the signing — its
 * day and the covenant's content — once every member has signed, or with the reason some have
 * not (a member dissolved, merged, or absent from the signing would otherwise hold the row for
 * ever); the directing unit reads who has not signed and why ({@code membersNotSigned},
 * {@code unsignedReason}) when it reviews.
 */
@Component("recordCovenantSigning")
public class RecordCovenantSigning implements TaskListener {

  /** The members the leader recorded without their signature, kept current as they sign ({@link AddCovenantSignature}). */
  static final String MEMBERS_NOT_SIGNED = "membersNotSigned";

  private final WorkItemUnits workItemUnits;
  private final UnitRegistry units;

  public RecordCovenantSigning(WorkItemUnits workItemUnits, UnitRegistry units) {
    this.workItemUnits = workItemUnits;
    this.units = units;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      // A result returned is recorded afresh: last round's reason must not excuse this round's missing members.
      task.getExecution().removeVariable("unsignedReason");
      return;
    }
    Set<String> signed = SignCovenant.signatures(task).stream().map(SignCovenant.CovenantSignature::unitCode)
        .collect(Collectors.toSet());
    // A member who confirmed but whose signature waits for its step is told apart: the leader waits, it has signed.
    Set<String> recording = AddToRow.waitingAt(task.getExecution(), "addCovenantSignature");
    List<String> missing = workItemUnits.coordinating(task).stream().filter(code -> !signed.contains(code)).toList();
    List<String> unsigned = names(missing.stream().filter(code -> !recording.contains(code)).toList());
    List<String> pending = names(missing.stream().filter(recording::contains).toList());
    Object day = task.getVariable("covenantSignedOn");
    LocalDate signedOn = Deadlines.parseOrNull(day);
    boolean reasonGiven = !Decisions.isBlank(task.getVariable("unsignedReason"));
    new InvalidInputException.Problems()
        .addIf(!unsigned.isEmpty() && !reasonGiven, "Các đơn vị chưa ký giao ước thi đua: " + String.join("; ", unsigned)
            + ". Chờ các đơn vị này ký, hoặc ghi lý do các đơn vị chưa ký để ghi nhận giao ước của các đơn vị đã ký.")
        .addIf(!pending.isEmpty(), "Hệ thống đang ghi chữ ký giao ước của: " + String.join("; ", pending)
            + ". Vui lòng thử lại sau ít phút; nếu vẫn gặp thông báo này, xin báo quản trị hệ thống.")
        .addIf(signedOn == null, Deadlines.unusable(day, "Chưa nhập ngày ký kết giao ước thi đua."))
        .addIf(signedOn != null && signedOn.isAfter(Deadlines.today()), "Ngày ký kết giao ước không được sau hôm nay.")
        .requireText(task, "workResult", "Chưa nhập nội dung giao ước thi đua đã ký kết.")
        .throwIfAny();
    task.setVariable(MEMBERS_NOT_SIGNED, unsigned.isEmpty() ? null : TextVariables.unitNames(unsigned));
  }

  private List<String> names(List<String> codes) {
    return codes.stream().map(code -> units.current(code).name()).toList();
  }
}
