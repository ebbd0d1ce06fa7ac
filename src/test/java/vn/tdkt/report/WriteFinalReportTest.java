package vn.tdkt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;

@DisplayName("Báo cáo tổng kết kế hoạch")
class WriteFinalReportTest extends DriveTest {

  /** Seed 000 with one unit that never registers: the phase ends with nobody proposed. */
  private ProcessInstance nobodyRegistered() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    at(LocalDateTime.of(2024, 11, 1, 9, 0));
    complete(unitTask(plan, "so-gddt", "followUpRegistration"), Map.of("registrationExtended", false));
    runAsynchronousContinuations();
    return plan;
  }

  @Test
  @DisplayName("đợt kết thúc thì Ban thấy kết quả hệ thống tổng hợp và viết báo cáo tổng kết trong 10 ngày làm việc; ghi xong"
      + " thì kế hoạch kết thúc")
  void theBoardWritesTheFinalReportAndThePlanEnds() {
    ProcessInstance plan = nobodyRegistered();

    assertThat(plan).isWaitingAt("writeFinalReport");
    Task report = task(plan, "writeFinalReport");
    assertThat(report).hasCandidateGroup("board-officer");
    assertThat(report.getDueDate()).as("10 working days from Friday 01/11/2024").isEqualTo(endOf(2024, 11, 15));
    assertThat(runtime.getVariable(plan.getId(), "planResults")).isEqualTo("1 đơn vị (Không đăng ký thi đua: 1); 0 tập thể,"
        + " cá nhân được đề nghị, 0 đạt thẩm định, 0 được khen thưởng.");
    complete(report, finalReport());

    assertThat(plan).isEnded();
    assertThat(endedWith(plan, "finalReportNumber")).isEqualTo("215/BC-SNV");
  }

  @Test
  @DisplayName("thiếu số báo cáo, ngày báo cáo sau hôm nay, ngày hội nghị sai dạng: nêu từng lỗi, kế hoạch vẫn chờ báo cáo")
  void anIncompleteReportIsRefused() {
    ProcessInstance plan = nobodyRegistered();
    Map<String, Object> report = new HashMap<>(finalReport());
    report.put("finalReportNumber", " ");
    report.put("finalReportDate", "2024-11-02");
    report.put("finalReviewMeetingDate", "15/11/2024");

    assertThatThrownBy(() -> complete(task(plan, "writeFinalReport"), report))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Chưa nhập số báo cáo tổng kết.", "Ngày báo cáo tổng kết không được sau ngày hôm nay.",
            "Ngày hội nghị tổng kết, trao thưởng không hợp lệ: 15/11/2024 (cần dạng YYYY-MM-DD)."));
    assertThat(plan).isWaitingAt("writeFinalReport");
  }

  @Test
  @DisplayName("ngày báo cáo hay ngày hội nghị trước khi kế hoạch bắt đầu: nêu từng lỗi; hội nghị đã định ngày sắp tới thì"
      + " được ghi")
  void datesBeforeThePlanAreRefused() {
    ProcessInstance plan = nobodyRegistered();
    Map<String, Object> report = new HashMap<>(finalReport());
    report.put("finalReportDate", "2023-10-01");
    report.put("finalReviewMeetingDate", "2024-09-30");

    assertThatThrownBy(() -> complete(task(plan, "writeFinalReport"), report))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Ngày báo cáo tổng kết (01/10/2023) trước khi bắt đầu thời gian thi đua của kế hoạch (01/10/2024).",
            "Ngày hội nghị tổng kết, trao thưởng (30/09/2024) trước khi bắt đầu thời gian thi đua của kế hoạch (01/10/2024)."));
    assertThat(plan).isWaitingAt("writeFinalReport");
    report.put("finalReportDate", "2024-11-01");
    report.put("finalReviewMeetingDate", "2024-12-20");
    complete(task(plan, "writeFinalReport"), report);
    assertThat(plan).isEnded();
  }
}
