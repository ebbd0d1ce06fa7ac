package vn.tdkt.selection;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.TextVariables;
import vn.tdkt.decision.AwardRegister;
import vn.tdkt.unit.Unit;

/**
 * "Ghi kết quả họp xét": shows the unit's quota in words ({@code quotaText}) when the task is created and, on completion,
 * checks the meeting record — votes against attendance, the number proposed against the plan's
 * quota table (nomineeQuota by default), each proposed nominee against its eligibility table
 * (nomineeEligibility by default; with the yearly ratings when the plan names rating years), and
 * the unit against the plan's proposal gate if it has one — all in the versions pinned at launch.
 */
@Component("recordSelectionMeeting")
public class RecordSelectionMeeting implements TaskListener {

  /** The meeting form's fields a plan's proposal gate reads (what the unit did itself), passed to the table as they are. */
  public static final List<String> GATE_FIELDS = List.of("driveLaunchedAtUnit", "driveReviewedAtUnit", "rewardedAtUnit");
  private static final String EXCELLENT = "EXCELLENT";
  private static final String NOMINEE_CODE = "[A-Za-z0-9_-]+";
  private static final Set<String> GOOD_OR_BETTER = Set.of(EXCELLENT, "GOOD");

  private final DecisionService decisions;
  private final QuotaTable quotaTable;

  public RecordSelectionMeeting(DecisionService decisions, QuotaTable quotaTable) {
    this.decisions = decisions;
    this.quotaTable = quotaTable;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // Both kinds in words: a number alone read as everyone's limit, and as none for a unit proposing only itself.
      String quota = quotaTable.describe((String) task.getVariable("quotaRuleId"), task, (String) task.getVariable("unitCategory"));
      task.getExecution().setVariable("quotaText", Character.toUpperCase(quota.charAt(0)) + quota.substring(1));
      return;
    }
    // A meeting returned by the unit head opens with its rows; the secretary may remove them all.
    JsonVariables.emptyIfSentEmpty(task, "nominees", "nomineeRows");
    JsonVariables.emptyIfSentEmpty(task, "unitCommendations", "commendationRows");
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    LocalDate meetingDate = Deadlines.parseOrNull(task.getVariable("meetingDate"));
    problems.requireDayUpToToday(task.getVariable("meetingDate"), "Chưa nhập ngày họp xét.",
        "Ngày họp xét không được sau ngày hôm nay.");
    LocalDate driveStart = Deadlines.parseOrNull(task.getVariable("periodStart"));
    if (meetingDate != null && driveStart != null && meetingDate.isBefore(driveStart)) {
      problems.add("Ngày họp xét (" + Deadlines.display(meetingDate) + ") trước khi bắt đầu thời gian thi đua ("
          + Deadlines.display(driveStart) + "); đề nghị kiểm tra lại ngày họp.");
    }
    long attendees = task.getVariable("attendeeCount") instanceof Number n ? n.longValue() : 0;
    problems.addIf(attendees <= 0, "Số thành viên dự họp phải lớn hơn 0.");

