package vn.tdkt.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Họp xét của đơn vị")
class RecordSelectionMeetingTest extends DriveTest {

  /** Launched, approved, and each unit registered and reported: its selection meeting is open. */
  private ProcessInstance atTheMeeting(String... units) {
    ProcessInstance plan = launchedAndApproved(units);
    registeredAndReported(plan, units);
    return plan;
  }

  @Test
  @DisplayName("hết hạn nộp hồ sơ (hạn cuối) mà đơn vị chưa họp xét hay chưa duyệt xong thì việc đóng lại, Ban xử lý; kế hoạch không chờ mãi")
  void selectionUnfinishedAtTheFinalDeadlineGoesToTheBoard() {
    ProcessInstance plan = atTheMeeting("so-yte", "so-tu-phap");
    proposesOne(plan, "so-tu-phap", "Phòng Hành chính tư pháp");
    recordMeeting(plan, "so-yte", meeting(9, List.of(nominee("n1", "Bệnh viện Đa khoa tỉnh", COLLECTIVE, 9, 0, true))));

    at(LocalDateTime.of(2025, 10, 16, 23, 59, 59));
    assertThat(unitDrive(plan, "so-yte")).isWaitingAt("approveSelection");
    at(LocalDateTime.of(2025, 10, 17, 0, 0));

    ProcessInstance yte = unitDrive(plan, "so-yte");
    assertThat(yte).isWaitingAt("handleLateDossier").hasPassed("selectionClosed", "markDossierLate")
        .variables().containsEntry("dossierLate", true);
    assertThat(task(yte, "handleLateDossier")).hasCandidateGroup("board-officer");
    complete(task(yte, "handleLateDossier"), Map.of("dossierReopened", false));
    assertThat(yte).isEnded().hasPassed("dossierLateClosed");
    assertThat(unitDrive(plan, "so-tu-phap")).as("the other unit's dossier is late too").isWaitingAt("handleLateDossier");
    complete(unitTask(plan, "so-tu-phap", "handleLateDossier"), Map.of("dossierReopened", false));
    finalReportWritten(plan);
    assertThat(plan).as("no unit holds the plan up").isEnded();
  }

  @Test
  @DisplayName("Ban mở lại cho đơn vị chưa họp xét thì đơn vị họp xét, duyệt và nộp hồ sơ đến hết hạn mới")
  void boardReopensAnUnfinishedSelection() {
    ProcessInstance plan = atTheMeeting("so-yte");
    at(LocalDateTime.of(2025, 10, 17, 8, 0));

    complete(unitTask(plan, "so-yte", "handleLateDossier"), Map.of("dossierReopened", true, "reopenUntil", "2025-10-22"));

    assertThat(unitDrive(plan, "so-yte")).isWaitingAt("recordSelectionMeeting");
    assertThat(unitTask(plan, "so-yte", "recordSelectionMeeting").getDueDate())
        .isEqualTo(endOf(2025, 10, 22));
    proposesOne(plan, "so-yte", "Bệnh viện Đa khoa tỉnh");
    at(LocalDateTime.of(2025, 10, 17, 9, 0)); // the window opened on 14/10: its timer is due at once
    assertThat(unitDrive(plan, "so-yte")).isWaitingAt("submitDossier");
    submitDossier(plan, "so-yte");
    assertThat(unitDrive(plan, "so-yte")).isWaitingAt("appraiseDossier");
  }

