package vn.tdkt.workplan;

import org.springframework.stereotype.Component;
import vn.tdkt.common.AcknowledgementTask;

/** "Nhận thông báo nhiệm vụ không hoàn thành": the executing unit confirms it has read why its row was closed. */
@Component("acknowledgeWorkItemNotDone")
public class AcknowledgeWorkItemNotDone extends AcknowledgementTask {

  public AcknowledgeWorkItemNotDone() {
    super("notDoneAcknowledged", "Cần đánh dấu «Đã nhận thông báo» để xác nhận đơn vị đã nhận thông báo.");
  }
}
