package vn.tdkt.plan;

import org.springframework.stereotype.Component;
import vn.tdkt.common.AcknowledgementTask;

/** "Nhận thông báo hủy" (the notice's task {@code acknowledgeCancellation}): the unit's officer confirms the cancellation is read. */
@Component("acknowledgeCancellation")
public class AcknowledgeCancellation extends AcknowledgementTask {

  public AcknowledgeCancellation() {
    super("cancellationAcknowledged", "Cần đánh dấu «Đã nhận thông báo» để xác nhận đơn vị đã nhận thông báo hủy.");
  }
}
