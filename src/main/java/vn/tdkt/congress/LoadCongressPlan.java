package vn.tdkt.congress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.VietnameseBusinessCalendar;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.LateLaunch;
import vn.tdkt.common.LaunchVariables;
import vn.tdkt.common.PlanNumberClaims;
import vn.tdkt.common.PlanNumbers;
import vn.tdkt.common.TextVariables;
import vn.tdkt.congress.CongressPlanData.Format;
import vn.tdkt.congress.CongressPlanData.Level;
import vn.tdkt.congress.CongressPlanData.PlanUnit;
import vn.tdkt.decision.AwardRegister;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Nạp và kiểm tra kế hoạch Đại hội": reads the chosen plan data, refuses a launch that could not
 * run (every problem listed, in the transaction that starts the plan, so nothing is left behind)
 * and gives the plan its number as business key and its data as the variable {@code congressPlan}.
 */
@Component("loadCongressPlan")
public class LoadCongressPlan implements JavaDelegate {

  private final CongressPlans plans;
  private final UnitRegistry units;
  private final PlanNumberClaims numberClaims;
  private final VietnameseBusinessCalendar calendar;

  public LoadCongressPlan(CongressPlans plans, UnitRegistry units, PlanNumberClaims numberClaims,
      VietnameseBusinessCalendar calendar) {
    this.plans = plans;
    this.units = units;
    this.numberClaims = numberClaims;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LaunchVariables.refuseOthers(execution, "Kế hoạch Đại hội", Set.of("planDataId", "planNumber",
        ImplementationPlanMapping.DEADLINE, LateLaunch.CONFIRMED));
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    String dataId = text(execution.getVariable("planDataId"));
    String planNumber = text(execution.getVariable("planNumber"));
    problems.addIf(planNumber == null, "Chưa nhập số kế hoạch.").addFound(PlanNumbers.problem(execution.getVariable("planNumber")));
    if (planNumber != null) {
      numberClaims.takenBy(planNumber, execution.getProcessInstanceId()).ifPresent(other ->
          problems.add(PlanNumbers.taken(planNumber, other) + PlanNumbers.sameNumberOfAnotherYear(planNumber)));
    }
    CongressPlanData plan = dataId == null ? null : plans.find(dataId).orElse(null);
    if (dataId == null) {
      problems.add("Chưa chọn dữ liệu kế hoạch Đại hội.");
    } else if (plan == null) {
      problems.add("Không có dữ liệu kế hoạch Đại hội mã " + dataId + " trong thư mục processes/plans." + plans.unreadableNote());
    } else {
      List<String> mistakes = problems(plan);
      mistakes.forEach(problems::add);
      problems.addIf(!mistakes.isEmpty(), "Dữ liệu kế hoạch do quản trị hệ thống quản lý (thư mục processes/plans):"
          + " xin báo quản trị sửa tệp.");
    }
    Object launchDeadline = execution.getVariable(ImplementationPlanMapping.DEADLINE);
    LocalDate askedAtLaunch = Deadlines.parseOrNull(launchDeadline);
    problems.addIf(!Decisions.isBlank(launchDeadline) && askedAtLaunch == null,
        () -> "Hạn gửi kế hoạch triển khai: " + Deadlines.unusable(launchDeadline, null));
    LocalDate issued = plan == null ? null : Deadlines.parseOrNull(plan.issuedOn());
    problems.addIf(askedAtLaunch != null && issued != null && askedAtLaunch.isBefore(issued),
        () -> "Hạn gửi kế hoạch triển khai (" + Deadlines.display(askedAtLaunch) + ") trước ngày ban hành kế hoạch ("
            + Deadlines.display(issued) + ").");
    problems.throwIfAny();
    // The seed names no day (III.4): the board sets it at launch; a plan's data may state one.
    LocalDate asked = askedAtLaunch != null ? askedAtLaunch : Deadlines.parseOrNull(plan.implementationPlanDeadline());
    LocalDate implementationPlans = asked == null ? null : calendar.deadlineFor(asked);
    List<String> past = new ArrayList<>();
    List<String> consequences = new ArrayList<>();
    if (implementationPlans != null && Deadlines.hasPassed(implementationPlans)) {
      past.add("Kế hoạch triển khai của đơn vị hạn đến hết ngày " + Deadlines.display(implementationPlans));
      consequences.add("việc gửi kế hoạch triển khai của các đơn vị ngay dưới cấp tỉnh bị tính quá hạn ngay, Thủ trưởng"
          + " đơn vị được báo");
    }
    List<String> lateLevels = plan.levels().stream().filter(level -> Deadlines.hasPassed(level.lastDay(calendar)))
        .map(level -> level.name() + " hạn đến hết ngày " + Deadlines.display(level.lastDay(calendar))).toList();
    if (!lateLevels.isEmpty()) {
      past.addAll(lateLevels);
      consequences.add("đơn vị chưa ghi kết quả Đại hội của các cấp đó bị tính quá hạn ngay, đơn vị cấp trên (với đơn vị"
          + " ngay dưới cấp tỉnh: Ban Thi đua - Khen thưởng; với Đại hội cấp tỉnh: Chủ tịch UBND tỉnh) được hỏi tiếp tục"
          + " chờ hay kết thúc vì không tổ chức");
    }
    LateLaunch.refuseUnconfirmed(execution.getVariable(LateLaunch.CONFIRMED), past, String.join("; ", consequences),
        "Phát động cả các cấp đã quá hạn", "phát động");

    execution.setProcessBusinessKey(planNumber);
    execution.setVariable("planNumber", planNumber);
    execution.setVariable("planTitle", plan.title());
    execution.setVariable(CongressPlans.VARIABLE, JsonVariables.json(plan));
    execution.setVariable(ImplementationPlanMapping.DEADLINE, implementationPlans == null ? null : implementationPlans.toString());
  }

