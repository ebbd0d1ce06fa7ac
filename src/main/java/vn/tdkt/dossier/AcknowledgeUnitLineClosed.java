package vn.tdkt.dossier;

import org.springframework.stereotype.Component;
import vn.tdkt.common.AcknowledgementTask;

/** "Nhận thông báo Ban TĐKT không xét đơn vị": the unit confirms it has read why the board did not consider it. */
@Component("acknowledgeUnitLineClosed")
public class AcknowledgeUnitLineClosed extends AcknowledgementTask {

  public AcknowledgeUnitLineClosed() {
    super("closingAcknowledged", "Cần đánh dấu «Đã nhận thông báo» để xác nhận đơn vị đã nhận thông báo.");
  }
}
