package vn.tdkt.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.FlagOpenTask;

/**
 * "Gửi nhắc hạn đăng ký": the open registration task moves up the unit's list (higher priority)
 * and carries a reminder comment, shown in Tasklist.
 */
@Component("remindRegistration")
public class RemindRegistration implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;

  private final FlagOpenTask flag;

  public RemindRegistration(FlagOpenTask flag) {
    this.flag = flag;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String deadline = Deadlines.display(Deadlines.parse(execution.getVariable("registrationDeadline")));
    flag.flag(execution, "registerUnit", REMINDED_PRIORITY,
        task -> "Nhắc hạn: đơn vị cần đăng ký thi đua đến hết ngày " + deadline + ".");
  }
}
