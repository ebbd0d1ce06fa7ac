package vn.tdkt.plan;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.VietnameseBusinessCalendar;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.PlanNumberClaims;
import vn.tdkt.common.PlanNumbers;
import vn.tdkt.common.TextVariables;
import vn.tdkt.decision.AwardRegister;
import vn.tdkt.dossier.DossierComponent;
import vn.tdkt.identity.RoleGroups;
import vn.tdkt.selection.Nominee;
import vn.tdkt.selection.QuotaTable;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Kiểm tra kế hoạch": refuses a plan an official could not carry out, listing every problem.
 * It runs in the transaction that starts (or revises) the plan, so a refused plan leaves nothing.
 */
@Component("validatePlan")
public class ValidatePlan implements JavaDelegate {

  private static final String DEFAULT_SELECTION_FORM = "recordSelectionMeeting";

  private record Rule(String defaultKey, String label) {}

  private record RoleOf(RoleGroups.Role role, String label) {}

  /** Plan variable naming a rule table (DMN key) → its default and what it decides; the pinned id goes to variable + "Id". */
  private static final Map<String, Rule> RULES = Map.of(
      "quotaRule", new Rule("nomineeQuota", "chỉ tiêu đề nghị"),
      "eligibilityRule", new Rule("nomineeEligibility", "điều kiện đề nghị"),
      "proposalGateRule", new Rule(null, "điều kiện được đề nghị của đơn vị"));

  private static final Map<String, RoleOf> ROLE_GROUPS = Map.of(
      "boardGroup", new RoleOf(RoleGroups.Role.BOARD_OFFICER, "chuyên viên thẩm định"),
      "boardHeadGroup", new RoleOf(RoleGroups.Role.BOARD_HEAD, "lãnh đạo duyệt thẩm định, ký tờ trình"),
      "decidingGroup", new RoleOf(RoleGroups.Role.DECIDING_AUTHORITY, "cấp quyết định khen thưởng"));


  private final UnitRegistry units;
  private final RoleGroups roles;
  private final PlanNumberClaims numberClaims;
  private final RepositoryService repository;
  private final VietnameseBusinessCalendar calendar;
  private final SelectionMeetingForm selectionMeetingForm;
  private final QuotaTable quotaTable;
  private final int defaultAppraisalWorkingDays;

