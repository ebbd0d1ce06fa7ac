package vn.tdkt.decision;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.InvalidInputException;

/**
 * "Nhận kết quả khen thưởng" (the notice's task {@code notifyUnit}): the unit's officer confirms
 * the unit has read its outcome; a completion without the tick (over REST) would close the notice
 * as read by nobody.
 */
@Component("acknowledgeOutcome")
public class AcknowledgeOutcome implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable("outcomeAcknowledged"))) {
      throw new InvalidInputException(List.of("Cần đánh dấu «Đã nhận kết quả» để xác nhận đơn vị đã nhận kết quả khen thưởng."));
    }
  }
}
