package vn.tdkt.workplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.LateLaunch;
import vn.tdkt.common.LaunchVariables;
import vn.tdkt.common.PlanNumberClaims;
import vn.tdkt.common.PlanNumbers;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Đọc và kiểm tra kế hoạch công tác": reads the chosen plan file ({@code workPlanId}), refuses it
 * with every problem listed, or keeps its work items for the rows' processes. It runs in the
 * transaction that starts the plan, so a refused plan leaves nothing behind.
 */
@Component("loadWorkPlan")
public class LoadWorkPlan implements JavaDelegate {

  private final WorkPlanFiles files;
  private final WorkPlanRows rows;
  private final UnitRegistry units;
  private final PlanNumberClaims numberClaims;

  public LoadWorkPlan(WorkPlanFiles files, WorkPlanRows rows, UnitRegistry units, PlanNumberClaims numberClaims) {
    this.files = files;
    this.rows = rows;
    this.units = units;
    this.numberClaims = numberClaims;
  }

  /** Rows whose quarter has ended would be overdue at once, each followed up by its directing unit ({@link LateLaunch}). */
  private static void refuseUnconfirmedPastRows(List<WorkItem> items, Object confirmed) {
    Map<LocalDate, Long> pastByDueDay = items.stream().map(item -> LocalDate.parse(item.dueDay()))
        .filter(Deadlines::hasPassed).collect(Collectors.groupingBy(day -> day, TreeMap::new, Collectors.counting()));
    LateLaunch.refuseUnconfirmed(confirmed, pastByDueDay.entrySet().stream()
            .map(due -> due.getValue() + " nhiệm vụ hạn đến hết ngày " + Deadlines.display(due.getKey())).toList(),
        "các nhiệm vụ này bị tính quá hạn và chuyển đơn vị chỉ đạo đôn đốc ngay", "Triển khai cả các nhiệm vụ đã quá hạn",
        "triển khai");
  }

  @Override
  public void execute(DelegateExecution execution) {
    LaunchVariables.refuseOthers(execution, "Kế hoạch công tác", Set.of("workPlanId", LateLaunch.CONFIRMED));
    Object id = execution.getVariable("workPlanId");
    if (Decisions.isBlank(id)) {
      throw new InvalidInputException(List.of("Chưa chọn kế hoạch công tác."));
    }
    WorkPlanFile plan = files.find(id.toString().trim()).orElseThrow(() -> new InvalidInputException(List.of(
        "Không có kế hoạch công tác mã " + id + ". Xin báo quản trị hệ thống kiểm tra tệp kế hoạch." + files.unreadableNote())));
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    List<WorkItem> items = rows.expand(plan, problems);
    if (plan.number() != null) {
      numberClaims.takenBy(plan.number(), execution.getProcessInstanceId()).ifPresent(other -> problems.add(
          PlanNumbers.taken(plan.number(), other) + " Nếu đây là kế hoạch của năm khác trùng số, xin báo quản trị hệ"
              + " thống ghi số kèm năm trong tệp kế hoạch (ví dụ " + plan.number() + "/" + plan.year() + ")."));
    }
    problems.throwIfAny();
    refuseUnconfirmedPastRows(items, execution.getVariable(LateLaunch.CONFIRMED));

    execution.setProcessBusinessKey(plan.number());
    execution.setVariable("planNumber", plan.number());
    execution.setVariable("planTitle", plan.title());
    execution.setVariable("planYear", plan.year());
    execution.setVariable("planIssuedOn", plan.issuedOn());
    execution.setVariable("issuingBody", plan.issuingBody());
    execution.setVariable("issuingAuthority", units.current(plan.issuingBody()).name());
    execution.setVariable("workItems", JsonVariables.json(items));
  }
}