  public ValidatePlan(UnitRegistry units, RoleGroups roles, PlanNumberClaims numberClaims, RepositoryService repository,
      VietnameseBusinessCalendar calendar, SelectionMeetingForm selectionMeetingForm, QuotaTable quotaTable,
      @Value("${tdkt.appraisal-working-days:25}") int defaultAppraisalWorkingDays) {
    this.units = units;
    this.roles = roles;
    this.numberClaims = numberClaims;
    this.repository = repository;
    this.calendar = calendar;
    this.selectionMeetingForm = selectionMeetingForm;
    this.quotaTable = quotaTable;
    this.defaultAppraisalWorkingDays = defaultAppraisalWorkingDays;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    String planNumber = text(execution, "planNumber");
    problems.addIf(planNumber == null, "Chưa nhập số kế hoạch.")
        .addIf(text(execution, "planTitle") == null, "Chưa nhập tên kế hoạch.")
        .addIf(text(execution, "issuingAuthority") == null, "Chưa nhập cơ quan ban hành.")
        .addIf(text(execution, "awardName") == null, "Chưa nhập hình thức khen thưởng.")
        .addFound(PlanNumbers.problem(planNumber))
        .addFound(TextVariables.longerThan("Tên kế hoạch", execution.getVariable("planTitle"), AwardRegister.TITLE_LENGTH))
        .addFound(TextVariables.longerThan("Hình thức khen thưởng", execution.getVariable("awardName"), AwardRegister.NAME_LENGTH));
    if (planNumber != null) {
      numberClaims.takenBy(planNumber, execution.getProcessInstanceId()).ifPresent(other ->
          problems.add(PlanNumbers.taken(planNumber, other) + PlanNumbers.sameNumberOfAnotherYear(planNumber)));
    }

    boolean registrationRequired = !Boolean.FALSE.equals(execution.getVariable("registrationRequired"));
    LocalDate registration = registrationRequired
        ? date(execution.getVariable("registrationDeadline"), "hạn đăng ký thi đua", problems) : null;
    List<Phase> phases = phases(execution, problems);
    PhaseCheck first = null;
    PhaseCheck previous = null;
    for (int i = 0; i < phases.size(); i++) {
      PhaseCheck phase = new PhaseCheck(phases.get(i), phases.size() == 1 ? "" : "Đợt " + (i + 1) + ": ", problems);
      if (previous != null && previous.end != null && phase.start != null && !phase.start.isAfter(previous.end)) {
        problems.add(phase.prefix + "Ngày bắt đầu thi đua (" + Deadlines.display(phase.start)
            + ") phải sau ngày kết thúc của đợt trước (" + Deadlines.display(previous.end) + ").");
      }
      // A phase begins once the one before has been decided: its dossiers cannot be due before the last one's.
      if (previous != null && previous.closes != null && phase.closes != null && !phase.closes.isAfter(previous.closes)) {
        problems.add(phase.prefix + "Hạn nộp hồ sơ (" + Deadlines.display(phase.closes)
            + ") phải sau hạn nộp hồ sơ của đợt trước (" + Deadlines.display(previous.closes) + ").");
      }
      first = first == null ? phase : first;
      previous = phase;
    }
    if (registration != null && first != null && first.end != null && registration.isAfter(first.end)) {
      problems.add("Hạn đăng ký thi đua phải trước khi kết thúc thời gian thi đua.");
    }
    // Where units select before the period ends, a registration due after the window would be late at once.
    if (registration != null && first != null && first.closes != null && !registration.isBefore(first.closes)) {
      problems.add("Hạn đăng ký thi đua phải trước khi hết hạn nhận hồ sơ.");
    }
    LocalDate proposalDeadline = phases.size() == 1 && first != null ? first.proposal : null;
    LocalDate decisionDeadline = phases.size() == 1 && first != null ? first.decision : null;

    Object appraisalDays = execution.getVariable("appraisalWorkingDays");
    problems.addIf(appraisalDays != null && !(appraisalDays instanceof Number n && n.doubleValue() == n.longValue()
        && n.longValue() >= 1 && n.longValue() <= 365), "Thời hạn thẩm định phải là số ngày làm việc từ 1 đến 365.");
    boolean quotasUsable = checkQuota(execution, "quotaStandard", "STANDARD", problems)
        & checkQuota(execution, "quotaMajor", "MAJOR", problems);
    Map<String, String> roleGroups = roleGroups(execution, problems);
    Map<String, String> rules = rules(execution, problems);
    String selectionForm = text(execution, "selectionMeetingForm") == null
        ? DEFAULT_SELECTION_FORM : text(execution, "selectionMeetingForm");
    List<Integer> ratingYears = JsonVariables.readList(execution, "ratingYears", Integer.class);
    selectionMeetingForm.problems(selectionForm, ratingYears, text(execution, "proposalGateRule") != null).forEach(problems::add);
    ratingYearProblems(ratingYears, first == null ? null : first.selectionOpens).forEach(problems::add);

    checkDossierComponents(execution, problems);
    Map<String, Boolean> finalDeadlines = FinalDeadlines.read(execution, problems);
    problems.addIf(finalDeadlines.get(FinalDeadlines.variable("report")) && phases.stream().allMatch(p -> p.reportDeadline() == null),
        "Đã chọn hạn báo cáo kết quả là hạn cuối nhưng kế hoạch không có hạn báo cáo kết quả: nhập hạn báo cáo kết quả"
            + " hoặc bỏ chọn hạn cuối này.");
    List<Unit> planUnits = participatingUnits(execution, problems);
    if (quotasUsable && rules.containsKey("quotaRuleId")) {
      quotaCoversEveryUnit(execution, rules.get("quotaRuleId"), planUnits, problems);
      planQuotaIsRead(execution, rules.get("quotaRuleId"), problems);
    }
    problems.throwIfAny();

    execution.setProcessBusinessKey(planNumber);
    if (!planNumber.equals(execution.getVariable("planNumber"))) {
      // The number as the plan is keyed: the units' lines, the register and a withdrawal name it so.
      execution.setVariable("planNumber", planNumber);
    }
    execution.setVariable("planUnits", JsonVariables.json(planUnits));
    execution.setVariable("quotaSummary", quotasUsable && rules.containsKey("quotaRuleId")
        ? quotaSummary(execution, rules.get("quotaRuleId"), planUnits) : null);
    execution.setVariable("planPhases", JsonVariables.json(phases));
    execution.setVariable("registrationRequired", registrationRequired);
    // A whole number as JSON may write it (10.0) would reach the task's "10.0 ngày làm việc" as it is.
    execution.setVariable("appraisalWorkingDays",
        appraisalDays == null ? defaultAppraisalWorkingDays : ((Number) appraisalDays).intValue());
    roleGroups.forEach(execution::setVariable);
    rules.forEach(execution::setVariable);
    finalDeadlines.forEach(execution::setVariable);
    execution.setVariable("selectionMeetingForm", selectionForm);
    execution.setVariable("proposalDeadline", proposalDeadline == null ? null : proposalDeadline.toString());
    execution.setVariable("decisionDeadline", decisionDeadline == null ? null : decisionDeadline.toString());
    execution.setVariable("planWarnings", deadlineWarnings(fixedDeadlines(registration, phases)));
  }

