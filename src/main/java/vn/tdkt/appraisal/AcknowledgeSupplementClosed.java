package vn.tdkt.appraisal;

import org.springframework.stereotype.Component;
import vn.tdkt.common.AcknowledgementTask;

/** "Nhận thông báo đóng việc bổ sung hồ sơ": the unit confirms it has read that its supplement closed, and why. */
@Component("acknowledgeSupplementClosed")
public class AcknowledgeSupplementClosed extends AcknowledgementTask {

  public AcknowledgeSupplementClosed() {
    super("supplementClosedAcknowledged", "Cần đánh dấu «Đã nhận thông báo» để xác nhận đơn vị đã nhận thông báo.");
  }
}
