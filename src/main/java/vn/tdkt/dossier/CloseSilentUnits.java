package vn.tdkt.dossier;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * sub-process "Ban TĐKT không xét đơn vị chưa nộp hồ sơ" records its status).
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
      // Asked again for the units still silent: the last choice and reason are not preselected.
      inPhase.removeVariables(List.of(CLOSED, REASON));
      inPhase.setVariableLocal(CHOICES, JsonVariables.json(SilentUnits.of(inPhase).stream()
          .map(silent -> new FormChoice(silent.unit().name() + " — đang chờ: " + silent.waitingAt().getName(),
              silent.unit().code())).toList()));
      return;
    }
    List<String> chosen = JsonVariables.readList(task, CLOSED, String.class);
    Map<String, SilentUnits.Silent> silent = SilentUnits.of(inPhase).stream()
        .collect(Collectors.toMap(s -> s.unit().code(), Function.identity()));
    Map<String, String> names = PlanUnits.units(inPhase).stream().collect(Collectors.toMap(Unit::code, Unit::name));
    InvalidInputException.Problems problems = new InvalidInputException.Problems()
        .addIf(chosen.isEmpty(), "Chưa chọn đơn vị nào để không xét. Nếu còn chờ các đơn vị nộp hồ sơ, hãy để việc này mở:"
            + " việc tự đóng khi mọi đơn vị đã xong.")
        .requireText(task, REASON, "Chưa nhập lý do không xét các đơn vị đã chọn.");
    chosen.stream().filter(code -> !silent.containsKey(code)).forEach(code -> problems.add("Đơn vị "
        + names.getOrDefault(code, code) + " không còn chờ nộp hồ sơ (đơn vị đã làm tiếp, hoặc phần việc của đơn vị đã"
        + " kết thúc); bỏ chọn đơn vị này."));
    problems.throwIfAny();
    String reason = task.getVariable(REASON).toString().trim();
    // As the plan's own step: the board closes lines its members may not otherwise change.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      chosen.forEach(code -> inPhase.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE)
          .processInstanceId(silent.get(code).waitingAt().getProcessInstanceId())
          .setVariable(REASON, reason).correlateWithResult());
      return null;
    });
  }
}
