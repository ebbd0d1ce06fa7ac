package vn.tdkt.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.EscalateOverdueTask;
import vn.tdkt.common.InvalidInputException;

@DisplayName("Kế hoạch triển khai của đơn vị (seed 003, mục III.4)")
class ImplementationPlanTest extends CongressTest {

  private static final String SUBMIT = "submitImplementationPlan";

  private Task implementationPlanOf(ProcessInstance plan, String unit) {
    return tasks.createTaskQuery().processDefinitionKey("implementationPlan")
        .processInstanceBusinessKey(plan.getBusinessKey() + "/" + unit).singleResult();
  }

  @Test
  @DisplayName("khi phát động, đơn vị ngay dưới cấp tỉnh nhận việc gửi kế hoạch triển khai, hạn 31/10/2024; đơn vị ghi số,"
      + " ngày, nội dung; Ban đọc được trong tiến độ kế hoạch; đơn vị cấp cơ sở không nhận")
  void unitsJustBelowTheProvinceSendTheirImplementationPlans() {
    ProcessInstance plan = launchSeed003();
    Task request = implementationPlanOf(plan, TP_THAI_NGUYEN);
    assertThat(request).hasCandidateGroup("unit-tn-ubnd-tp-thai-nguyen-officer")
        .hasDueDate(endOf(2024, 10, 31));
    assertThat(implementationPlanOf(plan, HOANG_VAN_THU)).as("a ward sends its plan to its city").isNull();
    assertThat(plan).isWaitingAt("provincialCongress");

    at(LocalDateTime.of(2024, 10, 25, 9, 0));
    assertThatThrownBy(() -> as("tn.tptn.canbo", () -> complete(request, Map.of("implementationPlanNumber", "",
        "implementationPlanDate", "2024-10-01", "implementationPlanSummary", ""))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Chưa nhập số, ký hiệu kế hoạch triển khai của đơn vị.",
            "Ngày ban hành kế hoạch triển khai (01/10/2024) trước ngày ban hành kế hoạch của tỉnh (09/10/2024).",
            "Chưa tóm tắt nội dung kế hoạch triển khai."));
    as("tn.tptn.canbo", () -> complete(request, Map.of("implementationPlanNumber", "215/KH-UBND",
        "implementationPlanDate", "2024-10-22", "implementationPlanSummary", "Đại hội cấp cơ sở xong trước 31/3/2025.")));

    JsonNode line = progress("canbo.bantdkt", plan.getBusinessKey(), TP_THAI_NGUYEN).findParents("process").stream()
        .filter(l -> "Kế hoạch triển khai của đơn vị".equals(l.get("process").asText())).findFirst().orElseThrow();
    assertThat(line.get("status").asText()).isEqualTo("Đơn vị đã gửi kế hoạch triển khai");
    assertThat(line.get("facts").get("implementationPlanNumber").asText()).isEqualTo("215/KH-UBND");
  }

  @Test
  @DisplayName("quá hạn gửi kế hoạch triển khai thì Thủ trưởng đơn vị được báo; Đại hội của đơn vị không phải chờ")
  void anOverdueImplementationPlanGoesToTheUnitHead() {
    ProcessInstance plan = launchSeed003();
    at(LocalDateTime.of(2024, 11, 1, 8, 0));

    Task late = implementationPlanOf(plan, TP_THAI_NGUYEN);
    assertThat(late).hasCandidateGroup("unit-tn-ubnd-tp-thai-nguyen-head");
    assertThat(late.getPriority()).isEqualTo(EscalateOverdueTask.ESCALATED_PRIORITY);
    at(LocalDateTime.of(2025, 3, 20, 9, 0));
    holdsCongress(plan, HOANG_VAN_THU, "2025-03-14");
    holdsCongress(plan, PHAN_DINH_PHUNG, "2025-03-18");
    at(LocalDateTime.of(2025, 6, 20, 9, 0));
    holdsCongress(plan, TP_THAI_NGUYEN, "2025-06-17");
    assertThat(congress(plan, TP_THAI_NGUYEN)).as("the city's congress ended").isNull();
    assertThat(implementationPlan(plan, TP_THAI_NGUYEN)).as("its implementation plan is still asked for").isWaitingAt(SUBMIT);
  }

  @Test
  @DisplayName("phát động không nhập hạn gửi kế hoạch triển khai (dữ liệu kế hoạch cũng không ghi) thì không đơn vị nào nhận"
      + " việc này; Đại hội các cấp vẫn bắt đầu")
  void withoutADeadlineNoUnitIsAsked() {
    ProcessInstance plan = launchSeed003(Map.of());

    assertThat(plan).hasPassed("implementationPlansNotAsked").isWaitingAt("provincialCongress");
    assertThat(implementationPlan(plan, TP_THAI_NGUYEN)).isNull();
  }

  @Test
  @DisplayName("hạn gửi kế hoạch triển khai trước ngày ban hành kế hoạch của tỉnh, hoặc không phải ngày, thì bị từ chối, không"
      + " tạo gì")
  void aDeadlineBeforeThePlanIsRefused() {
    long plans = history.createHistoricProcessInstanceQuery().processDefinitionKey("congressPlan").count();
    assertThatThrownBy(() -> launchSeed003(Map.of(ImplementationPlanMapping.DEADLINE, "2024-10-01")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Hạn gửi kế hoạch triển khai (01/10/2024) trước ngày ban hành kế hoạch (09/10/2024)."));
    assertThatThrownBy(() -> launchSeed003(Map.of(ImplementationPlanMapping.DEADLINE, "31/10/2024")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Hạn gửi kế hoạch triển khai: Ngày không hợp lệ: 31/10/2024 (cần dạng YYYY-MM-DD)."));
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("congressPlan").count()).isEqualTo(plans);
  }
}
