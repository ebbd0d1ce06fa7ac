package vn.tdkt.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.PlanInstances;
import vn.tdkt.common.TextVariables;
import vn.tdkt.decision.AwardRegister;
import vn.tdkt.plan.Phase;
import vn.tdkt.plan.PlanPhases;
import vn.tdkt.plan.SummarizePlan;

/**
 * "Báo cáo tổng kết kế hoạch", once every phase has ended and its units have been told: the board
 * writes the plan's final report (DOMAIN.md, step 8; seed 004 IV.5 "xây dựng báo cáo tổng kết đợt
 * thi đua"), reading the results the phases left ({@code planResults}), and notes when the results
 * are reviewed and the awards presented, held or set (seed 004: at the bloc's Party congress, to come).
 * The results also name the ad hoc awards given during the plan ("khen thưởng đột xuất").
 */
@Component("writeFinalReport")
public class WriteFinalReport implements TaskListener {

  /** How many ad hoc awards the results name one by one. */
  private static final int NAMED_AD_HOC = 10;

  private final AwardRegister register;

  public WriteFinalReport(AwardRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      noteRegister(task);
      return;
    }
    Object meetingDay = task.getVariable("finalReviewMeetingDate");
    LocalDate reportDate = Deadlines.parseOrNull(task.getVariable("finalReportDate"));
    LocalDate meetingDate = Deadlines.parseOrNull(meetingDay);
    List<Phase> phases = PlanPhases.phases(task);
    LocalDate planStart = phases.isEmpty() ? null : Deadlines.parseOrNull(phases.get(0).periodStart());
    new InvalidInputException.Problems()
        .requireText(task, "finalReportNumber", "Chưa nhập số báo cáo tổng kết.")
        .requireDayUpToToday(task.getVariable("finalReportDate"), "Chưa nhập ngày báo cáo tổng kết.",
            "Ngày báo cáo tổng kết không được sau ngày hôm nay.")
        .addFound(beforeThePlan("Ngày báo cáo tổng kết", reportDate, planStart))
        .requireText(task, "finalReportSummary", "Chưa nhập nội dung đánh giá kết quả thực hiện kế hoạch.")
        .addIf(!Decisions.isBlank(meetingDay) && meetingDate == null,
            () -> "Ngày hội nghị tổng kết, trao thưởng không hợp lệ: " + meetingDay + " (cần dạng YYYY-MM-DD).")
        .addFound(beforeThePlan("Ngày hội nghị tổng kết, trao thưởng", meetingDate, planStart))
        .throwIfAny();
  }

  /**
   * What the register holds beside the phases' results: a decision withdrawn ("thu hồi") after its
   * phase ended, said beside the results that counted its awards (the report must not present them
   * as given); and the ad hoc awards given during the plan, which no phase counted.
   */
  private void noteRegister(DelegateTask task) {
    Object results = task.getVariable(SummarizePlan.PLAN_RESULTS);
    List<String> notes = new ArrayList<>(register.withdrawals(task.getProcessInstanceId()).stream()
        .map(award -> "Quyết định số " + award.decisionNumber() + " " + award.withdrawal() + ".").toList());
    Set<String> proposals = PlanInstances.adHocProposalsOf(task.getProcessEngineServices().getHistoryService(),
        task.getProcessInstanceId());
    List<AwardRegister.Award> adHoc = register.find(task.getExecution().getProcessBusinessKey(), null).stream()
        .filter(award -> proposals.contains(award.planProcessInstanceId()) && !award.withdrawn()).toList();
    if (!adHoc.isEmpty()) {
      // Named up to a few: the phases' results before this line must stay within what the variable keeps.
      notes.add("Khen thưởng đột xuất: " + adHoc.size() + " tập thể, cá nhân (" + adHoc.stream().limit(NAMED_AD_HOC)
          .map(award -> award.nomineeName() + ", " + award.unitName() + ", Quyết định số " + award.decisionNumber() + " ngày "
              + Deadlines.display(award.decisionDate())).collect(Collectors.joining("; "))
          + (adHoc.size() > NAMED_AD_HOC ? "; và " + (adHoc.size() - NAMED_AD_HOC) + " tập thể, cá nhân khác: xem sổ khen thưởng" : "")
          + ").");
    }
    notes.removeIf(note -> results != null && results.toString().contains(note));
    if (!notes.isEmpty()) {
      task.getExecution().setVariable(SummarizePlan.PLAN_RESULTS,
          TextVariables.lastPart((results == null ? "" : results + "\n") + String.join("\n", notes)));
    }
  }

  private static String beforeThePlan(String what, LocalDate day, LocalDate planStart) {
    return day == null || planStart == null || !day.isBefore(planStart) ? null : what + " (" + Deadlines.display(day)
        + ") trước khi bắt đầu thời gian thi đua của kế hoạch (" + Deadlines.display(planStart) + ").";
  }
}