  @Test
  @DisplayName("sau báo cáo kết quả, thư ký hội đồng ghi họp xét và thấy chỉ tiêu của đơn vị, nội dung đơn vị đã đăng ký"
      + " để đối chiếu (thủ trưởng khi duyệt, Ban khi thẩm định cũng thấy; Ban đọc được trong tiến độ kế hoạch)")
  void secretaryRecordsTheMeetingKnowingTheQuota() {
    ProcessInstance plan = atTheMeeting("so-gddt", "so-tu-phap");
    assertThat(forms.getTaskFormVariables(unitTask(plan, "so-gddt", "recordSelectionMeeting").getId())
        .getValue("registrationCommitments", String.class)).isEqualTo("Hoàn thành vượt mức các chỉ tiêu năm 2025.");
    for (String form : List.of("recordSelectionMeeting", "recordPartySelectionMeeting", "approveSelection", "appraiseDossier")) {
      assertThat(formField(form, "registrationCommitments").path("disabled").asBoolean()).as(form).isTrue();
    }
    assertThat(progress("canbo.bantdkt", plan.getBusinessKey(), "so-gddt").findValuesAsText("registrationCommitments")).contains("Hoàn thành vượt mức các chỉ tiêu năm 2025.");

    assertThat(unitTask(plan, "so-gddt", "recordSelectionMeeting"))
        .hasCandidateGroup("unit-so-gddt-secretary").hasCandidateGroup("unit-so-gddt-officer");
    assertThat(runtime.getVariable(unitDrive(plan, "so-gddt").getId(), "quotaText")).isEqualTo("Không quá 02 tập thể, cá nhân");
    assertThat(runtime.getVariable(unitDrive(plan, "so-tu-phap").getId(), "quotaText")).isEqualTo("Không quá 01 tập thể, cá nhân");
  }

