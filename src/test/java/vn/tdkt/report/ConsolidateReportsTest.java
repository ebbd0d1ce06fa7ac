package vn.tdkt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;

@DisplayName("Tổng hợp báo cáo kết quả đợt thi đua")
class ConsolidateReportsTest extends DriveTest {

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
    assertThat(consolidation.getDueDate()).isEqualTo(endOf(2025, 10, 17)); // 5 working days from 13/10
    assertThat(read(forms.getTaskFormVariables(consolidation.getId()).get("unitReports").toString()))
        .extracting(row -> row.get("unitName") + ": " + row.get("state") + " – " + row.get("report"))
        .containsExactly("Sở Y tế: Đã báo cáo – Sở Y tế đạt 12/12 chỉ tiêu của đợt.",
            "Sở Giáo dục và Đào tạo: Không báo cáo đúng hạn – ",
            "Sở Nội vụ: Không đăng ký thi đua – ");

    assertThatThrownBy(() -> complete(consolidation, Map.of())).hasMessageContaining(
        "Chưa nhập báo cáo tổng hợp kết quả đợt thi đua.");
    at(LocalDateTime.of(2025, 10, 18, 8, 0));
    assertThat(groupsOf(consolidation)).as("overdue: the board head is told").contains("board-head");
    complete(consolidation, Map.of("reportsSummary", "02/03 đơn vị đăng ký; 01 đơn vị báo cáo đúng hạn."));
    assertThat(plan).hasPassed("reportsConsolidated");
    assertThat(runtime.getVariable(plan.getId(), "reportsSummary")).isEqualTo("02/03 đơn vị đăng ký; 01 đơn vị báo cáo đúng hạn.");
  }

  @Test
  @DisplayName("kế hoạch hai đợt: mỗi đợt Ban tổng hợp báo cáo của đợt đó; báo cáo tổng hợp của đợt trước không điền sẵn ở đợt"
      + " sau; đợt kết thúc thì việc tổng hợp chưa làm cũng đóng")
  void eachPhaseHasItsOwnConsolidation() {
    at(LocalDateTime.of(2024, 3, 15, 9, 0));
    ProcessInstance plan = launchedAndApproved(twoPhasesOf001(GENERAL));

    at(LocalDateTime.of(2024, 6, 3, 8, 0));
    ProcessInstance first = unitDrive(plan, "Đợt 1", GENERAL);
    complete(task(first, "reportResults"), Map.of("resultsReport", "Đợt 1: hoàn thành 6/6 nhiệm vụ."));
    at(LocalDateTime.of(2024, 6, 8, 8, 0));
    complete(task(plan, "consolidateReports"), Map.of("reportsSummary", "Đợt 1: phòng đã báo cáo đúng hạn."));
    nobodyProposed(first, "2024-06-07");

    at(LocalDateTime.of(2024, 11, 30, 8, 0));
    Task second = task(plan, "consolidateReports");
    assertThat(forms.getTaskFormVariables(second.getId()).get("reportsSummary")).as("phase 1's not carried over").isNull();
    assertThat(read(forms.getTaskFormVariables(second.getId()).get("unitReports").toString()))
        .extracting(row -> String.valueOf(row.get("state"))).containsExactly("Không báo cáo đúng hạn");

    ProcessInstance phaseTwo = unitDrive(plan, "Đợt 2", GENERAL);
    complete(task(phaseTwo, "reportResults"), Map.of("resultsReport", "Đợt 2: hoàn thành."));
    nobodyProposed(phaseTwo, "2024-11-29");
    at(LocalDateTime.of(2024, 12, 3, 8, 0));
    finalReportWritten(plan);
    assertThat(plan).isEnded().hasPassed("reportsConsolidated");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(plan.getId()).taskDefinitionKey("consolidateReports")
        .list()).extracting(t -> t.getDeleteReason()).containsExactlyInAnyOrder("completed", "deleted");
  }

  private static final String GENERAL = "vp-phong-tong-hop";
}
