package vn.tdkt.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.EscalateOverdueTask;

@DisplayName("Đại hội Thi đua yêu nước các cấp tỉnh Thái Nguyên năm 2025 (seed 003)")
class CongressPlanTest extends CongressTest {

  @Test
  @DisplayName("cơ sở xong trong Quý I, trên cơ sở trong Quý II, tỉnh trong Quý III; đại biểu mỗi cấp lên cấp trên")
  void congressesByLevelFeedTheLevelAbove() {
    ProcessInstance plan = launchSeed003();
    CongressPlanData data = plans.find(SEED_003).orElseThrow();

    assertThat(plan).isWaitingAt("provincialCongress");
    assertThat(record(plan, PROVINCE)).hasCandidateGroup("board-officer")
        .hasDueDate(endOf(2025, 9, 30));
    assertThat(record(plan, TP_THAI_NGUYEN)).hasCandidateGroup("unit-tn-ubnd-tp-thai-nguyen-officer")
        .hasDueDate(endOf(2025, 6, 30));
    assertThat(record(plan, HOANG_VAN_THU)).hasCandidateGroup("unit-tn-ubnd-p-hoang-van-thu-officer")
        .hasDueDate(endOf(2025, 3, 31));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("congress")
        .processInstanceBusinessKeyLike(plan.getBusinessKey() + "/%").count()).isEqualTo(data.units().size() + 1);

    // Quý I: the grassroots congresses; one ward holds a Hội nghị, where the flag salute is not required.
    at(LocalDateTime.of(2025, 3, 20, 9, 0));
    Map<String, Object> bich = delegate("Trần Thị Bích", "Tổ trưởng tổ dân phố", "Tổ dân phố 5, phường Hoàng Văn Thụ",
        "ADVANCED_EXAMPLE", "FEMALE");
    bich.put("ethnicity", "Tày");
    bich.put("directWorker", true);
    complete(record(plan, HOANG_VAN_THU), held("2025-03-14", "CONGRESS", WHOLE_PROGRAMME, List.of(
        delegate("Nguyễn Văn An", "Chủ tịch UBND phường", "UBND phường Hoàng Văn Thụ"),
        bich)));
    complete(record(plan, PHAN_DINH_PHUNG), held("2025-03-18", "ADVANCED_EXAMPLES",
        WHOLE_PROGRAMME.subList(1, WHOLE_PROGRAMME.size()),
        List.of(delegate("Lê Văn Cường", "Giáo viên", "Trường THCS Nha Trang"))));
    for (String unit : grassrootsOutsideTheCity(data)) {
      holdsCongress(plan, unit, "2025-03-19");
    }
    assertThat(congress(plan, HOANG_VAN_THU)).as("a grassroots congress ends once recorded").isNull();
    assertThat(received(congress(plan, TP_THAI_NGUYEN), "memberDelegates")).containsExactly(
        "Nguyễn Văn An – UBND phường Hoàng Văn Thụ", "Trần Thị Bích – UBND phường Hoàng Văn Thụ",
        "Lê Văn Cường – UBND phường Phan Đình Phùng");
    assertThat(runtime.getVariable(congress(plan, TP_THAI_NGUYEN).getId(), "memberComposition")).as("what the city weighs"
        + " its own delegation against").isEqualTo("3 đại biểu: 3 gương điển hình tiên tiến; 1 nữ; 1 người dân tộc thiểu số;"
        + " 1 người lao động trực tiếp");

    // Quý II: the upper-grassroots congresses (departments, districts, mass organisations).
    at(LocalDateTime.of(2025, 6, 20, 9, 0));
    complete(record(plan, TP_THAI_NGUYEN), held("2025-06-17", "CONGRESS", WHOLE_PROGRAMME, List.of(
        delegate("Nguyễn Văn An", "Chủ tịch UBND phường", "UBND phường Hoàng Văn Thụ"),
        delegate("Phạm Thị Dung", "Giám đốc", "Hợp tác xã chè Tân Cương"))));
    for (String unit : data.members(null)) {
      if (!unit.equals(TP_THAI_NGUYEN)) {
        holdsCongress(plan, unit, "2025-06-18");
      }
    }
    assertThat(received(congress(plan, PROVINCE), "memberDelegates"))
        .contains("Nguyễn Văn An – UBND thành phố Thái Nguyên", "Phạm Thị Dung – UBND thành phố Thái Nguyên")
        .hasSize(data.members(null).size() + 1);

    // Quý III: Đại hội Thi đua yêu nước tỉnh Thái Nguyên lần thứ VI, one day, with its delegation to the nation's.
    at(LocalDateTime.of(2025, 9, 25, 9, 0));
    Task provincial = record(plan, PROVINCE);
    assertThat(provincial.getPriority()).as("nothing was late, nobody was reminded").isEqualTo(Task.PRIORITY_NORMAL);
    complete(provincial, held("2025-09-24", "CONGRESS", WHOLE_PROGRAMME, List.of(
        delegate("Phạm Thị Dung", "Giám đốc", "Hợp tác xã chè Tân Cương"))));

