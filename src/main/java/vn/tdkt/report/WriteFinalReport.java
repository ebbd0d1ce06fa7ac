package vn.tdkt.report;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.plan.Phase;
import vn.tdkt.plan.PlanPhases;

/**
 * "Báo cáo tổng kết kế hoạch", once every phase has ended and its units have been told: the board
 * writes the plan's final report (DOMAIN.md, step 8; seed 004 IV.5 "xây dựng báo cáo tổng kết đợt
 * thi đua"), reading the results the phases left ({@code planResults}), and notes when the results
 * are reviewed and the awards presented, held or set (seed 004: at the bloc's Party congress, to come).
 */
@Component("writeFinalReport")
public class WriteFinalReport implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
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

  private static String beforeThePlan(String what, LocalDate day, LocalDate planStart) {
    return day == null || planStart == null || !day.isBefore(planStart) ? null : what + " (" + Deadlines.display(day)
        + ") trước khi bắt đầu thời gian thi đua của kế hoạch (" + Deadlines.display(planStart) + ").";
  }
}
