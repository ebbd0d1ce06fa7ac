package vn.tdkt.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

/**
 * Seed 000's dates in a plan that declares no final deadline: the dossiers are due until the end of
 * 16/10/2025, and a unit that has not submitted by then can still do so; the board decides whether
 * to wait for it or not to consider it, so that one silent unit does not hold the phase.
 */
@DisplayName("Xử lý đơn vị chưa nộp hồ sơ khi hết hạn (hạn nộp không phải hạn cuối)")
class CloseSilentUnitsTest extends DriveTest {

  private static final String ON_TIME = "so-gddt";
  private static final String SILENT = "so-yte";
  private static final String GENERAL = "vp-phong-tong-hop";
  private static final String ECONOMY = "vp-phong-kinh-te";
  private static final String REASON = "Đã đôn đốc ba lần; quá thời hạn trình UBND tỉnh.";
  private static final LocalDateTime DEADLINE_PASSED = LocalDateTime.of(2025, 10, 17, 0, 0);

  /** Both units proposed one nominee and wait for the window. */
  private ProcessInstance bothReadyToSubmit() {
    ProcessInstance plan = approvedWithoutFinalDeadlines(ON_TIME, SILENT);
    registeredAndReported(plan, ON_TIME, SILENT);
    proposesOne(plan, ON_TIME, "Nguyễn Văn An");
    proposesOne(plan, SILENT, "Nguyễn Thị Hoa");
    return plan;
  }

  /** Both units proposed one nominee; only the first submits its dossier, on 15/10/2025. */
  private ProcessInstance oneUnitSilentAtTheDossier() {
    ProcessInstance plan = bothReadyToSubmit();
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    submitDossier(plan, ON_TIME);
    return plan;
  }

  private List<Map<String, String>> choices(Task task) throws Exception {
    return new ObjectMapper().readValue(runtime.getVariable(task.getExecutionId(), "silentUnitChoices").toString(),
        new TypeReference<>() {});
  }

  private void boardCloses(Task task, List<String> units, String reason) {
    boardCloses("canbo.bantdkt", task, units, reason);
  }

  private void boardCloses(String officer, Task task, List<String> units, String reason) {
    as(officer, () -> complete(task, Map.of("closedUnits", json(units), "closingReason", reason)));
  }

  /** The board's open «Xử lý đơn vị chưa nộp hồ sơ khi hết hạn» tasks in the plan. */
  private long boardTasks(ProcessInstance plan) {
    return tasks.createTaskQuery().processInstanceId(plan.getId()).taskDefinitionKey("closeSilentUnits").count();
  }

  @Test
  @DisplayName("hết hạn nộp hồ sơ mà đơn vị chưa nộp thì Ban được giao xử lý, thấy đơn vị và việc đang chờ; đơn vị"
      + " nộp đúng hạn không có trong danh sách")
  void theBoardIsAskedAboutTheUnitsThatHaveNotSubmitted() throws Exception {
    ProcessInstance plan = oneUnitSilentAtTheDossier();

    at(DEADLINE_PASSED.minusSeconds(1));
    assertThat(boardTasks(plan)).isZero();
    at(DEADLINE_PASSED);

    Task closing = task(plan, "closeSilentUnits");
    assertThat(groupsOf(closing)).containsExactly("board-officer");
    assertThat(choices(closing)).containsExactly(
        Map.of("label", "Sở Y tế — đang ở bước: Nộp hồ sơ đề nghị khen thưởng", "value", SILENT));
    assertThat(unitDrive(plan, SILENT)).isWaitingAt("submitDossier");
  }

  @Test
  @DisplayName("Ban không xét đơn vị chưa nộp hồ sơ thì việc của đơn vị đóng, đơn vị được ghi nhận không nộp hồ sơ"
      + " đúng hạn, lý do hiện trong theo dõi tiến độ, và đợt lập được tờ trình")
  void aUnitTheBoardDoesNotConsiderNoLongerHoldsThePhase() {
    ProcessInstance plan = oneUnitSilentAtTheDossier();
    appraise(plan, ON_TIME, "CONCLUDE", Map.of("n1", "PASS"), Map.of());
    boardHeadApprovesAppraisal(plan, ON_TIME);
    ProcessInstance silent = unitDrive(plan, SILENT);
    at(DEADLINE_PASSED);

    boardCloses(task(plan, "closeSilentUnits"), List.of(SILENT), REASON);

    assertThat(silent).isEnded();
    assertThat(endState(silent)).isEqualTo("COMPLETED");
    assertThat(endedWith(silent, "unitStatus")).isEqualTo("LATE");
    JsonNode lines = progress("canbo.bantdkt", plan.getBusinessKey(), SILENT).get("lines");
    assertThat(lines.get(1).get("status").asText()).isEqualTo("Ban TĐKT không xét đơn vị chưa nộp hồ sơ");
    assertThat(lines.get(1).get("facts").get("closingReason").asText()).isEqualTo(REASON);
    assertThat(lines.get(0).get("facts").has("closingReason")).as("the reason is the unit's, not the plan's").isFalse();
    assertThat(notices(plan, "acknowledgeCancellation")).as("closed by the plan's step, not cancelled").isEmpty();
    assertThat(tasks.createTaskQuery().processInstanceId(silent.getId()).count()).isZero();
    assertThat(plan).isWaitingAt("draftProposal");
    assertThat(boardTasks(plan)).isZero();
  }

