package vn.tdkt.registration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;

/**
 * "Đôn đốc đăng ký thi đua": the board either grants the unit a new registration deadline (the
 * unit gets its registration task back) or confirms that the unit did not register.
 */
@Component("followUpRegistration")
public class FollowUpRegistration implements TaskListener {

  private final Deadlines deadlines;

  public FollowUpRegistration(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    Decisions.newDeadlineIfGranted(task, deadlines, "registrationExtended", "newRegistrationDeadline",
        "Hạn đăng ký mới", "Chưa chọn gia hạn đăng ký hay ghi nhận đơn vị không đăng ký.")
        .ifPresent(day -> {
          task.getExecution().setVariable("registrationDeadline", day.toString());
          task.getExecution().removeVariable("unitStatus");
        });
  }
}
