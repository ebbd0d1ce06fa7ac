package vn.tdkt.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.calendar.EscalateOverdueTask;
import vn.tdkt.calendar.RemindOpenTask;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.LateLaunch;
import vn.tdkt.decision.AwardRegister;

@DisplayName("Ghi kết quả Đại hội (hội nghị)")
class RecordCongressTest extends CongressTest {

  @Autowired AwardRegister register;

  private static final List<Map<String, Object>> ONE_DELEGATE =
      List.of(delegate("Nguyễn Văn An", "Chủ tịch UBND phường", "UBND phường Hoàng Văn Thụ"));
  /** The programme of a congress that sends nobody up: no delegation to approve. */
  private static final List<String> WITHOUT_DELEGATION =
      WHOLE_PROGRAMME.stream().filter(item -> !item.equals("approveDelegates")).toList();


  /** The grassroots deadline (31/03/2025) has passed with the unit's congress not recorded. */
  private ProcessInstance overdueOnFirstApril(ProcessInstance plan, String unit) {
    at(LocalDateTime.of(2025, 4, 1, 8, 0));
    return congress(plan, unit);
  }

  @Test
  @DisplayName("chương trình thiếu nội dung thì bị từ chối, nêu từng nội dung còn thiếu; việc vẫn còn")
  void incompleteProgrammeIsRefused() {
    ProcessInstance plan = launchSeed003();
    at(LocalDateTime.of(2025, 3, 20, 9, 0));
    List<String> withoutOpeningAndClosing = WHOLE_PROGRAMME.stream()
        .filter(item -> !item.equals("opening") && !item.equals("closing")).toList();

    assertThatThrownBy(() -> complete(record(plan, HOANG_VAN_THU),
        held("2025-03-14", "CONGRESS", withoutOpeningAndClosing, ONE_DELEGATE)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Chương trình Đại hội (hội nghị) còn thiếu nội dung: «Khai mạc»; «Tổng kết và bế mạc»."));
    assertThat(congress(plan, HOANG_VAN_THU)).isWaitingAt("recordCongress");
    assertThat(received(congress(plan, TP_THAI_NGUYEN), "memberDelegates")).isEmpty();
  }

  @Test
  @DisplayName("Chào cờ bắt buộc khi tổ chức Đại hội, không bắt buộc khi tổ chức Hội nghị")
  void flagSaluteOnlyAtACongress() {
    ProcessInstance plan = launchSeed003();
    at(LocalDateTime.of(2025, 3, 20, 9, 0));
    List<String> withoutFlagSalute = WHOLE_PROGRAMME.subList(1, WHOLE_PROGRAMME.size());

    assertThatThrownBy(() -> complete(record(plan, HOANG_VAN_THU),
        held("2025-03-14", "CONGRESS", withoutFlagSalute, ONE_DELEGATE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("«Chào cờ (đối với trường hợp tổ chức Đại hội)»");
    complete(record(plan, HOANG_VAN_THU), held("2025-03-14", "GOOD_PEOPLE", withoutFlagSalute, ONE_DELEGATE));

    assertThat(received(congress(plan, TP_THAI_NGUYEN), "memberDelegates"))
        .containsExactly("Nguyễn Văn An – UBND phường Hoàng Văn Thụ");
  }

  @Test
  @DisplayName("phường tổ chức Đại hội tháng 12/2024, trước Quý I: «hoàn thành trong Quý I năm 2025» là hạn, ghi được kết quả"
      + " và đại biểu lên cấp trên")
  void aCongressHeldBeforeItsQuarterIsRecorded() {
    ProcessInstance plan = launchSeed003();
    at(LocalDateTime.of(2024, 12, 30, 9, 0));
    complete(record(plan, HOANG_VAN_THU), held("2024-12-28", "CONGRESS", WHOLE_PROGRAMME, ONE_DELEGATE));

    assertThat(congress(plan, HOANG_VAN_THU)).isNull();
    assertThat(received(congress(plan, TP_THAI_NGUYEN), "memberDelegates"))
        .containsExactly("Nguyễn Văn An – UBND phường Hoàng Văn Thụ");
  }

  @Test
  @DisplayName("khen thưởng trao tại Đại hội được ghi vào Sổ khen thưởng theo số kế hoạch Đại hội, số quyết định viết như"
      + " dòng đầu; dòng thiếu tên, hình thức, số, ngày quyết định, số không bắt đầu bằng số thứ tự, quyết định sau ngày"
      + " Đại hội hay một quyết định hai ngày thì bị từ chối, không ghi gì")
  void awardsPresentedAtTheCongressGoIntoTheRegister() {
    ProcessInstance plan = launchSeed003();
    at(LocalDateTime.of(2025, 3, 20, 9, 0));
    Map<String, Object> withAwards = held("2025-03-14", "CONGRESS", WHOLE_PROGRAMME, ONE_DELEGATE);
    withAwards.put("congressAwards", json(List.of(
        award("COLLECTIVE", "Tổ dân phố số 5", "Giấy khen của Chủ tịch UBND phường", "12/QĐ-UBND", "2025-03-10"),
        award("INDIVIDUAL", "Nguyễn Thị Lan", "Giấy khen của Chủ tịch UBND phường", "12/QĐ-UBND", "2025-03-10"),
        award("", " ", "", "", "2025-03-15"),
        award("INDIVIDUAL", "Lê Văn Hùng", "Giấy khen", "12/qđ-ubnd", "2025-03-11"),
        award("INDIVIDUAL", "Lò Thị Mai", "Giấy khen", "13/QĐ-UBND", "11/03/2025"),
        award("INDIVIDUAL", "Đinh Văn Sáu", "Giấy khen", "QĐ-UBND", "2025-03-11"))));

    assertThatThrownBy(() -> complete(record(plan, HOANG_VAN_THU), withAwards))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Khen thưởng thứ 3: chưa nhập tên tập thể, cá nhân.", "Khen thưởng thứ 3: chưa chọn tập thể hay cá nhân.",
            "Khen thưởng thứ 3: chưa nhập hình thức khen thưởng.", "Khen thưởng thứ 3: chưa nhập số quyết định.",
            "Khen thưởng thứ 3: ngày quyết định (15/03/2025) sau ngày tổ chức Đại hội (hội nghị): chỉ ghi khen thưởng"
                + " đã trao tại Đại hội.",
            "Khen thưởng thứ 4: quyết định số 12/qđ-ubnd đã ghi ngày khác ở dòng trước.",
            "Khen thưởng thứ 5: ngày quyết định không hợp lệ: 11/03/2025 (cần dạng YYYY-MM-DD).",
            "Khen thưởng thứ 6: số quyết định phải bắt đầu bằng số thứ tự của văn bản, ví dụ 1234/QĐ-UBND (đang là «QĐ-UBND»)."));
    assertThat(register.find(plan.getBusinessKey(), null)).isEmpty();

    withAwards.put("congressAwards", json(List.of(
        award("COLLECTIVE", "Tổ dân phố số 5", "Giấy khen của Chủ tịch UBND phường", "12/QĐ-UBND", "2025-03-10"),
        award("INDIVIDUAL", "Nguyễn Thị Lan", "Giấy khen của Chủ tịch UBND phường", " 12/qđ-UBND", "2025-03-10"))));
    complete(record(plan, HOANG_VAN_THU), withAwards);

    assertThat(register.find(plan.getBusinessKey(), null)).extracting(a -> a.nomineeName() + " | " + a.awardName() + " | "
            + a.decisionNumber() + " " + a.decisionDate() + " | " + a.unitCode() + " " + a.unitName() + " | " + a.nomineeKind()
            + " " + a.position())
        .containsExactlyInAnyOrder(
            "Tổ dân phố số 5 | Giấy khen của Chủ tịch UBND phường | 12/QĐ-UBND 2025-03-10 | " + HOANG_VAN_THU
                + " UBND phường Hoàng Văn Thụ | COLLECTIVE null",
            "Nguyễn Thị Lan | Giấy khen của Chủ tịch UBND phường | 12/QĐ-UBND 2025-03-10 | " + HOANG_VAN_THU
                + " UBND phường Hoàng Văn Thụ | INDIVIDUAL null");
  }

  @Test
  @DisplayName("kế hoạch Đại hội bị hủy rồi phát động lại cùng số, đơn vị ghi lại khen thưởng: sổ khen thưởng không ghi hai lần")
  void awardsRecordedAgainUnderTheSameNumberAreNotCountedTwice() {
    ProcessInstance first = launchSeed003();
    Map<String, Object> launch = new HashMap<>(runtime.getVariables(first.getId(), List.of("planDataId", "planNumber",
        ImplementationPlanMapping.DEADLINE)));
    at(LocalDateTime.of(2025, 3, 20, 9, 0));
    Map<String, Object> withAward = held("2025-03-14", "CONGRESS", WHOLE_PROGRAMME, ONE_DELEGATE);
    withAward.put("congressAwards", json(List.of(
        award("INDIVIDUAL", "Nguyễn Thị Lan", "Giấy khen của Chủ tịch UBND phường", "12/QĐ-UBND", "2025-03-10"))));
    complete(record(first, HOANG_VAN_THU), withAward);
    // The administrator cancels the plan launched with the wrong data; the board launches it again under its number.
    runtime.deleteProcessInstance(first.getId(), "Phát động nhầm dữ liệu");
    launch.put(LateLaunch.CONFIRMED, true);
    ProcessInstance again = ownInstance(runtime.startProcessInstanceByKey("congressPlan", launch));

    complete(record(again, HOANG_VAN_THU), withAward);

    assertThat(register.find(first.getBusinessKey(), null)).extracting(AwardRegister.Award::nomineeName)
        .containsExactly("Nguyễn Thị Lan");
  }

  private static Map<String, Object> award(String kind, String name, String awardName, String decisionNumber, String day) {
    return Map.of("kind", kind, "name", name, "awardName", awardName, "decisionNumber", decisionNumber, "decisionDate", day,
        "position", " ");
  }

  @Test
  @DisplayName("biểu mẫu cho chọn đúng các thành phần đại biểu (Anh hùng, Chiến sĩ thi đua toàn quốc, điển hình tiên tiến) và"
      + " giới tính mà hệ thống nhận")
  void theFormOffersWhatTheRecordAccepts() {
    assertThat(formField("recordCongress", "basis").get("values").findValuesAsText("value"))
        .containsExactlyElementsOf(Delegate.BASES.keySet());
    assertThat(formField("recordCongress", "gender").get("values").findValuesAsText("value"))
        .containsExactlyElementsOf(Delegate.GENDERS);
  }

  @Test
  @DisplayName("ngày trước khi có kế hoạch, hình thức không dành cho cấp, thiếu báo cáo, đại biểu hay thành phần, giới tính của"
      + " đại biểu: liệt kê mọi lỗi")
  void everyProblemOfARecordIsListed() {
    ProcessInstance plan = launchSeed003();
    at(LocalDateTime.of(2025, 3, 20, 9, 0));
    Map<String, Object> early = held("2024-09-30", "CONGRESS", WHOLE_PROGRAMME,
        List.of(delegate("", "", "UBND phường Hoàng Văn Thụ"), delegate("Hoàng Thị Hoa", "", "Hợp tác xã chè Tân Cương", "", "")));
    early.put("reportSummary", " ");

    assertThatThrownBy(() -> complete(record(plan, HOANG_VAN_THU), early))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Ngày tổ chức phải từ ngày 09/10/2024 trở đi (Cấp cơ sở: 01 buổi, hoàn thành trong Quý I năm 2025).",
            "Chưa nhập tóm tắt báo cáo tổng kết phong trào thi đua và công tác khen thưởng.",
            "Đại biểu thứ 1: chưa nhập họ và tên.",
            "Đại biểu thứ 2: chưa chọn thành phần (Anh hùng, Chiến sĩ thi đua toàn quốc hay gương điển hình tiên tiến).",
            "Đại biểu thứ 2: chưa chọn giới tính."));
    Map<String, Object> noForm = held("2025-03-14", null, WHOLE_PROGRAMME.subList(1, WHOLE_PROGRAMME.size()), ONE_DELEGATE);
    assertThatThrownBy(() -> complete(record(plan, HOANG_VAN_THU), noForm))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).as("no flag salute asked yet")
            .containsExactly("Chưa chọn hình thức tổ chức trong các hình thức của Cấp cơ sở."));
    assertThatThrownBy(() -> complete(record(plan, HOANG_VAN_THU),
        held("2025-03-25", "CONGRESS", WHOLE_PROGRAMME, List.of())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Ngày tổ chức không được sau hôm nay: chỉ ghi kết quả Đại hội (hội nghị) đã diễn ra.",
            "Chưa có danh sách đại biểu đi dự Đại hội (hội nghị) thi đua yêu nước cấp trên cơ sở – UBND thành phố Thái Nguyên."));

