package vn.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;

/**
 * "Báo cáo tổng kết kế hoạch", once every phase has ended and its units have been told: the board
 * writes the plan's final report (DOMAIN.md, step 8; seed 004 IV.5 "xây dựng báo cáo tổng kết đợt
 * thi đua"), reading the results the phases left ({@code planResults}), and notes when the results
 * were reviewed and the awards presented, if that has been done.
 */
@Component("writeFinalReport")
public class WriteFinalReport implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object meetingDay = task.getVariable("finalReviewMeetingDate");
    new InvalidInputException.Problems()
        .requireText(task, "finalReportNumber", "Chưa nhập số báo cáo tổng kết.")
        .requireDayUpToToday(task.getVariable("finalReportDate"), "Chưa nhập ngày báo cáo tổng kết.",
            "Ngày báo cáo tổng kết không được sau ngày hôm nay.")
        .requireText(task, "finalReportSummary", "Chưa nhập nội dung đánh giá kết quả thực hiện kế hoạch.")
        .addIf(!Decisions.isBlank(meetingDay) && Deadlines.parseOrNull(meetingDay) == null,
            () -> "Ngày hội nghị tổng kết, trao thưởng không hợp lệ: " + meetingDay + " (cần dạng YYYY-MM-DD).")
        .throwIfAny();
  }
}
