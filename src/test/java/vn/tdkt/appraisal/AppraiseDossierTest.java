package vn.tdkt.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;

@DisplayName("Thẩm định hồ sơ")
class AppraiseDossierTest extends DriveTest {

  private static final String UNIT = "so-gddt";

  /** The board passed the first nominee and asked for the second one's report until 22/10/2025. */
  private ProcessInstance supplementRequested() {
    ProcessInstance plan = submitted();
    appraise(plan, UNIT, "SUPPLEMENT", Map.of("n1", "PASS"), Map.of(
        "supplementRequest", "Bổ sung báo cáo thành tích có xác nhận của thủ trưởng.", "supplementDeadline", "2025-10-22"));
    return plan;
  }

  /** Sở GD&ĐT proposed two nominees and submitted its dossier on 15/10/2025. */
  private ProcessInstance submitted() {
    return submitted(seed000Plan(UNIT));
  }

  private ProcessInstance submitted(Map<String, Object> launched) {
    ProcessInstance plan = launchedAndApproved(launched);
    registeredAndReported(plan, UNIT);
    recordMeeting(plan, UNIT, meeting(11, List.of(
        nominee("n1", "Trường THPT Chuyên Bắc Kạn", COLLECTIVE, 11, 0, true),
        nominee("n2", "Lê Thị Bình", INDIVIDUAL, 9, 2, true))));
    headApprovesSelection(plan, UNIT);
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    submitDossier(plan, UNIT);
    return plan;
  }

  @Test
  @DisplayName("người thẩm định thấy đường dẫn tới từng tệp của hồ sơ")
  void appraiserSeesTheDossierFiles() {
    ProcessInstance plan = submitted();
    String taskId = unitTask(plan, UNIT, "appraiseDossier").getId();

    String files = "/camunda/api/engine/engine/default/task/" + taskId + "/variables/";
    assertThat(read(tasks.getVariableLocal(taskId, "dossierFiles").toString()))
        .extracting(link -> (Object) link.get("url"))
        .containsExactlyInAnyOrder(files + "proposalLetterFile/data", files + "meetingMinutesFile/data",
            files + "achievementReport_n1/data", files + "achievementReport_n2/data");
    assertThat(tasks.getVariableLocal(taskId, "dossierFiles").toString()).contains("Tờ trình đề nghị khen thưởng",
        "Biên bản họp xét", "Báo cáo thành tích của Trường THPT Chuyên Bắc Kạn", "Báo cáo thành tích của Lê Thị Bình");
    assertThat(runtime.getVariable(unitDrive(plan, UNIT).getId(), "declaredCriteria"))
        .as("a plan without ratings or unit conditions has nothing more to show").isNull();
  }