    at(LocalDateTime.of(2025, 9, 25, 9, 0));
    assertThatThrownBy(() -> complete(record(plan, PROVINCE), held("2025-09-24", "GOOD_PEOPLE", WHOLE_PROGRAMME, ONE_DELEGATE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Chưa chọn hình thức tổ chức trong các hình thức của Đại hội Thi đua yêu nước tỉnh Thái Nguyên lần thứ VI.");
  }

  @Test
  @DisplayName("hai ngày làm việc trước hạn, đơn vị chưa ghi kết quả được nhắc")
  void unitIsRemindedTwoWorkingDaysBeforeTheDeadline() {
    ProcessInstance plan = launchSeed003();

    at(LocalDateTime.of(2025, 3, 27, 23, 0));
    assertThat(record(plan, HOANG_VAN_THU).getPriority()).isEqualTo(Task.PRIORITY_NORMAL);
    at(LocalDateTime.of(2025, 3, 28, 8, 0));

    Task reminded = record(plan, HOANG_VAN_THU);
    assertThat(reminded.getPriority()).isEqualTo(RemindOpenTask.REMINDED_PRIORITY);
    assertThat(tasks.getTaskComments(reminded.getId())).extracting(Comment::getFullMessage).containsExactly(
        "Nhắc hạn: Đại hội (hội nghị) thi đua yêu nước cấp cơ sở – UBND phường Hoàng Văn Thụ cần tổ chức "
            + "01 buổi, hoàn thành trong Quý I năm 2025 (hạn đến hết ngày 31/03/2025); kết quả chưa được ghi.");
    assertThat(record(plan, TP_THAI_NGUYEN).getPriority()).as("Quý II is not near yet").isEqualTo(Task.PRIORITY_NORMAL);
  }

  @Test
  @DisplayName("quá hạn Quý I thì báo Thủ trưởng đơn vị, việc vẫn tiếp tục; ghi muộn được đánh dấu chậm và đại biểu vẫn lên cấp trên")
  void missedDeadlineEscalatesToTheUnitHeadAndTheWorkGoesOn() {
    ProcessInstance plan = launchSeed003();

    at(LocalDateTime.of(2025, 4, 1, 8, 0));
    Task overdue = record(plan, HOANG_VAN_THU);
    assertThat(overdue.getPriority()).isEqualTo(90);
    assertThat(tasks.getIdentityLinksForTask(overdue.getId())).extracting(IdentityLink::getGroupId)
        .containsExactlyInAnyOrder("unit-tn-ubnd-p-hoang-van-thu-officer", "unit-tn-ubnd-p-hoang-van-thu-head");
    assertThat(tasks.getTaskComments(overdue.getId())).extracting(Comment::getFullMessage)
        .anyMatch(c -> c.startsWith("Quá hạn: việc \"Ghi kết quả Đại hội (hội nghị)\" đã quá hạn (hạn đến hết ngày 31/03/2025)"));

    at(LocalDateTime.of(2025, 4, 3, 9, 0));
    complete(overdue, held("2025-04-02", "CONGRESS", WHOLE_PROGRAMME, ONE_DELEGATE));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(overdue.getProcessInstanceId())
        .variableName("congressLate").singleResult().getValue()).isEqualTo(true);
    assertThat(received(congress(plan, TP_THAI_NGUYEN), "memberDelegates"))
        .containsExactly("Nguyễn Văn An – UBND phường Hoàng Văn Thụ");
  }

  @Test
  @DisplayName("quá hạn mà đơn vị không tổ chức: đơn vị cấp trên quyết định; kết thúc kèm lý do thì việc ghi kết quả đóng,"
      + " Đại hội cấp trên không chờ đơn vị nữa")
  void organiserClosesACongressThatWasNotHeld() {
    ProcessInstance plan = launchSeed003();
    ProcessInstance ward = overdueOnFirstApril(plan, HOANG_VAN_THU);
    Task late = task(ward, "handleLateCongress");
    assertThat(groupsOf(late)).as("the city its delegates go to").containsExactly("unit-tn-ubnd-tp-thai-nguyen-officer");
    assertThatThrownBy(() -> complete(late, Map.of("congressClosed", true))).isInstanceOf(InvalidInputException.class)
        .hasMessage("Khi kết thúc phải ghi lý do đơn vị không tổ chức Đại hội (hội nghị).");
    as("tn.tptn.canbo", () -> complete(late, Map.of("congressClosed", true,
        "notHeldReason", "Phường đã sáp nhập, tổ chức chung với phường mới.")));

    assertThat(ward).isEnded().hasPassed("markCongressNotHeld").hasNotPassed("sendDelegates");
    assertThat(endedWith(ward, "congressNotHeld")).isEqualTo(true);
    // The board reads it in the plan's progress.
    JsonNode wardLine = progress("canbo.bantdkt", plan.getBusinessKey(), HOANG_VAN_THU).get("lines").get(1);
    assertThat(wardLine.get("process").asText()).isEqualTo("Đại hội (hội nghị) thi đua yêu nước");
    assertThat(wardLine.get("facts").get("congressNotHeld").asBoolean()).isTrue();
    assertThat(wardLine.get("facts").get("notHeldReason").asText()).isEqualTo("Phường đã sáp nhập, tổ chức chung với phường mới.");
    assertThat(wardLine.get("done").get(0).asText()).isEqualTo("Xử lý Đại hội (hội nghị) quá hạn");
    ProcessInstance city = congress(plan, TP_THAI_NGUYEN);
    holdsCongress(plan, PHAN_DINH_PHUNG, "2025-04-01");
    at(LocalDateTime.of(2025, 4, 10, 9, 0));
    complete(record(plan, TP_THAI_NGUYEN), held("2025-04-09", "CONGRESS", WHOLE_PROGRAMME, ONE_DELEGATE));
    assertThat(city).as("the city waits for nobody else").isEnded();
  }

  @Test
  @DisplayName("hai phường quá hạn được kết thúc cùng lúc: không ai phải chờ hay bị lỗi; Đại hội thành phố không chờ hai phường"
      + " nữa")
  void twoLateCongressesClosedAtOnceDoNotCollide() throws Exception {
    ProcessInstance plan = launchSeed003();
    ProcessInstance first = overdueOnFirstApril(plan, HOANG_VAN_THU);
    ProcessInstance second = congress(plan, PHAN_DINH_PHUNG);
    String firstLate = task(first, "handleLateCongress").getId();
    String secondLate = task(second, "handleLateCongress").getId();
    Map<String, Object> closed = Map.of("congressClosed", true, "notHeldReason", "Phường đã sáp nhập, tổ chức chung.");

    atOnce(() -> tasks.complete(firstLate, closed), () -> tasks.complete(secondLate, closed));
    runAsynchronousContinuations();

    assertThat(first).isEnded();
    assertThat(second).isEnded();
    ProcessInstance city = congress(plan, TP_THAI_NGUYEN);
    at(LocalDateTime.of(2025, 4, 10, 9, 0));
    complete(record(plan, TP_THAI_NGUYEN), held("2025-04-09", "CONGRESS", WHOLE_PROGRAMME, ONE_DELEGATE));
    assertThat(city).isEnded();
  }

  @Test
  @DisplayName("cấp trên để quá hạn việc xử lý Đại hội quá hạn: việc được đẩy lên kèm ghi chú, danh sách việc quá hạn ghi cho"
      + " đơn vị cấp trên, không cho đơn vị chưa tổ chức")
  void anOverdueDecisionIsFlaggedAndListedForTheOrganiser() {
    ProcessInstance plan = launchSeed003();
    ProcessInstance ward = overdueOnFirstApril(plan, HOANG_VAN_THU);
    at(LocalDateTime.of(2025, 4, 15, 9, 0));

    Task late = task(ward, "handleLateCongress");
    assertThat(late.getPriority()).isEqualTo(EscalateOverdueTask.ESCALATED_PRIORITY);
    assertThat(tasks.getTaskComments(late.getId())).extracting(Comment::getFullMessage).singleElement()
        .satisfies(comment -> assertThat(comment).startsWith("Quá hạn"));
    String overdue = "/api/overdue?planNumber=" + URLEncoder.encode(plan.getBusinessKey(), StandardCharsets.UTF_8) + "&unitCode=";
    JsonNode ofTheCity = http().call("canbo.bantdkt", "GET", overdue + TP_THAI_NGUYEN, null).body();
    assertThat(ofTheCity.findValuesAsText("taskId")).contains(late.getId());
    assertThat(ofTheCity.findValuesAsText("taskName")).as("its wards' late congresses, and its own implementation plan due"
        + " 31/10/2024").containsOnly("Xử lý Đại hội (hội nghị) quá hạn", "Gửi kế hoạch triển khai thực hiện");
    assertThat(http().call("canbo.bantdkt", "GET", overdue + HOANG_VAN_THU, null).body().findValuesAsText("taskName"))
        .containsExactly("Ghi kết quả Đại hội (hội nghị)");

    // The city itself, just below the province, is decided on by the board: listed with no unit, not under the city.
    at(LocalDateTime.of(2025, 7, 1, 8, 0));
    String cityLate = task(congress(plan, TP_THAI_NGUYEN), "handleLateCongress").getId();
    at(LocalDateTime.of(2025, 7, 10, 9, 0));
    JsonNode all = http().call("canbo.bantdkt", "GET", overdue, null).body();
    assertThat(all.findParents("taskId")).filteredOn(row -> cityLate.equals(row.get("taskId").asText())).singleElement()
        .satisfies(row -> assertThat(row.path("unitCode").textValue()).isNull());
    assertThat(http().call("canbo.bantdkt", "GET", overdue + TP_THAI_NGUYEN, null).body().findValuesAsText("taskId"))
        .doesNotContain(cityLate);
  }

  @Test
  @DisplayName("quá hạn, cấp trên chọn tiếp tục chờ: đơn vị vẫn ghi được kết quả, 10 ngày làm việc sau cấp trên được hỏi lại;"
      + " đơn vị ngay dưới cấp tỉnh do Ban quyết định, và ghi kết quả thì việc xử lý quá hạn còn mở cũng kết thúc")
  void organiserKeepsWaitingAndTheRecordEndsTheMatter() {
    ProcessInstance plan = launchSeed003();
    ProcessInstance ward = overdueOnFirstApril(plan, HOANG_VAN_THU);
    complete(task(ward, "handleLateCongress"), Map.of("congressClosed", false));
    assertThat(ward).isWaitingAt("recordCongress");
    at(LocalDateTime.of(2025, 4, 3, 9, 0));
    complete(record(plan, HOANG_VAN_THU), held("2025-04-02", "CONGRESS", WHOLE_PROGRAMME, ONE_DELEGATE));
    assertThat(ward).isEnded();

    at(LocalDateTime.of(2025, 7, 1, 8, 0));
    ProcessInstance city = congress(plan, TP_THAI_NGUYEN);
    assertThat(groupsOf(task(city, "handleLateCongress"))).containsExactly("board-officer");
    complete(task(city, "handleLateCongress"), Map.of("congressClosed", false));
    at(LocalDateTime.of(2025, 7, 17, 9, 0));
    Task askedAgain = task(city, "handleLateCongress");
    assertOpensBlank(askedAgain, "congressClosed");
    complete(record(plan, TP_THAI_NGUYEN), held("2025-06-30", "CONGRESS", WHOLE_PROGRAMME, ONE_DELEGATE));
    assertThat(tasks.createTaskQuery().processInstanceId(city.getId()).count())
        .as("the open decision ended with the record").isZero();
    assertThat(received(congress(plan, PROVINCE), "memberDelegates")).containsExactly("Nguyễn Văn An – UBND thành phố Thái Nguyên");
  }

  /** Hoàng Văn Thụ held its congress on 14/3; on 10/4 the city records its own, held on 9/4; Phan Đình Phùng has not recorded. */
  private ProcessInstance cityRecordedBeforePhanDinhPhung(ProcessInstance plan) {
    at(LocalDateTime.of(2025, 3, 20, 9, 0));
    holdsCongress(plan, HOANG_VAN_THU, "2025-03-14");
    at(LocalDateTime.of(2025, 4, 10, 9, 0));
    ProcessInstance city = congress(plan, TP_THAI_NGUYEN);
    complete(record(plan, TP_THAI_NGUYEN), held("2025-04-09", "CONGRESS", WHOLE_PROGRAMME, ONE_DELEGATE));
    return city;
  }

  @Test
  @DisplayName("Đại hội cấp trên đã tổ chức thì đơn vị tổ chức muộn vẫn ghi được kết quả nhưng không gửi thêm đại biểu,"
      + " không phải thông qua danh sách đại biểu")
  void aMemberHeldAfterTheCongressAboveSendsNobody() {
    ProcessInstance plan = launchSeed003();
    ProcessInstance city = cityRecordedBeforePhanDinhPhung(plan);

    assertThatThrownBy(() -> complete(record(plan, PHAN_DINH_PHUNG), held("2025-04-10", "CONGRESS", WHOLE_PROGRAMME,
        List.of(delegate("Lê Văn Cường", "Chủ tịch UBND phường", "UBND phường Phan Đình Phùng")))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Đại hội (hội nghị) thi đua yêu nước cấp trên cơ sở – UBND thành phố Thái Nguyên đã tổ chức ngày 09/04/2025,"
                + " trước Đại hội (hội nghị) này, nên không nhận thêm đại biểu: xóa danh sách đại biểu rồi hoàn thành để ghi"
                + " kết quả."));
    complete(record(plan, PHAN_DINH_PHUNG), held("2025-04-10", "CONGRESS", WITHOUT_DELEGATION, List.of()));

    assertThat(city).isEnded();
    assertThat(received(city, "memberDelegates")).containsExactly("Đại biểu của " + HOANG_VAN_THU + " – UBND phường Hoàng Văn Thụ");
  }

  @Test
  @DisplayName("đơn vị tổ chức trước Đại hội cấp trên nhưng ghi kết quả sau khi cấp trên đã ghi thì đại biểu vẫn được gửi lên")
  void aMemberHeldBeforeButRecordedAfterTheCongressAboveStillSendsItsDelegates() {
    ProcessInstance plan = launchSeed003();
    ProcessInstance city = cityRecordedBeforePhanDinhPhung(plan);

    assertThatThrownBy(() -> complete(record(plan, PHAN_DINH_PHUNG), held("2025-03-28", "CONGRESS", WHOLE_PROGRAMME, List.of())))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Chưa có danh sách đại biểu đi dự");
    complete(record(plan, PHAN_DINH_PHUNG), held("2025-03-28", "CONGRESS", WHOLE_PROGRAMME,
        List.of(delegate("Lê Văn Cường", "Chủ tịch UBND phường", "UBND phường Phan Đình Phùng"))));

    assertThat(city).isEnded();
    assertThat(received(city, "memberDelegates")).containsExactlyInAnyOrder(
        "Đại biểu của " + HOANG_VAN_THU + " – UBND phường Hoàng Văn Thụ", "Lê Văn Cường – UBND phường Phan Đình Phùng");
  }

  @Test
  @DisplayName("đơn vị ghi kết quả, rồi trước khi danh sách đại biểu được gửi cấp trên ghi đã tổ chức sớm hơn: đại biểu không"
      + " được gửi lên, vẫn nằm trong kết quả của đơn vị")
  void delegatesAreCheckedAgainWhenSent() {
    ProcessInstance plan = launchSeed003();
    at(LocalDateTime.of(2025, 3, 20, 9, 0));
    holdsCongress(plan, HOANG_VAN_THU, "2025-03-14");
    at(LocalDateTime.of(2025, 4, 10, 9, 0));
    ProcessInstance ward = congress(plan, PHAN_DINH_PHUNG);
    ProcessInstance city = congress(plan, TP_THAI_NGUYEN);
    // Both recorded before either's job runs: the ward's delegates were accepted, the city was not yet recorded.
    tasks.complete(record(plan, PHAN_DINH_PHUNG).getId(), held("2025-04-10", "CONGRESS", WHOLE_PROGRAMME,
        List.of(delegate("Lê Văn Cường", "Chủ tịch UBND phường", "UBND phường Phan Đình Phùng"))));
    tasks.complete(record(plan, TP_THAI_NGUYEN).getId(), held("2025-04-09", "CONGRESS", WHOLE_PROGRAMME, ONE_DELEGATE));
    runAsynchronousContinuations();

    assertThat(received(city, "memberDelegates")).containsExactly("Đại biểu của " + HOANG_VAN_THU + " – UBND phường Hoàng Văn Thụ");
    assertThat(endedWith(ward, "delegates").toString()).as("kept in the ward's own record").contains("Lê Văn Cường");
    assertThat(endedWith(ward, "delegatesSent")).as("the board's report counts nobody sent").isEqualTo(0);
  }

  @Test
  @DisplayName("Đại hội cấp trên đã kết thúc vì không tổ chức thì đơn vị trực thuộc ghi kết quả không kèm đại biểu")
  void aMemberOfACongressClosedAsNotHeldSendsNobody() {
    ProcessInstance plan = launchSeed003();
    at(LocalDateTime.of(2025, 7, 1, 8, 0));
    ProcessInstance city = congress(plan, TP_THAI_NGUYEN);
    complete(task(city, "handleLateCongress"), Map.of("congressClosed", true,
        "notHeldReason", "Thành phố tổ chức chung với Đại hội cấp tỉnh."));

    assertThatThrownBy(() -> complete(record(plan, HOANG_VAN_THU), held("2025-03-14", "CONGRESS", WHOLE_PROGRAMME, ONE_DELEGATE)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Đại hội (hội nghị) thi đua yêu nước cấp trên cơ sở – UBND thành phố Thái Nguyên không tổ chức (đã kết thúc trên"
                + " hệ thống) nên không nhận đại biểu: xóa danh sách đại biểu rồi hoàn thành để ghi kết quả."));
    complete(record(plan, HOANG_VAN_THU), held("2025-03-14", "CONGRESS", WITHOUT_DELEGATION, List.of()));

    assertThat(congress(plan, HOANG_VAN_THU)).isNull();
    assertThat(received(city, "memberDelegates")).isEmpty();
  }

  @Test
  @DisplayName("Đại hội cấp tỉnh quá hạn Quý III thì báo Lãnh đạo Ban Thi đua - Khen thưởng; tiếp tục chờ hay kết thúc"
      + " do Chủ tịch UBND tỉnh quyết định")
  void overdueProvincialCongressEscalatesToTheBoardHead() {
    ProcessInstance plan = launchSeed003();

    at(LocalDateTime.of(2025, 10, 1, 8, 0));

    assertThat(tasks.getIdentityLinksForTask(record(plan, PROVINCE).getId())).extracting(IdentityLink::getGroupId)
        .containsExactlyInAnyOrder("board-officer", "board-head");
    assertThat(groupsOf(task(congress(plan, PROVINCE), "handleLateCongress"))).containsExactly("deciding-authority");
  }

  @Test
  @DisplayName("mỗi đơn vị chỉ thấy Đại hội (hội nghị) của mình và của các đơn vị trực thuộc (để đôn đốc); cấp trên thấy đại"
      + " biểu cấp dưới gửi lên")
  void eachUnitSeesOnlyItsOwnCongress() {
    ProcessInstance plan = launchSeed003();
    at(LocalDateTime.of(2025, 3, 20, 9, 0));
    complete(record(plan, HOANG_VAN_THU), held("2025-03-14", "CONGRESS", WHOLE_PROGRAMME, ONE_DELEGATE));
    String cityCongress = congress(plan, TP_THAI_NGUYEN).getId();
    String wardStillToHold = congress(plan, PHAN_DINH_PHUNG).getId();
    String cityImplementationPlan = implementationPlan(plan, TP_THAI_NGUYEN).getId();

    try {
      identity.setAuthentication("tn.tptn.canbo", List.of("unit-tn-ubnd-tp-thai-nguyen-officer"));
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(plan.getBusinessKey() + "%").listPage(0, 1000))
          .extracting(ProcessInstance::getId).containsExactlyInAnyOrder(cityCongress, wardStillToHold, cityImplementationPlan);
      assertThat(tasks.createTaskQuery().processInstanceBusinessKeyLike(plan.getBusinessKey() + "%").listPage(0, 1000))
          .as("the ward's own task stays the ward's").extracting(Task::getProcessInstanceId)
          .containsExactlyInAnyOrder(cityCongress, cityImplementationPlan);
      assertThat(runtime.getVariable(cityCongress, "memberDelegates").toString()).contains("Nguyễn Văn An");

      identity.setAuthentication("tn.hvt.canbo", List.of("unit-tn-ubnd-p-hoang-van-thu-officer"));
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(plan.getBusinessKey() + "%").count())
          .as("its own congress has ended; nobody else's is visible").isZero();
    } finally {
      identity.clearAuthentication();
    }
  }
}
