package vn.tdkt.selection;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;

/**
 * "Ghi kết quả họp xét": shows the unit's quota when the task is created and, on completion,
 * checks the meeting record — votes against attendance, the number proposed against the quota
 * table (nomineeQuota), each proposed nominee against the eligibility table (nomineeEligibility),
 * both in the versions the plan pinned at launch.
 */
@Component("recordSelectionMeeting")
public class RecordSelectionMeeting implements TaskListener {

  private final DecisionService decisions;

  public RecordSelectionMeeting(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    long quota = quota(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().setVariable("quota", quota);
      return;
    }
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    LocalDate meetingDate = Deadlines.parseOrNull(task.getVariable("meetingDate"));
    problems.addIf(meetingDate == null, "Chưa nhập ngày họp xét.")
        .addIf(meetingDate != null && meetingDate.isAfter(Deadlines.today()), "Ngày họp xét không được sau ngày hôm nay.");
    long attendees = task.getVariable("attendeeCount") instanceof Number n ? n.longValue() : 0;
    problems.addIf(attendees <= 0, "Số thành viên dự họp phải lớn hơn 0.");

    List<Nominee> nominees = JsonVariables.readList(task, "nominees", Nominee.class);
    Set<String> ids = new HashSet<>();
    for (Nominee n : nominees) {
      String who = Decisions.isBlank(n.name()) ? "Một dòng trong danh sách" : n.name();
      problems.addIf(Decisions.isBlank(n.id()) || !ids.add(n.id()), who + ": mã dòng trống hoặc bị trùng.")
          .addIf(Decisions.isBlank(n.name()), "Một dòng trong danh sách chưa có tên tập thể, cá nhân.")
          .addIf(!"INDIVIDUAL".equals(n.kind()) && !"COLLECTIVE".equals(n.kind()), who + ": chưa chọn tập thể hay cá nhân.")
          .addIf(Decisions.isBlank(n.achievementSummary()), who + ": chưa tóm tắt thành tích.");
      long votesFor = n.votesFor() == null ? -1 : n.votesFor();
      long votesAgainst = n.votesAgainst() == null ? -1 : n.votesAgainst();
      if (votesFor < 0 || votesAgainst < 0) {
        problems.add(who + ": số phiếu đồng ý và không đồng ý phải là số không âm.");
      } else if (votesFor + votesAgainst > attendees) {
        problems.add(who + ": tổng số phiếu (" + (votesFor + votesAgainst)
            + ") nhiều hơn số thành viên dự họp (" + attendees + ").");
      } else if (n.proposed() && attendees > 0) {
        eligibilityProblem(task, n, attendees).ifPresent(reason -> problems.add(who + ": " + reason));
      }
    }
    long proposed = nominees.stream().filter(Nominee::proposed).count();
    problems.addIf(proposed > quota, "Đơn vị đề nghị " + proposed + " tập thể, cá nhân, vượt chỉ tiêu "
        + quota + " của kế hoạch.");
    JsonVariables.readList(task, "unitCommendations", Nominee.class).forEach(c -> problems
        .addIf(Decisions.isBlank(c.name()), "Giấy khen của đơn vị: một dòng chưa có tên tập thể, cá nhân."));
    problems.throwIfAny();
    task.getExecution().setVariable("proposedCount", proposed);
  }

  private long quota(DelegateTask task) {
    String category = (String) task.getVariable("unitCategory");
    Object planQuota = "MAJOR".equals(category) ? task.getVariable("quotaMajor") : task.getVariable("quotaStandard");
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableById((String) task.getVariable("quotaRuleId"))
        .variables(Variables.createVariables().putValue("unitCategory", category).putValue("planQuota", planQuota))
        .evaluate()
        .getSingleResult();
    if (result == null) {
      throw new IllegalStateException("DMN nomineeQuota has no rule for unit category " + category);
    }
    return ((Number) result.getSingleEntry()).longValue();
  }

  private Optional<String> eligibilityProblem(DelegateTask task, Nominee n, long attendees) {
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableById((String) task.getVariable("eligibilityRuleId"))
        .variables(Variables.createVariables()
            .putValue("nomineeKind", n.kind())
            .putValue("voteShare", (double) n.votesFor() / attendees))
        .evaluate()
        .getSingleResult();
    if (result == null) {
      throw new IllegalStateException("DMN nomineeEligibility has no rule for " + n.kind());
    }
    return Boolean.TRUE.equals(result.getEntry("eligible"))
        ? Optional.empty()
        : Optional.of((String) result.getEntry("reason"));
  }
}
