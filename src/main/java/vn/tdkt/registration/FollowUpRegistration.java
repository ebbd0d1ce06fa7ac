package vn.tdkt.registration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;

/**
 * "Đôn đốc đăng ký thi đua": the board either grants the unit a new registration deadline (the
 * unit gets its registration task back) or confirms that the unit did not register.
 */
@Component("followUpRegistration")
public class FollowUpRegistration implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Decisions.newDeadlineIfGranted(task, "registrationExtended", "newRegistrationDeadline",
        "Chưa chọn gia hạn đăng ký hay ghi nhận đơn vị không đăng ký.",
        "Hạn đăng ký mới phải là một ngày từ hôm nay trở đi.")
        .ifPresent(day -> {
          task.getExecution().setVariable("registrationDeadline", day.toString());
          task.getExecution().removeVariable("unitStatus");
        });
  }
}
