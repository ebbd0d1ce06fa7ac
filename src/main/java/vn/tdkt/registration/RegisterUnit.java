package vn.tdkt.registration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.InvalidInputException;

/** "Đăng ký thi đua": a registration must say what the unit commits to. */
@Component("registerUnit")
public class RegisterUnit implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    new InvalidInputException.Problems()
        .requireText(task, "registrationCommitments", "Chưa nhập nội dung đăng ký thi đua (cam kết, chỉ tiêu).")
        .throwIfAny();
  }
}
