package vn.tdkt.dossier;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.tdkt.common.FormChoice;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.plan.PlanUnits;
import vn.tdkt.unit.Unit;

/**
 * "Xử lý đơn vị chưa nộp hồ sơ khi hết hạn": the submission deadline was not final, and these units
 * have not submitted. The board leaves the task open to wait, or chooses units not to consider, with
 * a reason: each chosen unit's line closes by the message {@code unitLineClosed} (its event
 * sub-process "Ban TĐKT không xét đơn vị chưa nộp hồ sơ" records its status and sends the unit the
 * reason, {@link NotifyUnitLineClosed}).
 */
@Component("closeSilentUnits")
public class CloseSilentUnits implements TaskListener {

  static final String CHOICES = "silentUnitChoices";
  static final String CLOSED = "closedUnits";
  static final String REASON = "closingReason";
  static final String MESSAGE = "unitLineClosed";

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution inPhase = task.getExecution();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // The form's values stay with this step (not the plan, where Camunda puts a new variable), and a
      // round asked again for the units still silent opens blank. Typed, not null: Tasklist sends each
      // value with the type of the variable it found.
      inPhase.setVariableLocal(CLOSED, JsonVariables.json(List.of()));
      inPhase.setVariableLocal(REASON, "");
      inPhase.setVariableLocal(CHOICES, JsonVariables.json(SilentUnits.of(inPhase).stream()
          .map(silent -> new FormChoice(silent.label(), silent.unit().code())).toList()));
      return;
    }
    List<String> chosen = JsonVariables.readList(task, CLOSED, String.class).stream().distinct().toList();
    Map<String, SilentUnits.Silent> silent = SilentUnits.of(inPhase).stream()
        .collect(Collectors.toMap(s -> s.unit().code(), Function.identity()));
    Map<String, String> names = PlanUnits.units(inPhase).stream().collect(Collectors.toMap(Unit::code, Unit::name));
    InvalidInputException.Problems problems = new InvalidInputException.Problems()
        .addIf(chosen.isEmpty(), "Chưa chọn đơn vị nào để không xét. Nếu còn chờ các đơn vị nộp hồ sơ, hãy để việc này mở:"
            + " việc tự đóng khi mọi đơn vị đã xong.")
        .requireText(task, REASON, "Chưa nhập lý do không xét các đơn vị đã chọn.");
    for (String code : chosen) {
      String unit = "Đơn vị " + names.getOrDefault(code, code);
      problems.addIf(!silent.containsKey(code), unit + " không còn chờ nộp hồ sơ (đơn vị đã nộp, hoặc phần việc của đơn vị"
          + " đã kết thúc hay bị tạm dừng); bỏ chọn đơn vị này.")
          .addIf(silent.containsKey(code) && silent.get(code).lineId() == null, unit + " chưa bắt đầu phần việc (đang chờ"
              + " tác vụ nền khởi động, hoặc có sự cố quản trị hệ thống cần xử lý trong Cockpit); chưa đóng được, bỏ chọn"
              + " đơn vị này.");
    }
    problems.throwIfAny();
    String reason = task.getVariable(REASON).toString().trim();
    // As the plan's own step: the board closes lines its members may not otherwise change.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      chosen.forEach(code -> close(inPhase, silent.get(code).lineId(), names.getOrDefault(code, code), reason));
      return null;
    });
  }

  private static void close(DelegateExecution inPhase, String lineId, String unitName, String reason) {
    try {
      inPhase.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE).processInstanceId(lineId)
          .setVariable(REASON, reason).correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      // A line started from a version of unitDrive without "unitLineClosing" (an older or edited model).
      throw new InvalidInputException(List.of("Không đóng được phần việc của đơn vị " + unitName + ": phần việc chạy theo"
          + " một phiên bản quy trình «Thi đua của đơn vị» không có bước Ban TĐKT không xét đơn vị. Bỏ chọn đơn vị này;"
          + " quản trị hệ thống có thể hủy phần việc của đơn vị (hướng dẫn, mục 9.6)."));
    }
  }
}