  /** What makes the plan data unusable, in Vietnamese; empty when it can run. */
  List<String> problems(CongressPlanData plan) {
    List<String> problems = new ArrayList<>();
    String name = "Dữ liệu kế hoạch " + plan.id() + ": ";
    if (!Integer.valueOf(CongressPlanData.FORMAT_VERSION).equals(plan.formatVersion())) {
      problems.add(name + "phiên bản định dạng " + plan.formatVersion() + " không được hỗ trợ (chỉ đọc phiên bản "
          + CongressPlanData.FORMAT_VERSION + ").");
    }
    if (text(plan.title()) == null) {
      problems.add(name + "thiếu tên kế hoạch (title).");
    }
    if (text(plan.issuingAuthority()) == null) {
      problems.add(name + "thiếu cơ quan ban hành (issuingAuthority).");
    }
    // The award register keeps the title, and the issuing authority as the provincial congress's unit.
    Stream.of(TextVariables.longerThan(name + "tên kế hoạch (title)", plan.title(), AwardRegister.TITLE_LENGTH),
        TextVariables.longerThan(name + "cơ quan ban hành (issuingAuthority)", plan.issuingAuthority(),
            AwardRegister.NAME_LENGTH)).filter(Objects::nonNull).forEach(problems::add);
    if (text(plan.issuedOn()) != null && Deadlines.parseOrNull(plan.issuedOn()) == null) {
      // Unread, it would switch off the checks against the plan's issue day.
      problems.add(name + "ngày ban hành (issuedOn) sai, cần dạng YYYY-MM-DD.");
    }
    if (text(plan.delegatesGoTo()) == null) {
      problems.add(name + "thiếu nơi Đại hội cấp tỉnh cử đại biểu đi dự (delegatesGoTo).");
    }
    if (plan.implementationPlanDeadline() != null) {
      LocalDate due = Deadlines.parseOrNull(plan.implementationPlanDeadline());
      LocalDate issued = Deadlines.parseOrNull(plan.issuedOn());
      if (due == null) {
        problems.add(name + "hạn gửi kế hoạch triển khai (implementationPlanDeadline) sai, cần dạng YYYY-MM-DD.");
      } else if (issued != null && due.isBefore(issued)) {
        problems.add(name + "hạn gửi kế hoạch triển khai (" + Deadlines.display(due) + ") trước ngày ban hành kế hoạch ("
            + Deadlines.display(issued) + ").");
      }
    }
    Set<String> formatCodes = new HashSet<>();
    for (int i = 0; i < plan.formats().size(); i++) {
      Format format = plan.formats().get(i);
      if (text(format.code()) == null || text(format.name()) == null || !formatCodes.add(format.code())) {
        problems.add(name + "hình thức tổ chức thứ " + (i + 1) + " thiếu mã (code) hoặc tên (name), hoặc trùng mã.");
      }
    }
    if (plan.levels().size() < 2) {
      problems.add(name + "cần ít nhất hai cấp (levels), cấp cuối là Đại hội của tỉnh.");
      return problems;
    }
    if (plan.programme().isEmpty()) {
      problems.add(name + "chưa có nội dung chương trình Đại hội (programme).");
    }
    Set<String> itemIds = new HashSet<>();
    plan.programme().stream().filter(item -> text(item.id()) == null || text(item.text()) == null
            || !itemIds.add(item.id()))
        .forEach(item -> problems.add(name + "nội dung chương trình " + item.id() + " thiếu mã (id), lời văn (text) "
            + "hoặc trùng mã."));
    Set<String> levelCodes = new HashSet<>();
    plan.levels().stream().filter(level -> text(level.code()) == null || text(level.name()) == null
            || !levelCodes.add(level.code()))
        .forEach(level -> problems.add(name + "cấp " + level.code() + " thiếu mã (code), tên (name) hoặc trùng mã."));
    LocalDate previousDeadline = null;
    for (Level level : plan.levels()) {
      String where = name + level.name() + ": ";
      LocalDate from = Deadlines.parseOrNull(level.from());
      LocalDate deadline = Deadlines.parseOrNull(level.deadline());
      if (from == null || deadline == null) {
        problems.add(where + "thiếu hoặc sai ngày bắt đầu (from) hoặc hạn hoàn thành (deadline), cần dạng YYYY-MM-DD.");
      } else if (deadline.isBefore(from)) {
        problems.add(where + "hạn hoàn thành phải từ ngày bắt đầu trở đi.");
      }
      if (deadline != null && previousDeadline != null && deadline.isBefore(previousDeadline)) {
        problems.add(where + "hạn hoàn thành không được trước hạn của cấp dưới.");
      }
      previousDeadline = deadline == null ? previousDeadline : deadline;
      if (level.formats() == null || level.formats().isEmpty()) {
        problems.add(where + "chưa có hình thức tổ chức (formats).");
      } else {
        level.formats().stream().filter(f -> plan.format(f).isEmpty())
            .forEach(f -> problems.add(where + "hình thức tổ chức " + f + " không có trong formats."));
      }
    }
    Set<String> seen = new HashSet<>();
    for (PlanUnit unit : plan.units()) {
      if (!seen.add(unit.code())) {
        problems.add(name + "đơn vị " + unit.code() + " có hai lần.");
      }
      unitProblem(plan, unit).ifPresent(problem -> problems.add(name + problem));
    }
    if (plan.members(null).isEmpty()) {
      problems.add(name + "chưa có đơn vị tham gia (units).");
    }
    return problems;
  }

