package vn.tdkt.registration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.InvalidInputException;

/** "Đăng ký thi đua": a registration must say what the unit commits to, and come in time when the plan makes the deadline final. */
@Component("registerUnit")
public class RegisterUnit implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Deadlines.refuseAfterFinal(task, Deadlines.parseOrNull(task.getVariable("registrationDeadline")), "registrationFinal",
        "Đã hết hạn đăng ký thi đua (đến hết ngày %s). Đăng ký không được tiếp nhận; cơ quan thẩm định sẽ"
            + " đôn đốc và có thể gia hạn.");
    new InvalidInputException.Problems()
        .requireText(task, "registrationCommitments", "Chưa nhập nội dung đăng ký thi đua (cam kết, chỉ tiêu).")
        .throwIfAny();
  }
}
