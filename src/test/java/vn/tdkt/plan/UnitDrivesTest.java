package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.JsonVariables;
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

  @Test
  @DisplayName("đơn vị kết thúc phần việc thì kết quả ở lại phần việc của đơn vị; khi mọi đơn vị đã xong, kế hoạch tổng hợp"
      + " kết quả theo thứ tự đơn vị của kế hoạch và báo từng đơn vị")
  void eachUnitsResultIsReadFromItsLineOnceAllHaveEnded() {
    ProcessInstance plan = metProposingNobody("so-tu-phap", "so-tai-chinh");

    headApprovesSelection(plan, "so-tai-chinh");
    runAsynchronousContinuations();
    assertThat(unitDrive(plan, "so-tai-chinh")).isNull();
    assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(plan.getId()).list())
        .extracting(VariableInstance::getName).as("nothing recorded in the plan per unit")
        .contains("unitResults").noneMatch(name -> name.startsWith("unitResult_"));

    headApprovesSelection(plan, "so-tu-phap");
    runAsynchronousContinuations();

    HistoricVariableInstance results = history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
        .variableName("unitResults").singleResult();
    assertThat(JsonVariables.readList(results.getValue(), UnitResult.class))
        .extracting(UnitResult::unitCode, UnitResult::unitName, UnitResult::status, unit -> unit.nominees().size())
        .containsExactly(tuple("so-tu-phap", "Sở Tư pháp", UnitResult.NO_PROPOSAL, 1),
            tuple("so-tai-chinh", "Sở Tài chính", UnitResult.NO_PROPOSAL, 1));
    assertThat(outcomeNotices(plan)).extracting(notice -> tasks.getVariable(notice.getId(), "unitName"))
        .containsExactlyInAnyOrder("Sở Tư pháp", "Sở Tài chính");
  }

  @Test
  @DisplayName("quản trị viên hủy phần việc của một đơn vị thì kế hoạch tổng hợp và báo kết quả cho các đơn vị còn lại;"
      + " đơn vị bị hủy không có kết quả dù đã bị ghi nhận chưa đăng ký")
  void aLineAnAdministratorCancelledHasNoResult() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-tu-phap");
    register(plan, "so-gddt");
    at(LocalDateTime.of(2024, 11, 1, 9, 0));
    ProcessInstance cancelled = unitDrive(plan, "so-tu-phap");
    assertThat(cancelled).isWaitingAt("followUpRegistration").variables().containsEntry("unitStatus", UnitResult.NOT_REGISTERED);
    runtime.deleteProcessInstance(cancelled.getId(), "Đơn vị thôi tham gia kế hoạch");

    at(LocalDateTime.of(2025, 10, 1, 8, 0));
    reportResults(plan, "so-gddt");
    recordMeeting(plan, "so-gddt", meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 4, 5, false))));
    headApprovesSelection(plan, "so-gddt");
    runAsynchronousContinuations();

    HistoricVariableInstance results = history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
        .variableName("unitResults").singleResult();
    assertThat(JsonVariables.readList(results.getValue(), UnitResult.class)).extracting(UnitResult::unitCode)
        .containsExactly("so-gddt");
    assertThat(outcomeNotices(plan)).extracting(notice -> tasks.getVariable(notice.getId(), "unitCode"))
        .containsExactly("so-gddt");
    assertThat(management.createJobQuery().processInstanceId(plan.getId()).withException().list()).isEmpty();
  }

  @Test
  @DisplayName("dữ liệu kế hoạch được lưu lịch sử một lần, ở kế hoạch; phần việc của đơn vị lưu dữ liệu của đơn vị, hạn đăng ký"
      + " Ban gia hạn và biến quản trị viên thêm sau")
  void planDataIsKeptInHistoryOnceWithThePlan() {
    Map<String, Object> planData = seed000Plan("so-gddt");
    planData.put("quotaStandard", 2);
    ProcessInstance plan = launchedAndApproved(planData);
    ProcessInstance drive = unitDrive(plan, "so-gddt");

    Map<String, Object> line = runtime.getVariables(drive.getId());
    assertThat(line).containsKeys(UnitDriveMapping.planVariables().toArray(String[]::new)).containsEntry("quotaStandard", 2)
        .doesNotContainKey("quotaMajor");
    assertThat(storedNames(drive)).contains("unitCode", "unitName", "unitCategory", "submissionDeadline")
        .doesNotContainAnyElementsOf(UnitDriveMapping.planVariables()).doesNotContain("quotaStandard");
    assertThat(storedNames(plan)).containsAll(UnitDriveMapping.planVariables().stream().filter(name -> line.get(name) != null).toList())
        .contains("planTitle", "registrationDeadline", "submissionCloses", "quotaStandard");

    runtime.setVariable(drive.getId(), "quotaMajor", 3);
    assertThat(storedNames(drive)).as("a copy's name an administrator adds later").contains("quotaMajor");

    at(LocalDateTime.of(2024, 11, 1, 9, 0));
    as("canbo.bantdkt", () -> complete(unitTask(plan, "so-gddt", "followUpRegistration"),
        Map.of("registrationExtended", true, "newRegistrationDeadline", "2024-11-08")));

    HistoricVariableInstance extended = history.createHistoricVariableInstanceQuery().processInstanceId(drive.getId())
        .variableName("registrationDeadline").singleResult();
    assertThat(extended.getValue()).isEqualTo("2024-11-08");
    assertThat(history.createHistoricDetailQuery().variableInstanceId(extended.getId()).list())
        .singleElement().satisfies(detail -> assertThat(((HistoricVariableUpdate) detail).getValue()).isEqualTo("2024-11-08"));
  }

  private List<String> storedNames(ProcessInstance instance) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
        .map(HistoricVariableInstance::getName).toList();
  }
}