  @Test
  @DisplayName("đường dẫn tới tệp không ghi vào lịch sử, vì lịch sử đã giữ chính các tệp; thẩm định và phê duyệt vẫn xong")
  void theLinksAreNotKeptInTheHistoryTheFilesAre() {
    ProcessInstance plan = submitted();
    String drive = unitDrive(plan, UNIT).getId();
    appraise(plan, UNIT, "CONCLUDE", Map.of("n1", "PASS", "n2", "PASS"), Map.of());
    String approval = unitTask(plan, UNIT, "approveAppraisal").getId();
    assertThat(tasks.getVariableLocal(approval, "dossierFiles").toString()).as("the board head's task shows them again")
        .contains("/task/" + approval + "/variables/proposalLetterFile/data");
    boardHeadApprovesAppraisal(plan, UNIT);

    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(drive).variableName("dossierFiles").count())
        .isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(drive).variableUpdates().list())
        .extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
        .doesNotContain("dossierFiles").contains("proposalLetterFile", "meetingMinutesFile", "achievementReport_n1");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(drive).variableName("meetingMinutesFile")
        .singleResult().getValue()).isNotNull();
  }

  @Test
  @DisplayName("quản trị viên sửa đường dẫn trên nhiệm vụ thì lịch sử vẫn ghi lại thay đổi đó")
  void anAdministratorsChangeOfTheLinksIsKept() {
    ProcessInstance plan = submitted();
    String taskId = unitTask(plan, UNIT, "appraiseDossier").getId();

    tasks.setVariableLocal(taskId, "dossierFiles", json(List.of()));

    assertThat(history.createHistoricDetailQuery().taskId(taskId).variableUpdates().list())
        .extracting(d -> ((HistoricVariableUpdate) d).getVariableName()).containsExactly("dossierFiles");
  }

  @Test
  @DisplayName("không đạt mà không ghi lý do thì bị từ chối")
  void rejectionNeedsAReason() {
    ProcessInstance plan = submitted();
    List<Map<?, ?>> nominees = read(runtime.getVariable(unitDrive(plan, UNIT).getId(), "nominees").toString());
    Map<String, Object> row = new java.util.HashMap<>();
    nominees.get(1).forEach((k, v) -> row.put(k.toString(), v));
    row.put("verdict", "REJECT");

    assertThatThrownBy(() -> complete(unitTask(plan, UNIT, "appraiseDossier"), Map.of(
        "appraisalOutcome", "CONCLUDE", "nominees", json(List.of(nominees.get(0), row)))))
        .hasMessageContaining("Lê Thị Bình: khi không đạt phải ghi rõ lý do.")
        .hasMessageContaining("Trường THPT Chuyên Bắc Kạn: chưa có kết quả thẩm định");
  }

  @Test
  @DisplayName("Ban thẩm định không sửa được người đơn vị đã đề nghị, không thêm được người hội đồng chưa xét; không gì được lưu")
  void appraisalCannotRewriteTheUnitsNominees() {
    ProcessInstance plan = submitted();
    String drive = unitDrive(plan, UNIT).getId();
    String before = runtime.getVariable(drive, "nominees").toString();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<?, ?> n : read(before)) {
      Map<String, Object> row = new LinkedHashMap<>();
      n.forEach((k, v) -> row.put(k.toString(), v));
      row.put("verdict", "PASS");
      rows.add(row);
    }
    rows.get(1).put("name", "Lê Thị Bình An");
    rows.get(1).put("votesFor", 11);
    Map<String, Object> invented = new LinkedHashMap<>();
    invented.put("id", "n9");
    invented.put("name", "Người ngoài danh sách");
    invented.put("kind", INDIVIDUAL);
    invented.put("proposeUpward", true);
    invented.put("verdict", "PASS");
    rows.add(invented);

    as("canbo.bantdkt", () -> assertThatThrownBy(() -> complete(unitTask(plan, UNIT, "appraiseDossier"),
            Map.of("appraisalOutcome", "CONCLUDE", "nominees", json(rows))))
        .hasMessage("Công việc này không nhận các mục ngoài biểu mẫu: nominees (thêm hoặc bớt dòng), "
            + "nominees dòng 2: name, nominees dòng 2: votesFor, nominees dòng 3: id, nominees dòng 3: name, "
            + "nominees dòng 3: kind, nominees dòng 3: proposeUpward. Không có gì được lưu."));

    List<Map<String, Object>> leftOut = new ArrayList<>(rows.subList(0, 2));
    leftOut.set(1, new LinkedHashMap<>(read(before).get(1).entrySet().stream()
        .filter(e -> !"proposeUpward".equals(e.getKey()))
        .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(), e -> (Object) e.getValue()))));
    as("canbo.bantdkt", () -> assertThatThrownBy(() -> complete(unitTask(plan, UNIT, "appraiseDossier"),
            Map.of("appraisalOutcome", "CONCLUDE", "nominees", json(leftOut))))
        .as("a nominee dropped by leaving out the read-only tick")
        .hasMessage("Công việc này không nhận các mục ngoài biểu mẫu: nominees dòng 2: proposeUpward. Không có gì được lưu."));

    assertThat(runtime.getVariable(drive, "nominees").toString()).isEqualTo(before);
    as("canbo.bantdkt", () -> appraise(plan, UNIT, "CONCLUDE", Map.of("n1", "PASS", "n2", "PASS"), Map.of()));
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("approveAppraisal");
  }

  @Test
  @DisplayName("hạn bổ sung là ngày nghỉ thì bị từ chối, kèm ngày làm việc gần nhất để chọn")
  void supplementDeadlineOnADayOffIsRefused() {
    ProcessInstance plan = submitted();

    assertThatThrownBy(() -> appraise(plan, UNIT, "SUPPLEMENT", Map.of("n1", "PASS"), Map.of(
        "supplementRequest", "Bổ sung báo cáo thành tích có xác nhận của thủ trưởng.", "supplementDeadline", "2025-10-25")))
        .hasMessageContaining("Hạn bổ sung (25/10/2025) là ngày nghỉ (thứ Bảy, Chủ nhật, ngày lễ, Tết hoặc ngày nghỉ theo "
            + "lịch chính thức). Đề nghị chọn ngày làm việc, ví dụ ngày làm việc kế tiếp là 27/10/2025.");
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("appraiseDossier");
  }

  @Test
  @DisplayName("hạn bổ sung sau hạn trình cấp quyết định của kế hoạch thì bị từ chối: đơn vị bổ sung xong thì tờ trình đã quá"
      + " hạn; hạn bổ sung đến đúng ngày đó thì được")
  void supplementDeadlineAfterTheProposalDeadlineIsRefused() {
    Map<String, Object> launched = new HashMap<>(seed000Plan(UNIT));
    launched.put("proposalDeadline", "2025-10-24");
    ProcessInstance plan = submitted(launched);
    String request = "Bổ sung báo cáo thành tích có xác nhận của thủ trưởng.";

    assertThatThrownBy(() -> appraise(plan, UNIT, "SUPPLEMENT", Map.of("n1", "PASS"),
        Map.of("supplementRequest", request, "supplementDeadline", "2025-10-27")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Hạn bổ sung (27/10/2025) không được sau hạn trình cấp quyết định khen thưởng (24/10/2025): đơn vị làm xong thì"
                + " đã quá hạn đưa vào tờ trình. Chọn ngày không muộn hơn 24/10/2025."));
    appraise(plan, UNIT, "SUPPLEMENT", Map.of("n1", "PASS"), Map.of("supplementRequest", request, "supplementDeadline", "2025-10-24"));
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("supplementDossier");
  }

  @Test
  @DisplayName("kết luận: một đạt, một không đạt có lý do, Lãnh đạo Ban duyệt thì hồ sơ đã thẩm định")
  void concludedAppraisalApprovedByTheHead() {
    ProcessInstance plan = submitted();
    appraise(plan, UNIT, "CONCLUDE", Map.of("n1", "PASS", "n2", "REJECT"), Map.of());

    String approval = unitTask(plan, UNIT, "approveAppraisal").getId();
    assertThat(unitTask(plan, UNIT, "approveAppraisal")).hasCandidateGroup("board-head");
    assertThat(tasks.getVariableLocal(approval, "dossierFiles").toString())
        .as("the board head opens the files too").contains("/task/" + approval + "/variables/proposalLetterFile/data");
    boardHeadApprovesAppraisal(plan, UNIT);

    assertThat(plan).isWaitingAt("draftProposal");
    assertThat(runtime.getVariable(plan.getId(), "proposalNomineeCount")).isEqualTo(1);
  }

  @Test
  @DisplayName("Lãnh đạo Ban trả lại kèm ý kiến thì chuyên viên thẩm định lại, lần duyệt sau bắt đầu trống; thời hạn thẩm định"
      + " vẫn tính từ ngày hồ sơ đầy đủ, không tính lại")
  void headSendsTheAppraisalBack() {
    ProcessInstance plan = submitted();
    Date due = unitTask(plan, UNIT, "appraiseDossier").getDueDate();
    at(LocalDateTime.of(2025, 10, 24, 9, 0));
    appraise(plan, UNIT, "CONCLUDE", Map.of("n1", "PASS", "n2", "PASS"), Map.of());

    complete(unitTask(plan, UNIT, "approveAppraisal"),
        Map.of("appraisalApproved", false, "appraisalComments", "Xem lại thành tích của cá nhân."));

    assertThat(unitDrive(plan, UNIT)).isWaitingAt("appraiseDossier")
        .variables().as("the comments the appraiser's form shows").containsEntry("appraisalComments", "Xem lại thành tích của cá nhân.");
    assertThat(unitTask(plan, UNIT, "appraiseDossier").getDueDate()).as("25 working days from 15/10/2025").isEqualTo(due)
        .isEqualTo(endOf(2025, 11, 19));
    appraise(plan, UNIT, "CONCLUDE", Map.of("n1", "PASS", "n2", "PASS"), Map.of());
    assertOpensBlank(unitTask(plan, UNIT, "approveAppraisal"), "appraisalApproved", "appraisalComments");
  }

  @Test
  @DisplayName("trả lại để bổ sung: đơn vị bổ sung trong hạn, nộp lại và được thẩm định lại từ đầu")
  void supplementRound() {
    ProcessInstance plan = supplementRequested();

    assertThat(unitTask(plan, UNIT, "supplementDossier")).hasCandidateGroup("unit-so-gddt-officer");
    assertThat(unitTask(plan, UNIT, "supplementDossier").getDueDate()).isEqualTo(endOf(2025, 10, 22));
    at(LocalDateTime.of(2025, 10, 20, 10, 0));
    Map<String, Object> supplement = Map.of("achievementReport_n2", pdf("bao-cao-bo-sung.pdf"));
    complete(unitTask(plan, UNIT, "supplementDossier"), supplement);

    assertThat(unitDrive(plan, UNIT)).isWaitingAt("appraiseDossier");
    assertOpensBlank(unitTask(plan, UNIT, "appraiseDossier"), "appraisalOutcome", "supplementRequest", "supplementDeadline");
    appraise(plan, UNIT, "CONCLUDE", Map.of("n2", "PASS"), Map.of());
    boardHeadApprovesAppraisal(plan, UNIT);
    assertThat(runtime.getVariable(plan.getId(), "proposalNomineeCount")).isEqualTo(2);
  }

  @Test
  @DisplayName("yêu cầu bổ sung phải nêu nội dung và hạn chưa qua")
  void supplementRequestNeedsWhatAndWhen() {
    ProcessInstance plan = submitted();

    assertThatThrownBy(() -> appraise(plan, UNIT, "SUPPLEMENT", Map.of(), Map.of("supplementDeadline", "2025-10-01")))
        .hasMessageContaining("Chưa ghi nội dung cần bổ sung.")
        .hasMessageContaining("Hạn bổ sung phải là một ngày từ hôm nay trở đi.");
  }

  @Test
  @DisplayName("đơn vị bổ sung sau hạn thì bị từ chối, được báo đúng hạn bổ sung và điều xảy ra sau đó")
  void supplementAfterItsDeadlineIsRefused() {
    ProcessInstance plan = supplementRequested();
    String taskId = unitTask(plan, UNIT, "supplementDossier").getId();
    ClockUtil.setCurrentTime(vn(LocalDateTime.of(2025, 10, 23, 0, 0))); // before the closing timer has run

    assertThatThrownBy(() -> tasks.complete(taskId, Map.of("achievementReport_n2", pdf("bao-cao-bo-sung.pdf"))))
        .hasMessageContaining("Đã hết hạn bổ sung hồ sơ (đến hết ngày 22/10/2025). Hồ sơ bổ sung không được tiếp nhận;"
            + " các đề nghị chưa có kết quả thẩm định được ghi là không đạt.");
  }

  @Test
  @DisplayName("quá hạn bổ sung thì các đề nghị chưa kết luận bị không đạt, người đã đạt giữ nguyên")
  void missedSupplementRejectsOutstandingNominees() {
    ProcessInstance plan = supplementRequested();

    at(LocalDateTime.of(2025, 10, 22, 23, 59, 59));
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("supplementDossier");
    at(LocalDateTime.of(2025, 10, 23, 0, 0));

    ProcessInstance drive = unitDrive(plan, UNIT);
    assertThat(drive).isWaitingAt("approveAppraisal");
    List<Map<?, ?>> nominees = read(runtime.getVariable(drive.getId(), "nominees").toString());
    assertThat(nominees.get(0).get("verdict")).isEqualTo("PASS");
    assertThat(nominees.get(1).get("verdict")).isEqualTo("REJECT");
    assertThat(nominees.get(1).get("reason"))
        .isEqualTo("Đơn vị không bổ sung hồ sơ trong thời hạn (đến hết ngày 22/10/2025).");
  }
}
