package vn.tdkt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;

@DisplayName("Tổng hợp báo cáo kết quả đợt thi đua")
class ConsolidateReportsTest extends DriveTest {

  @Autowired FormService forms;

  @Test
  @DisplayName("hết hạn báo cáo kết quả: Ban TĐKT thấy báo cáo của từng đơn vị, đơn vị chưa báo cáo và đơn vị không đăng ký,"
      + " rồi lập báo cáo tổng hợp")
  void theBoardConsolidatesTheUnitsReportsAtTheDeadline() {
    ProcessInstance plan = launchedAndApproved("so-yte", "so-gddt", "so-noi-vu");
    register(plan, "so-yte");
    register(plan, "so-gddt");
    at(LocalDateTime.of(2025, 10, 1, 8, 0));
    complete(unitTask(plan, "so-yte", "reportResults"), Map.of("resultsReport", "Sở Y tế đạt 12/12 chỉ tiêu của đợt."));
    at(LocalDateTime.of(2025, 10, 9, 23, 0));
    assertThat(plan).isNotWaitingAt("consolidateReports");

    at(LocalDateTime.of(2025, 10, 10, 0, 0));
    Task consolidation = task(plan, "consolidateReports");
    assertThat(consolidation).hasCandidateGroup("board-officer");
    assertThat(consolidation.getDueDate()).isEqualTo(vn(LocalDateTime.of(2025, 10, 18, 0, 0))); // 5 working days from 13/10
    assertThat(read(forms.getTaskFormVariables(consolidation.getId()).get("unitReports").toString()))
        .extracting(row -> row.get("unitName") + ": " + row.get("state") + " – " + row.get("report"))
        .containsExactly("Sở Y tế: Đã báo cáo – Sở Y tế đạt 12/12 chỉ tiêu của đợt.",
            "Sở Giáo dục và Đào tạo: Không báo cáo đúng hạn – ",
            "Sở Nội vụ: Không đăng ký thi đua – ");

    assertThatThrownBy(() -> complete(consolidation, Map.of())).hasMessageContaining(
        "Chưa nhập báo cáo tổng hợp kết quả đợt thi đua.");
    complete(consolidation, Map.of("reportsSummary", "02/03 đơn vị đăng ký; 01 đơn vị báo cáo đúng hạn."));
    assertThat(plan).hasPassed("reportsConsolidated");
    assertThat(runtime.getVariable(plan.getId(), "reportsSummary")).isEqualTo("02/03 đơn vị đăng ký; 01 đơn vị báo cáo đúng hạn.");
  }
}