    // The board reports every level's congresses to the UBND tỉnh: the province's first.
    Task report = task(plan, "reportCongressResults");
    assertThat(report).hasCandidateGroup("board-officer");
    List<String> results = congressResults(report);
    assertThat(results).hasSize(data.units().size() + 1);
    assertThat(results.get(0)).startsWith("Đại hội Thi đua yêu nước tỉnh Thái Nguyên lần thứ VI: ")
        .endsWith(" – Đại hội Thi đua yêu nước – Đã tổ chức ngày 24/09/2025 – 1");
    assertThat(read(forms.getTaskFormVariables(report.getId()).get("congressResults").toString()))
        .filteredOn(row -> "UBND phường Hoàng Văn Thụ".equals(row.get("unitName"))).singleElement()
        .satisfies(row -> assertThat(row.get("composition")).as("the balance seed 003 II.3 asks for").isEqualTo(
            "2 đại biểu: 2 gương điển hình tiên tiến; 1 nữ; 1 người dân tộc thiểu số; 1 người lao động trực tiếp"));
    assertThat(results).contains("Cấp cơ sở: UBND phường Hoàng Văn Thụ – Đại hội Thi đua yêu nước – Đã tổ chức ngày 14/03/2025 – 2",
        "Cấp cơ sở: UBND phường Phan Đình Phùng – Hội nghị tuyên dương điển hình tiên tiến – Đã tổ chức ngày 18/03/2025 – 1");
    assertThat(read(forms.getTaskFormVariables(report.getId()).get("congressResults").toString()).get(0).get("summary"))
        .as("what the congress reported").isEqualTo(REPORT_SUMMARY);
    assertThat(results.stream().map(row -> row.substring(0, row.indexOf(':'))).distinct()).as("from the province down")
        .containsExactly("Đại hội Thi đua yêu nước tỉnh Thái Nguyên lần thứ VI", "Cấp trên cơ sở", "Cấp cơ sở");
    assertThatThrownBy(() -> complete(report, Map.of())).hasMessageContaining(
        "Chưa nhập báo cáo tổng hợp kết quả Đại hội (hội nghị) các cấp.");
    complete(report, Map.of("congressReport", "Các cấp đã tổ chức Đại hội đúng hạn."));
    assertThat(received(plan, "nationalDelegates")).containsExactly("Phạm Thị Dung – Ủy ban nhân dân tỉnh Thái Nguyên");

    // The UBND tỉnh's Chairman receives the report, the table it was written from and the province's delegation.
    Task toTheChairman = task(plan, "receiveCongressReport");
    assertThat(toTheChairman).hasCandidateGroup("deciding-authority");
    assertThat(forms.getTaskFormVariables(toTheChairman.getId()).getValue("congressReport", String.class))
        .isEqualTo("Các cấp đã tổ chức Đại hội đúng hạn.");
    assertThat(http().call("chutich.ubnd", "GET", "/engine-rest/task/" + toTheChairman.getId()
        + "/form-variables?variableNames=congressResults&deserializeValues=false", null).body().at("/congressResults/value").asText())
        .as("the table the report was written from").contains("Đã tổ chức ngày 24/09/2025", "UBND phường Phan Đình Phùng");
    as("chutich.ubnd", () -> complete(toTheChairman, Map.of("congressDirection", "Biểu dương các đơn vị tổ chức đúng hạn.")));

