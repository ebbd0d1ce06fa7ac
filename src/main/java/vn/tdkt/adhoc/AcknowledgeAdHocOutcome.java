package vn.tdkt.adhoc;

import org.springframework.stereotype.Component;
import vn.tdkt.common.AcknowledgementTask;

/** "Nhận kết quả khen thưởng đột xuất": the unit confirms it has read how its proposal ended. */
@Component("acknowledgeAdHocOutcome")
public class AcknowledgeAdHocOutcome extends AcknowledgementTask {

  public AcknowledgeAdHocOutcome() {
    super("adHocOutcomeAcknowledged", "Cần đánh dấu «Đã nhận kết quả» để xác nhận đơn vị đã nhận kết quả.");
  }
}