  @Test
  @DisplayName("đơn vị bị Ban không xét nhận ngay thông báo riêng kèm lý do, ngày và kết quả được ghi nhận; đơn vị khác"
      + " không đọc được; quá 10 ngày làm việc chưa nhận thì Thủ trưởng đơn vị được báo")
  void theUnitIsToldAtOnceWhyItIsNotConsidered() {
    ProcessInstance plan = oneUnitSilentAtTheDossier();
    at(DEADLINE_PASSED);

    boardCloses(task(plan, "closeSilentUnits"), List.of(SILENT), REASON);

    Task notice = notice(plan, SILENT, "acknowledgeUnitLineClosed");
    assertThat(notice).hasCandidateGroup("unit-so-yte-officer");
    assertThat(notice.getDueDate()).isEqualTo(endOf(2025, 10, 31)); // 10 working days from Friday 17/10
    var shown = forms.getTaskFormVariables(notice.getId());
    assertThat(shown.getValue("closingReason", String.class)).isEqualTo(REASON);
    assertThat(shown.getValue("closedStatus", String.class)).isEqualTo("Không nộp hồ sơ đúng hạn");
    assertThat(shown.getValue("closedOn", String.class)).isEqualTo("2025-10-17");
    assertThat(shown.getValue("submissionCloses", String.class)).isEqualTo("2025-10-16");
    assertThat(shown.getValue("unitName", String.class)).isEqualTo("Sở Y tế");
    assertThat(notices(plan, "acknowledgeUnitLineClosed")).as("only the unit not considered is told").hasSize(1);
    assertThat(mayRead("yte.canbo", "unit-so-yte-officer", notice.getProcessInstanceId())).as("the unit reads its notice")
        .isTrue();
    assertThat(mayRead("gddt.canbo", "unit-so-gddt-officer", notice.getProcessInstanceId())).as("another unit does not")
        .isFalse();
    String forged = """
        {"messageName": "unitLineClosedNotice", "businessKey": "%s/%s",
         "processVariables": {"unitCode": {"value": "%s"}, "closingReason": {"value": "Giả mạo."}}}""".formatted(
        plan.getBusinessKey(), ON_TIME, ON_TIME);
    for (String user : List.of("gddt.canbo", "canbo.bantdkt")) {
      assertThat(http().call(user, "POST", "/engine-rest/message", forged).status()).as(user).isEqualTo(403);
    }
    assertThat(notices(plan, "acknowledgeUnitLineClosed")).as("only the line sends it").hasSize(1);

    at(LocalDateTime.of(2025, 11, 1, 8, 0));
    assertThat(groupsOf(notice)).as("the unit head is told after 10 working days").contains("unit-so-yte-head");
    assertThatThrownBy(() -> complete(notice, Map.of())).isInstanceOf(InvalidInputException.class)
        .hasMessage("Cần đánh dấu «Đã nhận thông báo» để xác nhận đơn vị đã nhận thông báo.");
    complete(notice, Map.of("closingAcknowledged", true));
    JsonNode lines = progress("canbo.bantdkt", plan.getBusinessKey(), SILENT).get("lines");
    assertThat(lines.get(2).get("process").asText()).isEqualTo("Thông báo Ban TĐKT không xét đơn vị");
    assertThat(lines.get(2).get("status").asText()).isEqualTo("Đơn vị đã nhận thông báo");
    assertThat(lines.get(2).get("facts").get("closingAcknowledged").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("trong Tasklist, chuyên viên Ban đọc danh sách đơn vị chưa nộp và gửi biểu mẫu không xét đơn vị như"
      + " mọi biểu mẫu")
  void theBoardClosesAUnitOverRestAsTasklistDoes() {
    ProcessInstance plan = oneUnitSilentAtTheDossier();
    ProcessInstance silent = unitDrive(plan, SILENT);
    at(DEADLINE_PASSED);
    String path = "/engine-rest/task/" + task(plan, "closeSilentUnits").getId();

    Http.Reply form = http().call("canbo.bantdkt", "GET",
        path + "/form-variables?variableNames=silentUnitChoices&deserializeValues=false", null);
    Http.Reply sent = http().call("canbo.bantdkt", "POST", path + "/submit-form", "{\"variables\": {\"closedUnits\":"
        + " {\"type\": \"Json\", \"value\": \"[\\\"" + SILENT + "\\\"]\"}, \"closingReason\": {\"value\": \"" + REASON + "\"}}}");

    assertThat(form.status()).isEqualTo(200);
    assertThat(form.text()).contains("Sở Y tế — đang ở bước: Nộp hồ sơ đề nghị khen thưởng");
    assertThat(sent.status()).isEqualTo(204);
    assertThat(endedWith(silent, "unitStatus")).isEqualTo("LATE");
  }

  @Test
  @DisplayName("đơn vị chưa đăng ký thi đua mà Ban không xét thì được ghi nhận không đăng ký thi đua")
  void aUnitThatNeverRegisteredIsRecordedAsNotRegistered() throws Exception {
    ProcessInstance plan = approvedWithoutFinalDeadlines(SILENT);
    ProcessInstance silent = unitDrive(plan, SILENT);
    at(DEADLINE_PASSED);

    Task closing = task(plan, "closeSilentUnits");
    assertThat(choices(closing)).containsExactly(Map.of("label", "Sở Y tế — đang ở bước: Đăng ký thi đua", "value", SILENT));
    boardCloses(closing, List.of(SILENT), REASON);

    assertThat(endedWith(silent, "unitStatus")).isEqualTo("NOT_REGISTERED");
    assertThat(plan).isWaitingAt("writeFinalReport");
  }

  @Test
  @DisplayName("Ban để việc mở mà đơn vị nộp hồ sơ muộn thì hồ sơ vẫn được thẩm định, và việc của Ban tự đóng khi mọi"
      + " đơn vị đã xong")
  void theBoardsTaskClosesWhenEveryUnitHasFinished() {
    ProcessInstance plan = oneUnitSilentAtTheDossier();
    at(DEADLINE_PASSED);
    Task closing = task(plan, "closeSilentUnits");

    at(LocalDateTime.of(2025, 10, 20, 9, 0));
    submitDossier(plan, SILENT);
    allAppraisedAndApproved(plan, ON_TIME, SILENT);

    assertThat(plan).isWaitingAt("draftProposal");
    assertThat(tasks.createTaskQuery().taskId(closing.getId()).count()).isZero();
    assertThat(history.createHistoricTaskInstanceQuery().taskId(closing.getId()).singleResult().getDeleteReason())
        .isNotEqualTo("completed");
  }

  private void allAppraisedAndApproved(ProcessInstance plan, String... units) {
    for (String unit : units) {
      appraise(plan, unit, "CONCLUDE", Map.of("n1", "PASS"), Map.of());
      boardHeadApprovesAppraisal(plan, unit);
    }
  }

  @Test
  @DisplayName("Ban không xét một đơn vị thì việc được giao lại với các đơn vị còn chưa nộp")
  void theBoardIsAskedAgainAboutTheUnitsStillSilent() throws Exception {
    ProcessInstance plan = approvedWithoutFinalDeadlines(ON_TIME, SILENT);
    registeredAndReported(plan, ON_TIME, SILENT);
    proposesOne(plan, ON_TIME, "Nguyễn Văn An");
    at(DEADLINE_PASSED);
    assertThat(choices(task(plan, "closeSilentUnits"))).extracting(choice -> choice.get("value"))
        .containsExactly(ON_TIME, SILENT);

    boardCloses(task(plan, "closeSilentUnits"), List.of(SILENT), REASON);

    Task again = task(plan, "closeSilentUnits");
    assertThat(choices(again)).containsExactly(
        Map.of("label", "Sở Giáo dục và Đào tạo — đang ở bước: Nộp hồ sơ đề nghị khen thưởng", "value", ON_TIME));
    Map<String, Object> form = forms.getTaskFormVariables(again.getId(),
        List.of("closedUnits", "closingReason"), true);
    assertThat(form.get("closedUnits").toString()).as("the last round's choice is not preselected").isEqualTo("[]");
    assertThat(form.get("closingReason")).isEqualTo("");
    assertThat(unitDrive(plan, ON_TIME)).isWaitingAt("submitDossier");
  }

  @Test
  @DisplayName("Ban hoàn thành mà không chọn đơn vị, không ghi lý do, hay chọn đơn vị đã nộp sau khi việc được giao thì"
      + " bị từ chối và không đơn vị nào bị đóng")
  void anIncompleteOrStaleChoiceIsRefused() {
    ProcessInstance plan = bothReadyToSubmit();
    at(DEADLINE_PASSED);
    Task closing = task(plan, "closeSilentUnits");
    at(LocalDateTime.of(2025, 10, 20, 9, 0));
    submitDossier(plan, ON_TIME);

    assertThatThrownBy(() -> boardCloses(closing, List.of(), " "))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Chưa chọn đơn vị nào để không xét. Nếu còn chờ các đơn vị nộp hồ sơ, hãy để việc này mở: việc tự đóng khi"
                + " mọi đơn vị đã xong.",
            "Chưa nhập lý do không xét các đơn vị đã chọn."));
    assertThatThrownBy(() -> boardCloses(closing, List.of(ON_TIME, SILENT), REASON))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Đơn vị Sở Giáo dục và Đào tạo không còn chờ nộp hồ sơ (đơn vị đã nộp, hoặc phần việc của đơn vị đã kết"
                + " thúc hay bị tạm dừng); bỏ chọn đơn vị này."));