  /** The plan's fixed deadlines by name (absent ones null), as its warnings and its approval name them. */
  static Map<String, LocalDate> fixedDeadlines(LocalDate registration, List<Phase> phases) {
    Map<String, LocalDate> fixedDeadlines = new LinkedHashMap<>();
    fixedDeadlines.put("Hạn đăng ký thi đua", registration);
    for (int i = 0; i < phases.size(); i++) {
      String phase = phases.size() == 1 ? "" : " (đợt " + (i + 1) + ")";
      fixedDeadlines.put("Hạn báo cáo kết quả" + phase, Deadlines.parseOrNull(phases.get(i).reportDeadline()));
      fixedDeadlines.put("Hạn nộp hồ sơ" + phase, Deadlines.parseOrNull(phases.get(i).submissionCloses()));
      fixedDeadlines.put("Hạn trình cấp quyết định" + phase, Deadlines.parseOrNull(phases.get(i).proposalDeadline()));
      fixedDeadlines.put("Hạn quyết định khen thưởng" + phase, Deadlines.parseOrNull(phases.get(i).decisionDeadline()));
    }
    return fixedDeadlines;
  }

  /** A phase's dates, which a plan of one phase gives at the top level. */
  private static final List<String> PHASE_DATES = List.of("periodStart", "periodEnd", "reportDeadline", "selectionFrom",
      "submissionOpens", "submissionCloses");

  /** What a plan's phases replace: a phase's dates and its proposal and decision deadlines, given plan-wide by a plan of one phase. */
  static final List<String> REPLACED_BY_PHASES = Stream.concat(PHASE_DATES.stream(), Stream.of("proposalDeadline", "decisionDeadline"))
      .toList();

  /**
   * The phases as given, or the one phase of a plan that gives its dates at the top level. A field a
   * phase does not have is refused: read as a phase, it would be dropped without a word.
   */
  private static List<Phase> phases(DelegateExecution execution, InvalidInputException.Problems problems) {
    // The draft's phases, all removed, and the plan-wide dates the form then shows again typed instead.
    JsonVariables.emptyIfSentEmpty(execution, "phases", "phaseRows");
    List<Phase> phases = JsonVariables.readList(execution, "phases", Phase.class);
    if (!phases.isEmpty()) {
      List<String> fields = Arrays.stream(Phase.class.getRecordComponents()).map(RecordComponent::getName).toList();
      @SuppressWarnings("rawtypes")
      List<Map> given = JsonVariables.readList(execution, "phases", Map.class);
      for (int i = 0; i < given.size(); i++) {
        for (Object field : given.get(i).keySet()) {
          problems.addIf(!fields.contains(field), "Đợt " + (i + 1) + ": trường " + field + " không có trong định dạng một đợt ("
              + String.join(", ", fields) + ").");
        }
        // Messages, forms and the final report name a phase of several by its name.
        String name = phases.get(i).name();
        problems.addIf(Decisions.isBlank(name), "Đợt " + (i + 1) + ": chưa có tên đợt.")
            .addFound(TextVariables.longerThan("Đợt " + (i + 1) + ": tên đợt", name, AwardRegister.NAME_LENGTH));
      }
      if (!Boolean.TRUE.equals(execution.getVariable(PlanFormat.SUBMIT_DIRECTLY))) {
        // The draft form hides the plan-wide dates once phases are given, and a hidden field is never sent: what is
        // left there is the template's, which the official replaced with the phases, and could not clear.
        REPLACED_BY_PHASES.forEach(execution::removeVariable);
        return phases;
      }
      problems.addIf(!Decisions.isBlank(execution.getVariable("proposalDeadline")),
          "Kế hoạch chia đợt: nhập hạn trình cấp quyết định trong từng đợt, không nhập hạn chung cho cả kế hoạch.");
      problems.addIf(!Decisions.isBlank(execution.getVariable("decisionDeadline")),
          "Kế hoạch chia đợt: nhập hạn quyết định khen thưởng trong từng đợt, không nhập hạn chung cho cả kế hoạch.");
      List<String> planWide = PHASE_DATES.stream().filter(name -> !Decisions.isBlank(execution.getVariable(name))).toList();
      problems.addIf(!planWide.isEmpty(), () -> "Kế hoạch chia đợt: các ngày nhập chung cho cả kế hoạch ("
          + String.join(", ", planWide) + ") không được dùng; nhập các ngày trong từng đợt.");
      return phases;
    }
    return List.of(new Phase(text(execution, "phaseName") == null ? "Đợt thi đua" : text(execution, "phaseName"),
        iso(execution.getVariable("periodStart")), iso(execution.getVariable("periodEnd")),
        iso(execution.getVariable("reportDeadline")), iso(execution.getVariable("selectionFrom")),
        iso(execution.getVariable("submissionOpens")), iso(execution.getVariable("submissionCloses")),
        iso(execution.getVariable("proposalDeadline")), iso(execution.getVariable("decisionDeadline"))));
  }