    List<Nominee> nominees = JsonVariables.readList(task, "nominees", Nominee.class);
    Map<String, Map<String, Object>> rows = rowsById(task);
    List<Integer> ratingYears = JsonVariables.readList(task, "ratingYears", Integer.class);
    Set<String> ids = new HashSet<>();
    for (Nominee n : nominees) {
      String who = Decisions.isBlank(n.name()) ? "Một dòng trong danh sách" : TextVariables.start(n.name());
      boolean hasKind = Nominee.INDIVIDUAL.equals(n.kind()) || Nominee.COLLECTIVE.equals(n.kind());
      problems.addIf(Decisions.isBlank(n.id()) || !ids.add(n.id()), who + ": mã dòng trống hoặc bị trùng.")
          // The nominee's achievement report is stored under a name made of this code (DossierComponent).
          .addIf(!Decisions.isBlank(n.id()) && !n.id().matches(NOMINEE_CODE), () -> who + ": mã dòng «" + n.id()
              + "» chỉ được gồm chữ không dấu, số, «-» hoặc «_», ví dụ: n1.")
          .addIf(Decisions.isBlank(n.name()), "Một dòng trong danh sách chưa có tên tập thể, cá nhân.")
          .addFound(TextVariables.longerThan("Tên tập thể, cá nhân «" + who + "»", n.name(),
              AwardRegister.NAME_LENGTH))
          .addFound(TextVariables.longerThan(who + ": chức vụ", n.position(), AwardRegister.NAME_LENGTH))
          .addIf(!hasKind, who + ": chưa chọn tập thể hay cá nhân.")
          .addIf(Decisions.isBlank(n.achievementSummary()), who + ": chưa tóm tắt thành tích.");
      long votesFor = n.votesFor() == null ? -1 : n.votesFor();
      long votesAgainst = n.votesAgainst() == null ? -1 : n.votesAgainst();
      if (votesFor < 0 || votesAgainst < 0) {
        problems.add(who + ": số phiếu đồng ý và không đồng ý phải là số không âm.");
      } else if (votesFor > attendees || votesAgainst > attendees - votesFor) {
        // Compared without adding: two counts sent over REST could overflow a sum.
        problems.add(who + ": tổng số phiếu (" + BigInteger.valueOf(votesFor).add(BigInteger.valueOf(votesAgainst))
            + ") nhiều hơn số thành viên dự họp (" + attendees + ").");
      } else if (n.proposed() && attendees > 0 && hasKind) {
        // A row of no kind (sent over REST) is refused for that alone: the rule tables need the kind.
        Map<String, Object> row = rows.getOrDefault(n.id(), Map.of());
        List<Integer> unrated = ratingYears.stream().filter(year -> Decisions.isBlank(row.get(ratingField(year)))).toList();
        // A value the form does not offer (sent over REST) would count as below "good", refused for the wrong reason.
        List<Integer> misrated = ratingYears.stream().filter(year -> !unrated.contains(year)
            && !DeclaredCriteria.RATINGS.containsKey(row.get(ratingField(year)).toString())).toList();
        if (!unrated.isEmpty()) {
          problems.add(who + ": chưa nhập xếp loại năm " + years(unrated) + ".");
        } else if (!misrated.isEmpty()) {
          problems.add(who + ": xếp loại năm " + years(misrated) + " không phải một trong các mức: "
              + String.join("; ", DeclaredCriteria.RATINGS.values()) + ".");
        } else {
          eligibilityProblem(task, n, row, ratingYears, attendees).ifPresent(reason -> problems.add(who + ": " + reason));
        }
      }
    }
    long proposed = nominees.stream().filter(Nominee::proposed).count();
    checkQuota(task, nominees, problems);
    List<Nominee> commendations = JsonVariables.readList(task, "unitCommendations", Nominee.class);
    if (proposed > 0) {
      gateRefusal(task).ifPresent(problems::add);
      // The gate's "rewarded at its own level" is what the unit did, not a box ticked: its Giấy khen show it.
      problems.addIf(task.getVariable("proposalGateRuleId") != null && Boolean.TRUE.equals(task.getVariable("rewardedAtUnit"))
          && commendations.isEmpty(), "Đơn vị đã đánh dấu «Đơn vị đã khen thưởng theo thẩm quyền» nhưng chưa kê khai Giấy "
          + "khen nào. Đề nghị nhập tại mục «Giấy khen của đơn vị» các tập thể, cá nhân đã được tặng Giấy khen trong đợt thi đua.");
    }
    commendations.forEach(c -> problems
        .addIf(Decisions.isBlank(c.name()), "Giấy khen của đơn vị: một dòng chưa có tên tập thể, cá nhân.")
        .addIf(!Nominee.INDIVIDUAL.equals(c.kind()) && !Nominee.COLLECTIVE.equals(c.kind()), () -> "Giấy khen của đơn vị: "
            + (Decisions.isBlank(c.name()) ? "một dòng" : c.name()) + " chưa chọn tập thể hay cá nhân."));
    problems.throwIfAny();
    task.getExecution().setVariable("proposedCount", proposed);
    DeclaredCriteria.of(task, nominees, rows, ratingYears, commendations)
        .ifPresent(text -> task.getExecution().setVariable("declaredCriteria", text));
  }

  private static String years(List<Integer> years) {
    return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private QuotaTable.Quota quota(DelegateTask task, String nomineeKind) {
    String category = (String) task.getVariable("unitCategory");
    Object table = task.getVariable("quotaRuleId");
    // Checked for every unit of the plan at launch (ValidatePlan); a miss here is the table's fault, not the unit's.
    return quotaTable.of((String) table, task, category, nomineeKind).orElseThrow(() -> new IllegalStateException(
        "Bảng chỉ tiêu đề nghị (DMN) " + table + " không có quy tắc cho " + Nominee.kindName(nomineeKind)
            + " của " + Unit.categoryName(category) + "."));
  }

  /**
   * The individuals' rule is read first, as at launch (QuotaTable#kindsWithoutRule): it may limit
   * everyone proposed, collectives too; otherwise collectives have a rule of their own.
   */
  private void checkQuota(DelegateTask task, List<Nominee> nominees, InvalidInputException.Problems problems) {
    if (nominees.stream().noneMatch(Nominee::proposed)) {
      return;
    }
    QuotaTable.Quota individuals = quota(task, Nominee.INDIVIDUAL);
    if (individuals.countsAll()) {
      limit(nominees, individuals, "tập thể, cá nhân", problems);
      return;
    }
    limit(nominees, individuals, Nominee.kindName(Nominee.INDIVIDUAL), problems);
    if (nominees.stream().anyMatch(n -> n.proposed() && Nominee.COLLECTIVE.equals(n.kind()))) {
      limit(nominees, quota(task, Nominee.COLLECTIVE), Nominee.kindName(Nominee.COLLECTIVE), problems);
    }
  }

  private static void limit(List<Nominee> nominees, QuotaTable.Quota quota, String whom,
      InvalidInputException.Problems problems) {
    long counted = nominees.stream().filter(n -> n.proposed() && quota.counts(n)).count();
    if (quota.max() != null && counted > quota.max()) {
      problems.add(quota.max() == 0
          ? "Chỉ tiêu của kế hoạch cho đơn vị là 0: đơn vị không được đề nghị " + whom + "; bỏ đánh dấu đề nghị cho "
              + counted + " " + whom + "."
          : "Đơn vị đề nghị " + counted + " " + whom + ", vượt chỉ tiêu " + quota.max() + " của kế hoạch.");
    }
  }

  /**
   * A plan may make proposing depend on what the unit did itself (seed 004: launched, reviewed
   * and rewarded the drive at its own level); the rule table gives the reason shown to the unit.
   */
  private Optional<String> gateRefusal(DelegateTask task) {
    Object gate = task.getVariable("proposalGateRuleId");
    if (gate == null) {
      return Optional.empty();
    }
    VariableMap inputs = Variables.createVariables().putValue("unitCategory", task.getVariable("unitCategory"));
    GATE_FIELDS.forEach(field -> inputs.putValue(field, task.getVariable(field)));
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableById(gate.toString()).variables(inputs)
        .evaluate()
        .getSingleResult();
    return result == null || Boolean.TRUE.equals(result.getEntryMap().get("allowed"))
        ? Optional.empty() : Optional.of(reason(result, "Đơn vị không được đề nghị", gate));
  }

  /** The rule's reason; a rule an administrator wrote may leave it empty, and the official still learns what refused. */
  private static String reason(DmnDecisionRuleResult result, String refused, Object table) {
    // An empty cell gives no entry at all, and getEntry would fail on it.
    Object reason = result.getEntryMap().get("reason");
    return reason != null && !reason.toString().isBlank() ? reason.toString()
        : refused + " theo bảng quy tắc " + table + " (quy tắc không ghi lý do; xin báo quản trị hệ thống).";
  }

  /** A nominee's rating of a year is this column of the meeting's list: EXCELLENT, GOOD, SATISFACTORY, UNSATISFACTORY. */
  public static String ratingField(int year) {
    return "rating" + year;
  }

  /** The form's rows as they are, for the fields only some plans ask (yearly ratings, recognitions). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<String, Map<String, Object>> rowsById(DelegateTask task) {
    Map<String, Map<String, Object>> rows = new HashMap<>();
    for (Map row : JsonVariables.readList(task, "nominees", Map.class)) {
      rows.put(String.valueOf(row.get("id")), row);
    }
    return rows;
  }

  private Optional<String> eligibilityProblem(DelegateTask task, Nominee n, Map<String, Object> row,
      List<Integer> ratingYears, long attendees) {
    List<String> ratings = ratingYears.stream().map(year -> row.get(ratingField(year)).toString()).toList();
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableById((String) task.getVariable("eligibilityRuleId"))
        .variables(Variables.createVariables()
            .putValue("nomineeKind", n.kind())
            .putValue("voteShare", (double) n.votesFor() / attendees)
            .putValue("yearsBelowGood", ratings.stream().filter(r -> !GOOD_OR_BETTER.contains(r)).count())
            .putValue("excellentYears", ratings.stream().filter(EXCELLENT::equals).count())
            .putValue("advancedExample", row.get("advancedExample"))
            .putValue("targetsMet", row.get("targetsMet"))
            .putValue("unitCategory", task.getVariable("unitCategory"))
            .putValue("membersAllGood", row.get("membersAllGood"))
            .putValue("emulationFighter", row.get("emulationFighter")))
        .evaluate()
        .getSingleResult();
    if (result == null) {
      return Optional.of("bảng điều kiện đề nghị (DMN) " + task.getVariable("eligibilityRuleId")
          + " không có quy tắc cho trường hợp này; xin báo quản trị hệ thống (dữ liệu vừa nhập chưa được lưu).");
    }
    return Boolean.TRUE.equals(result.getEntryMap().get("eligible"))
        ? Optional.empty()
        : Optional.of(reason(result, "không đủ điều kiện", task.getVariable("eligibilityRuleId")));
  }
}