    assertThat(unitDrive(plan, ON_TIME)).isWaitingAt("appraiseDossier");
    assertThat(unitDrive(plan, SILENT)).isWaitingAt("submitDossier");
    assertThat(task(plan, "closeSilentUnits").getId()).isEqualTo(closing.getId());
  }

  @Test
  @DisplayName("kế hoạch hai đợt (mẫu của Văn phòng UBND tỉnh, hạn nộp không là hạn cuối): đơn vị chưa họp xét khi hết"
      + " hạn đợt 2 thì phòng HCTC-QTTV không xét đơn vị ở đợt 2, và kế hoạch đi tiếp")
  void aLaterPhaseAsksAboutItsOwnSilentUnits() {
    at(LocalDateTime.of(2024, 3, 15, 9, 0));
    Map<String, Object> planData = fromTemplate("001-van-phong-ubnd-tinh-hai-dot", GENERAL, ECONOMY);
    planData.put("finalDeadlines", json(List.of()));
    ProcessInstance plan = launchedAndApproved(planData);
    at(LocalDateTime.of(2024, 6, 3, 8, 0));
    nobodyProposed(unitDrive(plan, "Đợt 1", GENERAL), "2024-06-03");
    nobodyProposed(unitDrive(plan, "Đợt 1", ECONOMY), "2024-06-03");
    at(LocalDateTime.of(2024, 11, 26, 8, 0));
    nobodyProposed(unitDrive(plan, "Đợt 2", GENERAL), "2024-11-26");
    ProcessInstance silent = unitDrive(plan, "Đợt 2", ECONOMY);

    at(LocalDateTime.of(2024, 12, 11, 0, 0));

    Task closing = task(plan, "closeSilentUnits");
    assertThat(groupsOf(closing)).containsExactly("vp-hctc-qttv");
    boardCloses("vp.hctc.canbo", closing, List.of(ECONOMY), REASON);
    assertThat(endedWith(silent, "unitStatus")).isEqualTo("LATE");
    assertThat(forms.getTaskFormVariables(notice(plan, "Đợt 2/" + ECONOMY, "acknowledgeUnitLineClosed")
        .getId()).getValue("phaseName", String.class)).as("the notice names the phase").isEqualTo("Đợt 2");
    assertThat(plan).isWaitingAt("writeFinalReport");
  }

  /**
   * Jobs run earliest due first: PostgreSQL puts the deadline's job (a past day) before the lines'
   * start jobs (no due date), so no line exists yet when the board is asked; H2 runs them the other way.
   */
  @Test
  @DisplayName("kế hoạch được phê duyệt khi hạn nộp hồ sơ đã qua: Ban vẫn được giao việc với mọi đơn vị, kể cả đơn vị"
      + " chưa bắt đầu phần việc khi việc được giao, và đóng được đơn vị")
  void aPlanApprovedAfterTheDeadlineStillAsksTheBoard() {
    at(LocalDateTime.of(2025, 10, 20, 9, 0));
    ProcessInstance plan = approvedWithoutFinalDeadlines(ON_TIME, SILENT);
    at(LocalDateTime.of(2025, 10, 20, 9, 1));

    Task closing = task(plan, "closeSilentUnits");
    assertThat(runtime.getVariable(closing.getExecutionId(), "silentUnitChoices").toString()).contains(ON_TIME, SILENT);
    ProcessInstance silent = unitDrive(plan, SILENT);
    boardCloses(closing, List.of(SILENT), REASON);

    assertThat(endedWith(silent, "unitStatus")).isEqualTo("NOT_REGISTERED");
    assertThat(unitDrive(plan, ON_TIME)).isWaitingAt("registerUnit");
  }

  @Test
  @DisplayName("hạn nộp hồ sơ là hạn cuối thì Ban không được giao việc này: việc của đơn vị tự đóng, Ban xử lý hồ sơ"
      + " chưa nộp đúng hạn")
  void aFinalDeadlineClosesTheUnitsWorkItself() {
    ProcessInstance plan = readyToSubmit(SILENT);

    at(DEADLINE_PASSED);

    assertThat(boardTasks(plan)).isZero();
    assertThat(unitDrive(plan, SILENT)).isWaitingAt("handleLateDossier");
  }
}
