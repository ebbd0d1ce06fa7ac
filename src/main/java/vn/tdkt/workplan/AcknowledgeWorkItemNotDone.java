package vn.tdkt.workplan;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.InvalidInputException;

/**
 * "Nhận thông báo nhiệm vụ không hoàn thành": the executing unit confirms it has read why its row
 * was closed; a completion without the tick (over REST) would close the notice as read by nobody.
 */
@Component("acknowledgeWorkItemNotDone")
public class AcknowledgeWorkItemNotDone implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable("notDoneAcknowledged"))) {
      throw new InvalidInputException(List.of("Cần đánh dấu «Đã nhận thông báo» để xác nhận đơn vị đã nhận thông báo."));
    }
  }
}
