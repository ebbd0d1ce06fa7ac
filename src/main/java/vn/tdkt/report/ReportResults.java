package vn.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.InvalidInputException;

/** "Báo cáo kết quả thi đua": the unit's report on the drive cannot be empty, nor late when the plan makes the deadline final. */
@Component("reportResults")
public class ReportResults implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Deadlines.refuseAfterFinal(task, Deadlines.parseOrNull(task.getVariable("reportDeadline")), "reportFinal",
        "Đã hết hạn báo cáo kết quả thi đua (đến hết ngày %s). Báo cáo không được tiếp nhận; đơn vị được ghi nhận"
            + " chưa báo cáo đúng hạn và tiếp tục họp xét.");
    new InvalidInputException.Problems()
        .requireText(task, "resultsReport", "Chưa nhập báo cáo kết quả thi đua.")
        .throwIfAny();
  }
}