  /** Checks one phase's dates, naming the phase when the plan has several. */
  private static final class PhaseCheck {
    final String prefix;
    final LocalDate start;
    final LocalDate end;
    /** The day the units' selection opens: the plan's day, or the day after the period. */
    final LocalDate selectionOpens;
    final LocalDate closes;
    final LocalDate proposal;
    final LocalDate decision;

    PhaseCheck(Phase phase, String prefix, InvalidInputException.Problems problems) {
      this.prefix = prefix;
      start = date(phase.periodStart(), prefix, "ngày bắt đầu thi đua", problems);
      end = date(phase.periodEnd(), prefix, "ngày kết thúc thi đua", problems);
      LocalDate report = optionalDate(phase.reportDeadline(), prefix + "hạn báo cáo kết quả", problems);
      LocalDate selection = optionalDate(phase.selectionFrom(), prefix + "ngày bắt đầu bình xét", problems);
      LocalDate opens = optionalDate(phase.submissionOpens(), prefix + "ngày bắt đầu nhận hồ sơ", problems);
      closes = date(phase.submissionCloses(), prefix, "hạn nộp hồ sơ", problems);
      proposal = optionalDate(phase.proposalDeadline(), prefix + "hạn trình cấp quyết định", problems);
      afterSubmissionCloses(proposal, "Hạn trình cấp quyết định", problems);
      decision = optionalDate(phase.decisionDeadline(), prefix + "hạn quyết định khen thưởng", problems);
      afterSubmissionCloses(decision, "Hạn quyết định khen thưởng", problems);
      problems.addIf(decision != null && proposal != null && decision.isBefore(proposal), () -> prefix + "Hạn quyết định"
          + " khen thưởng (" + Deadlines.display(decision) + ") không được trước hạn trình cấp quyết định ("
          + Deadlines.display(proposal) + ").");
      if (start != null && end != null && !end.isAfter(start)) {
        problems.add(prefix + "Ngày kết thúc thi đua phải sau ngày bắt đầu.");
      }
      if (opens != null && closes != null && closes.isBefore(opens)) {
        problems.add(prefix + "Hạn nộp hồ sơ phải từ ngày bắt đầu nhận hồ sơ trở đi.");
      }
      if (report != null && closes != null && report.isAfter(closes)) {
        problems.add(prefix + "Hạn báo cáo kết quả phải trước khi hết hạn nhận hồ sơ.");
      }
      // The unit's report task opens as selection starts: a deadline before that would be missed at birth.
      selectionOpens = selection != null ? selection : end == null ? null : end.plusDays(1);
      if (report != null && selectionOpens != null && report.isBefore(selectionOpens)) {
        problems.add(prefix + "Hạn báo cáo kết quả phải từ ngày bắt đầu bình xét (" + Deadlines.display(selectionOpens)
            + ") trở đi: đơn vị nhận việc báo cáo vào ngày đó.");
      }
      if (selection != null && closes != null && selection.isAfter(closes)) {
        problems.add(prefix + "Ngày bắt đầu bình xét phải trước khi hết hạn nhận hồ sơ.");
      }
      // Without a day of its own, selection opens the day after the period (StartPhase), whatever the window's opening.
      if (selection == null && selectionOpens != null && closes != null && closes.isBefore(selectionOpens)) {
        problems.add(prefix + "Hạn nộp hồ sơ (" + Deadlines.display(closes) + ") phải từ ngày bắt đầu bình xét ("
            + Deadlines.display(selectionOpens) + ", ngày sau khi kết thúc thi đua) trở đi: đơn vị họp xét và nộp hồ sơ từ ngày đó."
            + " Nếu đơn vị bình xét sớm hơn, nhập ngày bắt đầu bình xét.");
      }
      // A slip of the year (Đợt 2 selecting from January) would open the phase's selection the day it starts.
      notBeforeStart(selection, "Ngày bắt đầu bình xét", problems);
      notBeforeStart(opens, "Ngày bắt đầu nhận hồ sơ", problems);
      notBeforeStart(closes, "Hạn nộp hồ sơ", problems);
    }

