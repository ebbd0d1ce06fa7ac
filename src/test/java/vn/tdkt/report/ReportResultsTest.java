package vn.tdkt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;

@DisplayName("Báo cáo kết quả thi đua")
class ReportResultsTest extends DriveTest {

  private ProcessInstance driveEnded() {
    ProcessInstance plan = launchedAndApproved("so-yte");
    register(plan, "so-yte");
    at(LocalDateTime.of(2025, 10, 1, 8, 0));
    return plan;
  }

  @Test
  @DisplayName("báo cáo hạn đến hết ngày 09/10/2025 (trước ngày 10/10/2025); nộp rồi thì sang họp xét")
  void reportBeforeTheDeadlineLeadsToTheMeeting() {
    ProcessInstance plan = driveEnded();
    assertThat(unitTask(plan, "so-yte", "reportResults").getDueDate()).isEqualTo(endOf(2025, 10, 9));

    reportResults(plan, "so-yte");

    assertThat(unitDrive(plan, "so-yte")).isWaitingAt("recordSelectionMeeting");
    assertThat(runtime.getVariables(unitDrive(plan, "so-yte").getId())).doesNotContainKey("resultsReportLate");
  }

  @Test
  @DisplayName("báo cáo trống thì bị từ chối")
  void emptyReportIsRefused() {
    ProcessInstance plan = driveEnded();

    assertThatThrownBy(() -> complete(unitTask(plan, "so-yte", "reportResults"), Map.of("resultsReport", " ")))
        .hasMessageContaining("Chưa nhập báo cáo kết quả thi đua.");
  }

  @Test
  @DisplayName("đơn vị báo cáo sau hạn cuối thì bị từ chối, kể cả khi việc còn mở")
  void reportAfterTheFinalDeadlineIsRefused() {
    ProcessInstance plan = driveEnded();
    String taskId = unitTask(plan, "so-yte", "reportResults").getId();
    ClockUtil.setCurrentTime(vn(LocalDateTime.of(2025, 10, 10, 0, 0))); // before the deadline's timer has run

    assertThatThrownBy(() -> tasks.complete(taskId, Map.of("resultsReport", "Hoàn thành 100% chỉ tiêu.")))
        .hasMessageContaining("Đã hết hạn báo cáo kết quả thi đua (đến hết ngày 09/10/2025). Báo cáo không được tiếp nhận;");
    assertThat(unitDrive(plan, "so-yte")).isWaitingAt("reportResults");
  }

  @Test
  @DisplayName("quá hạn báo cáo thì ghi nhận báo cáo trễ, đơn vị vẫn được họp xét")
  void missedReportIsMarkedLateAndTheUnitGoesOn() {
    ProcessInstance plan = driveEnded();

    at(LocalDateTime.of(2025, 10, 9, 23, 59, 59));
    assertThat(unitDrive(plan, "so-yte")).isWaitingAt("reportResults");
    at(LocalDateTime.of(2025, 10, 10, 0, 0));

    assertThat(unitDrive(plan, "so-yte")).isWaitingAt("recordSelectionMeeting")
        .variables().containsEntry("resultsReportLate", true);
  }
}