  @Test
  @DisplayName("chỉ tiêu hiện trên việc họp xét không thêm lần đánh giá bảng chỉ tiêu vào lịch sử; lần kiểm tra khi ghi kết"
      + " quả họp xét thì có")
  void showingTheQuotaLeavesNoDecisionInLineHistory() {
    ProcessInstance plan = atTheMeeting("so-tu-phap");
    String line = unitDrive(plan, "so-tu-phap").getId();
    assertThat(quotaEvaluations(line)).isZero();

    recordMeeting(plan, "so-tu-phap", meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 8, 1, true))));
    assertThat(quotaEvaluations(line)).isOne();
  }

  private long quotaEvaluations(String line) {
    return history.createHistoricDecisionInstanceQuery().processInstanceId(line).decisionDefinitionKey("nomineeQuota").count();
  }

  @Test
  @DisplayName("đơn vị loại thường đề nghị 2 người, vượt chỉ tiêu 1, thì bị từ chối và việc vẫn còn")
  void moreNomineesThanTheQuotaIsRefused() {
    ProcessInstance plan = atTheMeeting("so-tu-phap");

    assertThatThrownBy(() -> recordMeeting(plan, "so-tu-phap", meeting(9, List.of(
        nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 8, 1, true),
        nominee("n2", "Phòng Hành chính tư pháp", COLLECTIVE, 9, 0, true)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Đơn vị đề nghị 2 tập thể, cá nhân, vượt chỉ tiêu 1 của kế hoạch.");
    assertThat(unitDrive(plan, "so-tu-phap")).isWaitingAt("recordSelectionMeeting");
  }

  @Test
  @DisplayName("Sở Giáo dục và Đào tạo được đề nghị 2, không được 3")
  void majorUnitMayProposeTwo() {
    ProcessInstance plan = atTheMeeting("so-gddt");
    List<Map<String, Object>> three = List.of(
        nominee("n1", "Trường THPT Chuyên Bắc Kạn", COLLECTIVE, 9, 0, true),
        nominee("n2", "Lê Thị Bình", INDIVIDUAL, 8, 1, true),
        nominee("n3", "Hoàng Văn Cường", INDIVIDUAL, 7, 2, true));

    assertThatThrownBy(() -> recordMeeting(plan, "so-gddt", meeting(9, three)))
        .hasMessageContaining("vượt chỉ tiêu 2");
    recordMeeting(plan, "so-gddt", meeting(9, List.of(three.get(0), three.get(1), 
        nominee("n3", "Hoàng Văn Cường", INDIVIDUAL, 7, 2, false))));
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("approveSelection").variables().containsEntry("proposedCount", 2L);
  }

  @Test
  @DisplayName("chỉ tiêu kế hoạch đặt riêng thì thay chỉ tiêu mặc định của bảng DMN")
  void planQuotaOverridesTheTableDefault() {
    Map<String, Object> data = seed000Plan("so-tu-phap");
    data.put("quotaStandard", 0);
    ProcessInstance plan = launchedAndApproved(data);
    registeredAndReported(plan, "so-tu-phap");

    assertThatThrownBy(() -> recordMeeting(plan, "so-tu-phap",
        meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 8, 1, true)))))
        .hasMessageContaining("Chỉ tiêu của kế hoạch cho đơn vị là 0");
  }

  @Test
  @DisplayName("tên hay chức vụ dài quá 255 ký tự (cột của sổ khen thưởng) thì bị từ chối khi ghi họp xét, lời báo nêu"
      + " đầu tên; đúng 255 ký tự thì được nhận")
  void namesLongerThanTheRegisterKeepsAreRefused() {
    ProcessInstance plan = atTheMeeting("so-gddt");
    String longName = "Trường Phổ thông Dân tộc Nội trú " + "x".repeat(223);
    Map<String, Object> school = nominee("n1", longName, COLLECTIVE, 9, 0, true);
    Map<String, Object> teacher = nominee("n2", "Lê Thị Bình", INDIVIDUAL, 8, 1, true);
    teacher.put("position", "y".repeat(256));

    assertThatThrownBy(() -> recordMeeting(plan, "so-gddt", meeting(9, List.of(school, teacher))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Tên tập thể, cá nhân «" + longName.substring(0, 100) + "…» dài 256 ký tự, quá giới hạn 255 ký tự.",
            "Lê Thị Bình: chức vụ dài 256 ký tự, quá giới hạn 255 ký tự."));
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("recordSelectionMeeting");

    school.put("name", longName.substring(1));
    teacher.put("position", "y".repeat(255));
    recordMeeting(plan, "so-gddt", meeting(9, List.of(school, teacher)));
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("approveSelection");
  }

  @Test
  @DisplayName("số phiếu nhiều hơn số người dự họp thì bị từ chối")
  void moreVotesThanAttendeesIsRefused() {
    ProcessInstance plan = atTheMeeting("so-tu-phap");

    assertThatThrownBy(() -> recordMeeting(plan, "so-tu-phap",
        meeting(7, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 6, 2, true)))))
        .hasMessageContaining("Nguyễn Văn An: tổng số phiếu (8) nhiều hơn số thành viên dự họp (7).");

    // Counts so large that their sum would overflow (sent over REST by an administrator, whom the form's check does not hold).
    assertThatThrownBy(() -> recordMeeting(plan, "so-tu-phap",
        meeting(7, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, Long.MAX_VALUE, 1, true)))))
        .hasMessageContaining("Nguyễn Văn An: tổng số phiếu (9223372036854775808) nhiều hơn số thành viên dự họp (7).");
  }

  @Test
  @DisplayName("dòng được đề nghị chưa chọn tập thể hay cá nhân thì chỉ báo điều đó, không báo lỗi bảng điều kiện")
  void proposedRowWithoutKindIsRefusedForThatAlone() {
    ProcessInstance plan = atTheMeeting("so-tu-phap");

    assertThatThrownBy(() -> recordMeeting(plan, "so-tu-phap",
        meeting(9, List.of(nominee("n1", "Nguyễn Văn An", null, 8, 1, true)))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .containsExactly("Nguyễn Văn An: chưa chọn tập thể hay cá nhân."));
  }

  @Test
  @DisplayName("quy tắc của quản trị không ghi lý do thì việc vẫn bị từ chối, nói bảng nào và nhờ báo quản trị, không thành lỗi"
      + " máy chủ")
  void aRuleWithoutItsReasonStillSaysWhatRefused() {
    try {
      assertThat(deployWithChange("nomineeEligibility.dmn", dmn -> dmn.replaceFirst(
          "<outputEntry id=\"notEnoughVotesReason\"><text>[^<]*</text>", "<outputEntry id=\"notEnoughVotesReason\"><text></text>")))
          .containsExactly("nomineeEligibility.dmn");
      ProcessInstance plan = atTheMeeting("so-tu-phap");

      assertThatThrownBy(() -> recordMeeting(plan, "so-tu-phap",
          meeting(10, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 5, 5, true)))))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement(STRING)
              .startsWith("Nguyễn Văn An: không đủ điều kiện theo bảng quy tắc nomineeEligibility:")
              .endsWith("(quy tắc không ghi lý do; xin báo quản trị hệ thống)."));
    } finally {
      assertThat(restoreModels()).containsExactly("nomineeEligibility.dmn");
    }
  }

  @Test
  @DisplayName("người được đề nghị không quá nửa số phiếu đồng ý thì không đủ điều kiện (bảng DMN)")
  void nomineeWithoutMajorityIsNotEligible() {
    ProcessInstance plan = atTheMeeting("so-tu-phap");

    assertThatThrownBy(() -> recordMeeting(plan, "so-tu-phap",
        meeting(10, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 5, 5, true)))))
        .hasMessageContaining("Nguyễn Văn An: số phiếu đồng ý chưa quá 50% số thành viên dự họp");
  }

  @Test
  @DisplayName("thủ trưởng trả lại kèm ý kiến thì đơn vị ghi lại kết quả họp xét, lần duyệt sau bắt đầu trống")
  void headReturnsTheProposal() {
    ProcessInstance plan = atTheMeeting("so-tu-phap");
    recordMeeting(plan, "so-tu-phap", meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 8, 1, true))));
    assertThat(unitTask(plan, "so-tu-phap", "approveSelection")).hasCandidateGroup("unit-so-tu-phap-head");

    assertThatThrownBy(() -> complete(unitTask(plan, "so-tu-phap", "approveSelection"),
        Map.of("selectionApproved", false))).hasMessageContaining("phải ghi ý kiến");
    complete(unitTask(plan, "so-tu-phap", "approveSelection"),
        Map.of("selectionApproved", false, "selectionComments", "Làm rõ thành tích năm 2025."));

    assertThat(unitDrive(plan, "so-tu-phap")).isWaitingAt("recordSelectionMeeting")
        .variables().containsEntry("selectionComments", "Làm rõ thành tích năm 2025.");
    recordMeeting(plan, "so-tu-phap", meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 8, 1, true))));
    assertOpensBlank(unitTask(plan, "so-tu-phap", "approveSelection"), "selectionApproved", "selectionComments");
  }

  @Test
  @DisplayName("thủ trưởng trả lại, thư ký xóa hết các dòng người được xét và Giấy khen trên Tasklist (biểu mẫu không gửi danh"
      + " sách rỗng, chỉ số dòng bằng 0): đơn vị không đề nghị ai, không còn Giấy khen cũ")
  void secretaryRemovesEveryRowAfterAReturn() {
    ProcessInstance plan = atTheMeeting("so-tu-phap");
    Map<String, Object> first = meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 8, 1, true)));
    first.put("unitCommendations", json(List.of(Map.of("name", "Phòng Hành chính tư pháp", "kind", COLLECTIVE,
        "reason", "Hoàn thành xuất sắc nhiệm vụ"))));
    recordMeeting(plan, "so-tu-phap", first);
    complete(unitTask(plan, "so-tu-phap", "approveSelection"),
        Map.of("selectionApproved", false, "selectionComments", "Anh An chưa đủ thời gian công tác."));

    Map<String, Object> again = meeting(9, List.of());
    again.keySet().removeAll(List.of("nominees", "unitCommendations"));
    again.putAll(Map.of("nomineeRows", 0, "commendationRows", 0));
    Task meeting = unitTask(plan, "so-tu-phap", "recordSelectionMeeting");
    as("tuphap.thuky", () -> forms.submitTaskForm(meeting.getId(), again));

    ProcessInstance drive = unitDrive(plan, "so-tu-phap");
    assertThat(runtime.getVariables(drive.getId())).containsEntry("proposedCount", 0L)
        .doesNotContainKeys("nomineeRows", "commendationRows");
    assertThat(runtime.getVariable(drive.getId(), "nominees")).hasToString("[]");
    assertThat(runtime.getVariable(drive.getId(), "unitCommendations")).hasToString("[]");
    headApprovesSelection(plan, "so-tu-phap");
    assertThat(drive).isEnded().hasPassed("noProposal");
  }

  @Test
  @DisplayName("đơn vị chỉ tặng Giấy khen, không đề nghị cấp trên, thì kết thúc không đề nghị")
  void unitWithOnlyItsOwnCommendationsEnds() {
    ProcessInstance plan = atTheMeeting("so-tu-phap");
    Map<String, Object> meeting = meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 8, 1, false)));
    meeting.put("unitCommendations", json(List.of(Map.of("name", "Nguyễn Văn An", "kind", INDIVIDUAL,
        "reason", "Hoàn thành xuất sắc nhiệm vụ"))));

    recordMeeting(plan, "so-tu-phap", meeting);
    headApprovesSelection(plan, "so-tu-phap");

    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("unitDrive")
        .processInstanceBusinessKey(plan.getBusinessKey() + "/so-tu-phap").singleResult().getEndActivityId())
        .isEqualTo("noProposal");
  }

  @Test
  @DisplayName("gửi qua REST mã dòng có dấu hay dấu chấm, Giấy khen không ghi tập thể hay cá nhân: bị từ chối, không để"
      + " đến lúc nộp hồ sơ mới không nộp được báo cáo thành tích")
  void rowsTheFormWouldRefuseAreRefusedOverRest() {
    ProcessInstance plan = atTheMeeting("so-tu-phap");
    Map<String, Object> meeting = meeting(9, List.of(nominee("n.1", "Nguyễn Văn An", INDIVIDUAL, 8, 1, true),
        nominee("bình", "Trần Thị Bình", INDIVIDUAL, 8, 1, false)));
    meeting.put("unitCommendations", json(List.of(Map.of("name", "Phòng Tổng hợp", "reason", "Hoàn thành xuất sắc nhiệm vụ"))));

    assertThatThrownBy(() -> recordMeeting(plan, "so-tu-phap", meeting))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Nguyễn Văn An: mã dòng «n.1» chỉ được gồm chữ không dấu, số, «-» hoặc «_», ví dụ: n1.",
            "Trần Thị Bình: mã dòng «bình» chỉ được gồm chữ không dấu, số, «-» hoặc «_», ví dụ: n1.",
            "Giấy khen của đơn vị: Phòng Tổng hợp chưa chọn tập thể hay cá nhân."));
    assertThat(unitDrive(plan, "so-tu-phap")).isWaitingAt("recordSelectionMeeting");
  }

  @Test
  @DisplayName("danh sách đề nghị gửi qua REST sai kiểu thì bị từ chối, lời báo nêu tên danh sách, việc vẫn còn")
  void nomineesOfTheWrongShapeAreRefusedByName() {
    ProcessInstance plan = atTheMeeting("so-tu-phap");
    Map<String, Object> notAList = new HashMap<>(meeting(9, List.of()));
    notAList.put("nominees", json(Map.of("n1", "Nguyễn Văn An")));

    assertThatThrownBy(() -> recordMeeting(plan, "so-tu-phap", notAList))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Danh sách nominees không hợp lệ: cần một mảng JSON mà mỗi dòng đúng kiểu (");
    // Over REST a Json value that is not JSON at all: 400 naming the list, not the parser's 500.
    Http.Reply notJson = http().call("tuphap.thuky", "POST", "/engine-rest/task/"
        + unitTask(plan, "so-tu-phap", "recordSelectionMeeting").getId() + "/complete", """
        {"variables": {"meetingDate": {"value": "2025-10-01"}, "attendeeCount": {"value": 9},
                       "nominees": {"value": "không phải JSON", "type": "Json"}}}""");
    assertThat(notJson.status()).as(notJson.text()).isEqualTo(400);
    assertThat(notJson.body().get("message").asText()).contains("«Tập thể, cá nhân được xét» phải là một danh sách (Json) các dòng.");
    assertThat(unitDrive(plan, "so-tu-phap")).isWaitingAt("recordSelectionMeeting");
  }

  @Test
  @DisplayName("ngày họp ghi sai dạng thì lời báo nêu đúng ngày đã ghi, không báo là chưa nhập")
  void meetingDateWrittenWrongIsNamed() {
    ProcessInstance plan = atTheMeeting("so-tu-phap");

    assertThatThrownBy(() -> recordMeeting(plan, "so-tu-phap", meetingOn("01/10/2025", 9, List.of())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .containsExactly("Ngày không hợp lệ: 01/10/2025 (cần dạng YYYY-MM-DD)."));
    assertThatThrownBy(() -> recordMeeting(plan, "so-tu-phap", meetingOn("", 9, List.of())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .containsExactly("Chưa nhập ngày họp xét."));
  }
}
