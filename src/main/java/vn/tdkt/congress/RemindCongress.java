package vn.tdkt.congress;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.FlagOpenTask;
import vn.tdkt.calendar.RemindOpenTask;

/**
 * "Nhắc hạn tổ chức Đại hội": two working days before the level's deadline the open record of the
 * congress moves up the list and carries a reminder comment, shown in Tasklist.
 */
@Component("remindCongress")
public class RemindCongress implements JavaDelegate {

  private final FlagOpenTask flag;

  public RemindCongress(FlagOpenTask flag) {
    this.flag = flag;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate day = Deadlines.parse(execution.getVariable("congressDeadline"));
    if (Deadlines.hasPassed(day)) {
      return; // a reminder that ran late must not undo the escalation of the overdue congress
    }
    String deadline = Deadlines.display(day);
    String reminder = "Nhắc hạn: " + execution.getVariable("congressName") + " cần tổ chức "
        + execution.getVariable("levelTiming") + " (hạn đến hết ngày " + deadline + "); kết quả chưa được ghi.";
    flag.flag(execution, "recordCongress", RemindOpenTask.REMINDED_PRIORITY, task -> reminder);
  }
}
