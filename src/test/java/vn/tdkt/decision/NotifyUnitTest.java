package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;

@DisplayName("Thông báo kết quả cho các đơn vị")
class NotifyUnitTest extends DriveTest {

  private static final Map<String, Object> ACKNOWLEDGED = Map.of("outcomeAcknowledged", true);

  @Test
  @DisplayName("hai đơn vị xác nhận đã nhận kết quả cùng lúc thì không đơn vị nào phải chờ hay gặp lỗi; kế hoạch ghi nhận cả hai rồi kết thúc")
  void unitsAcknowledgingAtOnceDoNotCollide() throws Exception {
    ProcessInstance plan = metProposingNobody("so-tu-phap", "so-tai-chinh");
    headApprovesSelection(plan, "so-tu-phap");
    headApprovesSelection(plan, "so-tai-chinh");
    List<Task> notices = outcomeNotices(plan);
    assertThat(notices).hasSize(2);

    atOnce(() -> tasks.complete(notices.get(0).getId(), ACKNOWLEDGED),
        () -> tasks.complete(notices.get(1).getId(), ACKNOWLEDGED));

    assertThat(outcomeNotices(plan)).isEmpty();
    assertThat(plan).isNotEnded();
    runAsynchronousContinuations();
    assertThat(plan).isEnded();
  }
}