    assertThat(plan).isEnded().hasPassed("congressPlanCompleted");
    assertThat(notices(plan, "acknowledgeCancellation")).as("no unit is told its work was cancelled").isEmpty();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("implementationPlan")
        .processInstanceBusinessKeyLike(plan.getBusinessKey() + "/%").list()).as("the implementation plans nobody sent")
        .hasSize(data.members(null).size()).allSatisfy(request -> assertThat(request.getState()).isEqualTo("INTERNALLY_TERMINATED"));
    JsonNode progress = progress("canbo.bantdkt", plan.getBusinessKey(), null);
    assertThat(progress.get("lines")).filteredOn(line -> line.get("process").asText().equals("Kế hoạch triển khai của đơn vị"))
        .as("closed as the plan ended, not cancelled by an administrator").isNotEmpty()
        .allSatisfy(line -> assertThat(line.get("status").asText()).isEqualTo("Đóng theo kế hoạch, chưa hoàn thành"));
    JsonNode planLine = progress.get("lines").get(0);
    assertThat(planLine.get("facts").get("congressReport").asText()).isEqualTo("Các cấp đã tổ chức Đại hội đúng hạn.");
    assertThat(planLine.get("facts").get("congressDirection").asText()).isEqualTo("Biểu dương các đơn vị tổ chức đúng hạn.");
    assertThat(endedWith(plan, "planTitle")).isEqualTo(data.title());
  }

  @Test
  @DisplayName("Đại hội cấp tỉnh quá hạn, Chủ tịch UBND tỉnh kết thúc vì không tổ chức: kế hoạch kết thúc ở «Đại hội cấp"
      + " tỉnh không tổ chức», kèm lý do, không ở «Các cấp đã tổ chức Đại hội»")
  void aProvincialCongressClosedAsNotHeldEndsThePlanSo() {
    ProcessInstance plan = reportedWithoutTheProvincialCongress();
    complete(task(plan, "receiveCongressReport"), Map.of());

    assertThat(plan).isEnded().hasPassed("provincialCongressNotHeld").hasNotPassed("congressPlanCompleted");
    JsonNode progress = progress("canbo.bantdkt", plan.getBusinessKey(), null);
    assertThat(progress.get("status").asText()).isEqualTo("Đại hội cấp tỉnh không tổ chức");
    assertThat(progress.get("lines").get(0).get("facts").get("notHeldReason").asText())
        .isEqualTo("Tổ chức chung với Hội nghị tổng kết của tỉnh theo Văn bản số 45/UBND-NC.");
  }

  @Test
  @DisplayName("quản trị hủy kế hoạch Đại hội: mỗi đơn vị nhận một thông báo hủy, liệt kê Đại hội và kế hoạch triển khai của"
      + " mình; Đại hội cấp tỉnh là việc của Ban, không ai được báo thay")
  void aCancelledCongressPlanTellsEachUnitOnce() {
    ProcessInstance plan = launchSeed003();
    String cityCongress = (String) runtime.getVariable(congress(plan, TP_THAI_NGUYEN).getId(), "congressName");

    runtime.deleteProcessInstance(plan.getId(), "Phát động nhầm");

    assertThat(notices(plan, "acknowledgeCancellation")).hasSize(plans.find(SEED_003).orElseThrow().units().size());
    Task city = notice(plan, TP_THAI_NGUYEN, "acknowledgeCancellation");
    assertThat(cancelledWork(city)).containsExactlyInAnyOrder(cityCongress, "Kế hoạch triển khai của đơn vị");
    assertThat(groupsOf(city)).containsExactly("unit-" + TP_THAI_NGUYEN + "-officer");
    assertThat(tasks.getVariables(city.getId())).containsEntry("planCancelled", true);
    assertThat(notice(plan, PROVINCE, "acknowledgeCancellation")).isNull();
  }

  @Test
  @DisplayName("hủy riêng Đại hội của một phường: chỉ phường đó được báo; hủy riêng Đại hội cuối cùng còn chạy dưới thành phố"
      + " đã tổ chức Đại hội của mình thì bị từ chối, kèm cách làm; điều chỉnh theo đúng cách đó thì Đại hội của thành phố"
      + " hoàn thành, không chờ mãi, không bị hủy")
  void theLastRunningMemberCongressIsNotDeletedAlone() {
    ProcessInstance plan = launchSeed003();
    runtime.deleteProcessInstance(congress(plan, HOANG_VAN_THU).getId(), "Phường đã sáp nhập");
    ProcessInstance last = congress(plan, PHAN_DINH_PHUNG);
    String lastCongress = (String) runtime.getVariable(last.getId(), "congressName");
    ProcessInstance city = congress(plan, TP_THAI_NGUYEN);
    at(LocalDateTime.of(2025, 5, 20, 9, 0));
    holdsCongress(plan, TP_THAI_NGUYEN, "2025-05-19");
    runAsynchronousContinuations();
    assertThat(city).as("its own result waits for its members").isActive();

    Throwable refusal = catchThrowable(() -> runtime.deleteProcessInstance(last.getId(), "Phường đã sáp nhập"));
    assertThat(refusal).hasMessageContaining("Không hủy được phần việc của đơn vị " + PHAN_DINH_PHUNG)
        .hasMessageContaining("phần việc cuối cùng còn chạy của bước «Đại hội (hội nghị) của các đơn vị trực thuộc»"
            + " (memberCongresses)")
        .hasMessageContaining("(đúng thứ tự này: hủy cả bước rồi mới bắt đầu bước sau)");
    assertThat(last).isActive();
    Task told = notice(plan, HOANG_VAN_THU, "acknowledgeCancellation");
    assertThat(notices(plan, "acknowledgeCancellation")).containsExactly(told);
    assertThat(tasks.getVariables(told.getId())).containsEntry("planCancelled", false)
        .containsEntry("cancellationReason", "Phường đã sáp nhập");

    modifyAsAdvised(refusal, "Phường đã sáp nhập");

    assertThat(city).isEnded();
    assertThat(endState(city)).isEqualTo("COMPLETED");
    assertThat(notices(plan, "acknowledgeCancellation")).hasSize(2);
    Task lastTold = notice(plan, PHAN_DINH_PHUNG, "acknowledgeCancellation");
    assertThat(cancelledWork(lastTold)).containsExactly(lastCongress);
    assertThat(tasks.getVariables(lastTold.getId())).containsEntry("cancellationReason", "Phường đã sáp nhập");
  }

  @Test
  @DisplayName("hủy riêng Đại hội cấp tỉnh thì bị từ chối, kèm cách làm: kế hoạch sẽ không đến bước tổng hợp báo cáo")
  void theProvincialCongressIsNotDeletedAlone() {
    ProcessInstance plan = launchSeed003();
    ProcessInstance province = congress(plan, PROVINCE);

    assertThatThrownBy(() -> runtime.deleteProcessInstance(province.getId(), "Nhầm"))
        .hasMessageStartingWith("Không hủy được phần việc («")
        .hasMessageContaining("bước sau, «Tổng hợp báo cáo kết quả Đại hội các cấp» (reportCongressResults), không bao giờ"
            + " bắt đầu").hasMessageContaining("{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"provincialCongress\"},"
            + " {\"type\": \"startBeforeActivity\", \"activityId\": \"reportCongressResults\"}]");
    assertThat(province).isActive();
    assertThat(notices(plan, "acknowledgeCancellation")).isEmpty();
  }

  /** The board's report table: "level: unit – outcome – delegates sent up", a row per congress. */
  @Test
  @DisplayName("Chủ tịch UBND tỉnh chưa nhận báo cáo sau 10 ngày làm việc: việc được đánh dấu quá hạn, kế hoạch vẫn chờ")
  void aReportTheChairmanHasNotReceivedIsFlagged() {
    ProcessInstance plan = reportedWithoutTheProvincialCongress();
    at(LocalDateTime.of(2025, 10, 15, 20, 0));
    assertThat(task(plan, "receiveCongressReport").getPriority()).isEqualTo(Task.PRIORITY_NORMAL);

    at(LocalDateTime.of(2025, 10, 16, 8, 0)); // 10 working days after Wednesday 01/10/2025 end with 15/10
    Task unread = task(plan, "receiveCongressReport");
    assertThat(unread.getPriority()).isEqualTo(EscalateOverdueTask.ESCALATED_PRIORITY);
    assertThat(tasks.getTaskComments(unread.getId())).extracting(Comment::getFullMessage).singleElement()
        .satisfies(comment -> assertThat(comment).startsWith("Quá hạn"));
    assertThat(plan).isWaitingAt("receiveCongressReport");
  }

  /** Every level below held its congress, the Chairman closed the province's as not held on 01/10/2025, the board reported. */
  private ProcessInstance reportedWithoutTheProvincialCongress() {
    ProcessInstance plan = launchSeed003();
    CongressPlanData data = plans.find(SEED_003).orElseThrow();
    at(LocalDateTime.of(2025, 3, 20, 9, 0));
    data.units().stream().filter(u -> "GRASSROOTS".equals(u.level())).forEach(u -> holdsCongress(plan, u.code(), "2025-03-19"));
    at(LocalDateTime.of(2025, 6, 20, 9, 0));
    data.members(null).forEach(unit -> holdsCongress(plan, unit, "2025-06-18"));

    at(LocalDateTime.of(2025, 10, 1, 9, 0));
    Task late = task(congress(plan, PROVINCE), "handleLateCongress");
    as("chutich.ubnd", () -> complete(late, Map.of("congressClosed", true,
        "notHeldReason", "Tổ chức chung với Hội nghị tổng kết của tỉnh theo Văn bản số 45/UBND-NC.")));
    Task report = task(plan, "reportCongressResults");
    assertThat(congressResults(report).get(0))
        .endsWith(" – Không tổ chức: Tổ chức chung với Hội nghị tổng kết của tỉnh theo Văn bản số 45/UBND-NC. – 0");
    complete(report, Map.of("congressReport", "Đại hội cấp tỉnh không tổ chức; các cấp dưới đã tổ chức."));
    return plan;
  }

  private List<String> congressResults(Task report) {
    return read(forms.getTaskFormVariables(report.getId()).get("congressResults").toString()).stream()
        .map(row -> row.get("levelName") + ": " + row.get("unitName") + " – " + row.get("format") + " – " + row.get("outcome")
            + " – " + row.get("delegates"))
        .toList();
  }

  private static List<String> grassrootsOutsideTheCity(CongressPlanData data) {
    return data.units().stream().filter(u -> "GRASSROOTS".equals(u.level()))
        .filter(u -> !TP_THAI_NGUYEN.equals(u.parent())).map(CongressPlanData.PlanUnit::code).toList();
  }
}
