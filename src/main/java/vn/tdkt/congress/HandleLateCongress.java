package vn.tdkt.congress;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;

/**
 * "Xử lý Đại hội (hội nghị) quá hạn": the organiser keeps waiting for the unit's record (and is
 * asked again 10 working days later), or closes the unit's congress as not held, saying why
 * ({@code notHeldReason}, kept in its history); the congress above then no longer waits for it.
 */
@Component("handleLateCongress")
public class HandleLateCongress implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.removeVariable("congressClosed"); // asked again after waiting: the last "keep waiting" is not preselected
      return;
    }
    if (!(task.getVariable("congressClosed") instanceof Boolean closed)) {
      throw new InvalidInputException(List.of("Chưa chọn tiếp tục chờ đơn vị hay kết thúc vì đơn vị không tổ chức."));
    }
    if (closed && Decisions.isBlank(task.getVariable("notHeldReason"))) {
      throw new InvalidInputException(List.of("Khi kết thúc phải ghi lý do đơn vị không tổ chức Đại hội (hội nghị)."));
    }
  }
}