    private void afterSubmissionCloses(LocalDate day, String what, InvalidInputException.Problems problems) {
      problems.addIf(day != null && closes != null && !day.isAfter(closes), () -> prefix + what + " ("
          + Deadlines.display(day) + ") phải sau hạn nộp hồ sơ (" + Deadlines.display(closes) + ").");
    }

    private void notBeforeStart(LocalDate day, String what, InvalidInputException.Problems problems) {
      problems.addIf(day != null && start != null && day.isBefore(start), () -> prefix + what + " (" + Deadlines.display(day)
          + ") không được trước ngày bắt đầu thi đua (" + Deadlines.display(start) + ").");
    }
  }

  /**
   * Each document a plan asks for needs a key usable as a variable name, a label officials read and,
   * if given, {@code perNominee} as true or false: read as text ("true") it would be one file to the
   * server and no nominee's file to the form, and no dossier could be sent.
   */
  private static void checkDossierComponents(DelegateExecution execution, InvalidInputException.Problems problems) {
    Set<String> keys = new HashSet<>();
    List<DossierComponent> components = JsonVariables.readList(execution, "dossierComponents", DossierComponent.class);
    List<?> asWritten = JsonVariables.plain(JsonVariables.storedText(execution, "dossierComponents")) instanceof List<?> l
        ? l : List.of();
    for (int i = 0; i < components.size(); i++) {
      DossierComponent c = components.get(i);
      String named = !Decisions.isBlank(c.label()) ? "\"" + c.label() + "\""
          : !Decisions.isBlank(c.key()) ? "mã " + c.key() : "thứ " + (i + 1);
      Object perNominee = i < asWritten.size() && asWritten.get(i) instanceof Map<?, ?> m ? m.get("perNominee") : null;
      problems.addIf(c.key() == null || !c.key().matches("[a-zA-Z][a-zA-Z0-9]*") || !keys.add(c.key()),
              "Thành phần hồ sơ " + named + ": mã (key) phải bắt đầu bằng chữ cái, chỉ gồm chữ và số không dấu, không trùng.")
          .addIf(Decisions.isBlank(c.label()), "Thành phần hồ sơ " + named + " chưa có tên.")
          .addIf(perNominee != null && !(perNominee instanceof Boolean), "Thành phần hồ sơ " + named
              + ": perNominee phải là true hoặc false (không đặt trong dấu ngoặc kép), đang là "
              + (perNominee instanceof String ? "\"" + perNominee + "\"" : perNominee) + ".");
    }
  }

  /** The groups that appraise and decide must carry those roles, so they hold the rights the work needs. */
  private Map<String, String> roleGroups(DelegateExecution execution, InvalidInputException.Problems problems) {
    Map<String, String> groups = new LinkedHashMap<>();
    ROLE_GROUPS.forEach((variable, role) -> {
      String group = text(execution, variable);
      if (group == null) {
        problems.add("Chưa chọn nhóm " + role.label() + ".");
      } else if (!roles.carries(group, role.role())) {
        problems.add("Nhóm \"" + group + "\" không phải là nhóm " + role.label()
            + " (xem danh sách nhóm vai trò identity/role-groups.csv).");
      }
      groups.put(variable, group);
    });
    return groups;
  }

