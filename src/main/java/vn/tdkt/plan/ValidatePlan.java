package vn.tdkt.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.VietnameseBusinessCalendar;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Kiểm tra kế hoạch": refuses a plan an official could not carry out, listing every problem.
 * It runs in the transaction that starts (or revises) the plan, so a refused plan leaves nothing.
 */
@Component("validatePlan")
public class ValidatePlan implements JavaDelegate {

  /** Plan variable → key of the rule table it pins. */
  private static final Map<String, String> RULES = Map.of(
      "quotaRuleId", "nomineeQuota", "eligibilityRuleId", "nomineeEligibility");

  private final UnitRegistry units;
  private final HistoryService history;
  private final RepositoryService repository;
  private final VietnameseBusinessCalendar calendar;
  private final int defaultAppraisalWorkingDays;

  public ValidatePlan(UnitRegistry units, HistoryService history, RepositoryService repository,
      VietnameseBusinessCalendar calendar, @Value("${tdkt.appraisal-working-days:25}") int defaultAppraisalWorkingDays) {
    this.units = units;
    this.history = history;
    this.repository = repository;
    this.calendar = calendar;
    this.defaultAppraisalWorkingDays = defaultAppraisalWorkingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    String planNumber = text(execution, "planNumber");
    problems.addIf(planNumber == null, "Chưa nhập số kế hoạch.")
        .addIf(text(execution, "planTitle") == null, "Chưa nhập tên kế hoạch.")
        .addIf(text(execution, "issuingAuthority") == null, "Chưa nhập cơ quan ban hành.")
        .addIf(text(execution, "awardName") == null, "Chưa nhập hình thức khen thưởng.");
    if (planNumber != null && numberTakenByAnotherPlan(planNumber, execution.getProcessInstanceId())) {
      problems.add("Số kế hoạch " + planNumber + " đã được dùng cho một kế hoạch khác.");
    }

    LocalDate periodStart = date(execution, "periodStart", "ngày bắt đầu thi đua", problems);
    LocalDate periodEnd = date(execution, "periodEnd", "ngày kết thúc thi đua", problems);
    LocalDate registration = date(execution, "registrationDeadline", "hạn đăng ký thi đua", problems);
    LocalDate report = date(execution, "reportDeadline", "hạn báo cáo kết quả", problems);
    LocalDate opens = date(execution, "submissionOpens", "ngày mở nhận hồ sơ", problems);
    LocalDate closes = date(execution, "submissionCloses", "ngày hết hạn nhận hồ sơ", problems);
    if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
      problems.add("Ngày kết thúc thi đua phải sau ngày bắt đầu.");
    }
    if (registration != null && periodEnd != null && registration.isAfter(periodEnd)) {
      problems.add("Hạn đăng ký thi đua phải trước khi kết thúc thời gian thi đua.");
    }
    if (opens != null && closes != null && closes.isBefore(opens)) {
      problems.add("Ngày hết hạn nhận hồ sơ phải từ ngày mở nhận hồ sơ trở đi.");
    }
    if (report != null && closes != null && report.isAfter(closes)) {
      problems.add("Hạn báo cáo kết quả phải trước khi hết hạn nhận hồ sơ.");
    }

    Object appraisalDays = execution.getVariable("appraisalWorkingDays");
    problems.addIf(appraisalDays != null && !(appraisalDays instanceof Number n && n.doubleValue() == n.longValue()
        && n.longValue() >= 1 && n.longValue() <= 365), "Thời hạn thẩm định phải là số ngày làm việc từ 1 đến 365.");
    checkQuota(execution, "quotaStandard", "đơn vị loại thường", problems);
    checkQuota(execution, "quotaMajor", "đơn vị có chỉ tiêu 02", problems);

    List<Unit> planUnits = participatingUnits(execution, problems);
    problems.throwIfAny();

    execution.setProcessBusinessKey(planNumber);
    execution.setVariable("planUnits", JsonVariables.json(planUnits));
    if (appraisalDays == null) {
      execution.setVariable("appraisalWorkingDays", defaultAppraisalWorkingDays);
    }
    execution.setVariable("planWarnings", daysOffWarnings(registration, report, closes));
    pinRules(execution);
  }

  /**
   * A plan keeps the rule tables in force when it was launched: an administrator's new version
   * applies to plans launched after it, not to units already selecting under the old one.
   */
  private void pinRules(DelegateExecution execution) {
    RULES.forEach((variable, key) -> execution.setVariable(variable, repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(key).latestVersion().singleResult().getId()));
  }

  /** A fixed deadline on a day off is allowed (it is the plan's wording) but the board is warned. */
  private String daysOffWarnings(LocalDate registration, LocalDate report, LocalDate closes) {
    List<String> warnings = new ArrayList<>();
    warnIfDayOff(registration, "Hạn đăng ký thi đua", warnings);
    warnIfDayOff(report, "Hạn báo cáo kết quả", warnings);
    warnIfDayOff(closes, "Ngày hết hạn nhận hồ sơ", warnings);
    return String.join(" ", warnings);
  }

  private void warnIfDayOff(LocalDate day, String label, List<String> warnings) {
    if (!calendar.isWorkingDay(day)) {
      warnings.add("Lưu ý: " + label + " (" + Deadlines.display(day) + ") là ngày nghỉ; hạn vẫn tính đến hết ngày này.");
    }
  }

  private boolean numberTakenByAnotherPlan(String planNumber, String processInstanceId) {
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("emulationPlan")
        .processInstanceBusinessKey(planNumber)
        .listPage(0, 2).stream()
        .anyMatch(p -> !p.getId().equals(processInstanceId));
  }

  private List<Unit> participatingUnits(DelegateExecution execution, InvalidInputException.Problems problems) {
    List<String> codes = JsonVariables.readList(execution, "participatingUnits", String.class);
    if (codes.isEmpty()) {
      problems.add("Chưa chọn đơn vị tham gia.");
      return List.of();
    }
    List<Unit> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String code : codes) {
      if (!seen.add(code)) {
        problems.add("Đơn vị " + code + " được chọn hai lần.");
        continue;
      }
      Unit unit = units.find(code).orElse(null);
      if (unit == null) {
        problems.add("Không có đơn vị mã " + code + " trong danh mục đơn vị.");
      } else if (!unit.isValidOn(Deadlines.today())) {
        problems.add("Đơn vị " + unit.name() + " không còn hoạt động" + (unit.successor() == null ? "."
            : "; công việc của đơn vị do đơn vị mã " + unit.successor() + " tiếp nhận."));
      } else {
        found.add(unit);
      }
    }
    return found;
  }

  /** A plan's quota is optional: left empty, the DMN table nomineeQuota gives the category's default. */
  private static void checkQuota(DelegateExecution execution, String name, String label,
      InvalidInputException.Problems problems) {
    Object value = execution.getVariable(name);
    if (value == null) {
      return;
    }
    if (!(value instanceof Number number) || number.longValue() < 0 || number.doubleValue() != number.longValue()) {
      problems.add("Chỉ tiêu đề nghị cho " + label + " phải là số nguyên không âm.");
    }
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static LocalDate date(DelegateExecution execution, String name, String label,
      InvalidInputException.Problems problems) {
    Object value = execution.getVariable(name);
    LocalDate date = Deadlines.parseOrNull(value);
    if (date == null) {
      problems.add(value == null || value.toString().isBlank()
          ? "Chưa nhập " + label + "."
          : "Ngày không hợp lệ cho " + label + ": " + value + ".");
    }
    return date;
  }
}
