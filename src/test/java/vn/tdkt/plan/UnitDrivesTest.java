package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;

@DisplayName("Thi đua của các đơn vị")
class UnitDrivesTest extends DriveTest {

  @Test
  @DisplayName("hai đơn vị kết thúc phần việc của mình cùng lúc thì không đơn vị nào phải chờ hay gặp lỗi; kế hoạch ghi nhận cả hai rồi đi tiếp")
  void unitsEndingTheirLinesAtOnceDoNotCollide() throws Exception {
    ProcessInstance plan = metProposingNobody("so-tu-phap", "so-tai-chinh");
    Map<String, Object> approved = Map.of("selectionApproved", true);
    String first = unitTask(plan, "so-tu-phap", "approveSelection").getId();
    String second = unitTask(plan, "so-tai-chinh", "approveSelection").getId();

    atOnce(() -> tasks.complete(first, approved), () -> tasks.complete(second, approved));

    assertThat(unitDrive(plan, "so-tu-phap")).as("line of so-tu-phap still running").isNull();
    assertThat(unitDrive(plan, "so-tai-chinh")).as("line of so-tai-chinh still running").isNull();
    runAsynchronousContinuations();
    assertThat(plan).hasPassed("unitDrives");
    assertThat(outcomeNotices(plan)).hasSize(2);
  }
}