  /**
   * A plan keeps the rule tables in force when it was launched: an administrator's new version
   * applies to plans launched after it, not to units already selecting under the old one.
   */
  private Map<String, String> rules(DelegateExecution execution, InvalidInputException.Problems problems) {
    Map<String, String> pinned = new LinkedHashMap<>();
    RULES.forEach((variable, rule) -> {
      String key = text(execution, variable);
      key = key == null ? rule.defaultKey() : key;
      if (key == null) {
        return;
      }
      var latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
      if (latest == null) {
        problems.add("Không có bảng quy tắc (DMN) mã \"" + key + "\" cho " + rule.label() + ".");
      } else {
        pinned.put(variable + "Id", latest.getId());
      }
    });
    return pinned;
  }

  /**
   * Each unit's selection meeting reads its quota from the plan's table: a category the table has
   * no rule for would stop the unit's line there, and no later table version helps (it is pinned).
   */
  private void quotaCoversEveryUnit(DelegateExecution execution, String quotaRuleId, List<Unit> planUnits,
      InvalidInputException.Problems problems) {
    String table = repository.getDecisionDefinition(quotaRuleId).getKey();
    byCategory(planUnits).forEach((category, names) -> quotaTable.kindsWithoutRule(quotaRuleId, execution, category)
        .forEach(kind -> problems.add("Bảng chỉ tiêu đề nghị (DMN) \"" + table + "\" không có quy tắc cho "
            + Nominee.kindName(kind) + " của " + Unit.categoryName(category) + " (mã " + category + ": "
            + String.join(", ", names) + "): chọn bảng chỉ tiêu khác, bỏ các đơn vị này khỏi kế hoạch,"
            + " hoặc nhờ quản trị hệ thống bổ sung bảng.")));
  }

  /**
   * The quota each kind of unit of the plan gets, as its approver must see it: a plan that sets none
   * leaves it to its table (seed 000: 01, or 02 for the seven big units), which the plan's own
   * fields do not show.
   */
  private String quotaSummary(DelegateExecution execution, String quotaRuleId, List<Unit> planUnits) {
    Map<String, List<String>> byCategory = byCategory(planUnits);
    String named = quotaLines(execution, quotaRuleId, byCategory, names -> String.join(", ", names));
    // A plan of a few hundred units names them beyond what a text variable keeps: counted instead.
    return TextVariables.fits(named) ? named
        : quotaLines(execution, quotaRuleId, byCategory, names -> names.size() + " đơn vị");
  }

  private String quotaLines(DelegateExecution execution, String quotaRuleId, Map<String, List<String>> byCategory,
      Function<List<String>, String> units) {
    return byCategory.entrySet().stream().map(category -> "- " + Unit.categoryName(category.getKey()) + " ("
            + units.apply(category.getValue()) + "): " + quotaTable.describe(quotaRuleId, execution, category.getKey()))
        .collect(Collectors.joining("\n"));
  }

  private static Map<String, List<String>> byCategory(List<Unit> planUnits) {
    return planUnits.stream().collect(Collectors.groupingBy(Unit::category, LinkedHashMap::new,
        Collectors.mapping(Unit::name, Collectors.toList())));
  }

