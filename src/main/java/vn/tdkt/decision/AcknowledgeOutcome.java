package vn.tdkt.decision;

import org.springframework.stereotype.Component;
import vn.tdkt.common.AcknowledgementTask;

/** "Nhận kết quả khen thưởng" (the notice's task {@code notifyUnit}): the unit's officer confirms the outcome is read. */
@Component("acknowledgeOutcome")
public class AcknowledgeOutcome extends AcknowledgementTask {

  public AcknowledgeOutcome() {
    super("outcomeAcknowledged", "Cần đánh dấu «Đã nhận kết quả» để xác nhận đơn vị đã nhận kết quả khen thưởng.");
  }
}