  private Optional<String> unitProblem(CongressPlanData plan, PlanUnit planUnit) {
    Unit unit = units.find(planUnit.code()).orElse(null);
    if (unit == null) {
      return Optional.of("không có đơn vị mã " + planUnit.code() + " trong danh mục đơn vị.");
    }
    if (!unit.isValidOn(Deadlines.today())) {
      return Optional.of("đơn vị " + unit.name() + " không còn hoạt động.");
    }
    Level level = plan.level(planUnit.level()).orElse(null);
    if (level == null || level == plan.top()) {
      return Optional.of("đơn vị " + unit.name() + " có cấp " + planUnit.level()
          + " không phải một cấp dưới cấp tỉnh của kế hoạch.");
    }
    Level above = plan.above(level.code()).orElseThrow();
    boolean hasParent = text(planUnit.parent()) != null;
    if (above == plan.top()) {
      return hasParent ? Optional.of("đơn vị " + unit.name() + " thuộc " + level.name()
          + " gửi đại biểu thẳng lên cấp tỉnh, không có đơn vị cấp trên (parent).") : Optional.empty();
    }
    PlanUnit parent = hasParent ? plan.unit(planUnit.parent()).orElse(null) : null;
    if (parent == null || !above.code().equals(parent.level())) {
      return Optional.of("đơn vị " + unit.name() + " thuộc " + level.name() + " cần đơn vị cấp trên (parent) là một đơn vị "
          + above.name() + " của kế hoạch.");
    }
    return Optional.empty();
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