  /**
   * A fixed deadline on a day off is allowed (it is the plan's wording) but the board is warned; so
   * is one already past (a plan launched late, or a template's dates left as they were): every unit
   * would be late from the approval on.
   */
  private String deadlineWarnings(Map<String, LocalDate> deadlines) {
    LocalDate today = Deadlines.today();
    return deadlines.entrySet().stream().filter(d -> d.getValue() != null).flatMap(d -> Stream.of(
            d.getValue().isBefore(today) ? "Lưu ý: " + d.getKey() + " (" + Deadlines.display(d.getValue())
                + ") đã qua; khi kế hoạch được phê duyệt, các đơn vị bị tính là quá hạn ngay." : null,
            !calendar.isWorkingDay(d.getValue()) ? "Lưu ý: " + d.getKey() + " (" + Deadlines.display(d.getValue())
                + ") là ngày nghỉ; hạn vẫn tính đến hết ngày này." : null).filter(Objects::nonNull))
        .collect(Collectors.joining(" "));
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
      } else if (unit.notInForceOn(Deadlines.today()).isPresent()) {
        problems.add(unit.notInForceOn(Deadlines.today()).get());
      } else {
        found.add(unit);
      }
    }
    return found;
  }

  /**
   * The years a meeting rates each nominee for: a year listed twice would count its rating twice
   * (one excellent year passing "two excellent years"), and a year is rated at its end (cadres and
   * organisations are assessed in December, Decree 90/2020), so a meeting that opens earlier has no
   * rating of that year yet. Templates and REST set the years, not the draft form, hence the remedy.
   */
  private static List<String> ratingYearProblems(List<Integer> years, LocalDate selectionOpens) {
    List<String> problems = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    years.stream().filter(year -> !seen.add(year)).distinct()
        .forEach(year -> problems.add("Năm xếp loại " + year + " được ghi hai lần."));
    if (selectionOpens != null) {
      years.stream().distinct().filter(year -> LocalDate.of(year, 12, 1).isAfter(selectionOpens)).forEach(year -> problems.add(
          "Năm xếp loại " + year + " chưa có kết quả khi bắt đầu bình xét (" + Deadlines.display(selectionOpens)
              + "): xếp loại hằng năm có vào tháng 12. Sửa ngày bắt đầu bình xét, hoặc nhờ quản trị hệ thống sửa năm xếp loại"
              + " của mẫu kế hoạch."));
    }
    return problems;
  }

  /**
   * A plan's own quota reaches the table as {@code planQuota}; a table that never reads it (seed 004's
   * party quotas) would leave the official's number without effect.
   */
  private void planQuotaIsRead(DelegateExecution execution, String quotaRuleId, InvalidInputException.Problems problems) {
    if (execution.getVariable("quotaStandard") == null && execution.getVariable("quotaMajor") == null) {
      return;
    }
    boolean read = repository.getDmnModelInstance(quotaRuleId).getModelElementsByType(InputExpression.class).stream()
        .anyMatch(input -> input.getText() != null && input.getText().getTextContent().contains("planQuota"));
    problems.addIf(!read, "Bảng chỉ tiêu đề nghị (DMN) \"" + repository.getDecisionDefinition(quotaRuleId).getKey()
        + "\" của kế hoạch không dùng chỉ tiêu do kế hoạch đặt: để trống chỉ tiêu đề nghị, hoặc chọn bảng chỉ tiêu đọc"
        + " chỉ tiêu của kế hoạch.");
  }

  /**
   * A plan's quota is optional: left empty, the plan's quota table gives the category's own.
   * Whether it is absent or a whole number of at least 0; adds the problem if not.
   */
  private static boolean checkQuota(DelegateExecution execution, String name, String category,
      InvalidInputException.Problems problems) {
    Object value = execution.getVariable(name);
    boolean usable = value == null
        || value instanceof Number number && number.longValue() >= 0 && number.doubleValue() == number.longValue();
    problems.addIf(!usable, "Chỉ tiêu đề nghị cho " + Unit.categoryName(category) + " phải là số nguyên không âm.");
    return usable;
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static LocalDate date(Object value, String label, InvalidInputException.Problems problems) {
    return date(value, "", label, problems);
  }

  /** A required date; the message starts with the phase ("Đợt 2: ") when the plan has several. */
  private static LocalDate date(Object value, String prefix, String label, InvalidInputException.Problems problems) {
    LocalDate date = Deadlines.parseOrNull(value);
    if (date == null) {
      String message = value == null || value.toString().isBlank()
          ? "Chưa nhập " + label + "." : "Ngày không hợp lệ cho " + label + ": " + Deadlines.asWritten(value) + ".";
      problems.add(prefix.isEmpty() ? message : prefix + message);
    }
    return date;
  }

  private static LocalDate optionalDate(Object value, String label, InvalidInputException.Problems problems) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    LocalDate date = Deadlines.parseOrNull(value);
    problems.addIf(date == null, "Ngày không hợp lệ cho " + label + ": " + Deadlines.asWritten(value) + ".");
    return date;
  }

  /** A date as the ISO text phases keep; what cannot be read is kept as typed, to be reported. */
  private static String iso(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    LocalDate date = Deadlines.parseOrNull(value);
    return date == null ? value.toString() : date.toString();
  }
}
