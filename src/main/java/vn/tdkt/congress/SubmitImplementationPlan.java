package vn.tdkt.congress;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.InvalidInputException;

/**
 * "Gửi kế hoạch triển khai thực hiện": the unit's own plan, by its number, the day it was issued
 * (after the province's plan, not after today) and what it sets out, so the board can follow the
 * units up and sum them up for the UBND tỉnh.
 */
@Component("submitImplementationPlan")
public class SubmitImplementationPlan implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    LocalDate issued = Deadlines.parseOrNull(task.getVariable("implementationPlanDate"));
    LocalDate provinces = Deadlines.parseOrNull(task.getVariable("planIssuedOn"));
    new InvalidInputException.Problems()
        .requireText(task, "implementationPlanNumber", "Chưa nhập số, ký hiệu kế hoạch triển khai của đơn vị.")
        .requireDayUpToToday(task.getVariable("implementationPlanDate"), "Chưa nhập ngày ban hành kế hoạch triển khai.",
            "Ngày ban hành kế hoạch triển khai không được sau hôm nay.")
        .addIf(issued != null && provinces != null && issued.isBefore(provinces), () -> "Ngày ban hành kế hoạch triển khai ("
            + Deadlines.display(issued) + ") trước ngày ban hành kế hoạch của tỉnh (" + Deadlines.display(provinces) + ").")
        .requireText(task, "implementationPlanSummary", "Chưa tóm tắt nội dung kế hoạch triển khai.")
        .throwIfAny();
  }
}
