package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Hạn tính theo ngày làm việc trên động cơ quy trình")
class WorkingDayDeadlinesTest extends DriveTest {

  @Autowired private WorkingDaysPlugin workingDays;

  /** A plan whose submission window ends just before Tết 2026 (16–20/02/2026 off). */
  private Map<String, Object> planAroundTet2026() {
    Map<String, Object> plan = seed000Plan("so-yte");
    plan.put("periodStart", "2025-03-01");
    plan.put("periodEnd", "2026-01-31");
    plan.put("registrationDeadline", "2025-03-31");
    plan.put("reportDeadline", "2026-02-05");
    plan.put("submissionOpens", "2026-02-09");
    plan.put("submissionCloses", "2026-02-13");
    plan.put("appraisalWorkingDays", 5);
    return plan;
  }

  /** So Y tế's dossier reaches the board on Wednesday 11/02/2026. */
  private ProcessInstance dossierSubmittedBeforeTet() {
    at(LocalDateTime.of(2025, 2, 20, 9, 0));
    ProcessInstance plan = launchedAndApproved(planAroundTet2026());
    register(plan, "so-yte");
    at(LocalDateTime.of(2026, 2, 2, 8, 0));
    reportResults(plan, "so-yte");
    Map<String, Object> meeting = meeting(9, List.of(nominee("n1", "Bệnh viện Đa khoa tỉnh", COLLECTIVE, 9, 0, true)));
    meeting.put("meetingDate", "2026-02-02");
    recordMeeting(plan, "so-yte", meeting);
    headApprovesSelection(plan, "so-yte");
    at(LocalDateTime.of(2026, 2, 11, 10, 0));
    submitDossier(plan, "so-yte");
    return plan;
  }

  @Test
  @DisplayName("thẩm định 5 ngày làm việc qua Tết 2026 thì hạn đến hết 25/02/2026")
  void appraisalDueDateSkipsTet() {
    ProcessInstance plan = dossierSubmittedBeforeTet();

    assertThat(unitTask(plan, "so-yte", "appraiseDossier").getDueDate()).isEqualTo(endOf(2026, 2, 25));
  }

  @Test
  @DisplayName("«5 ngày làm việc» gõ trong Modeler bằng Unicode tổ hợp hay thừa dấu cách vẫn là 5 ngày làm việc")
  void workingDaysTypedWithCombiningAccentsAreUnderstood() {
    Date from = vn(LocalDateTime.of(2026, 2, 12, 9, 0));
    Date fifthWorkingDay = workingDays.endOfWorkingDays("5 ngày làm việc", from).orElseThrow();

    assertThat(workingDays.endOfWorkingDays(Normalizer.normalize("5 ngày  làm việc", Normalizer.Form.NFD), from))
        .contains(fifthWorkingDay);
  }

  @Test
  @DisplayName("quá hạn thẩm định thì Lãnh đạo Ban được báo, việc không bị gián đoạn")
  void overdueAppraisalEscalatesToTheBoardHead() {
    ProcessInstance plan = dossierSubmittedBeforeTet();

    at(LocalDateTime.of(2026, 2, 25, 23, 59, 59));
    assertThat(groupsOf(unitTask(plan, "so-yte", "appraiseDossier"))).containsExactly("board-officer");
    at(LocalDateTime.of(2026, 2, 26, 0, 0));

    Task overdue = unitTask(plan, "so-yte", "appraiseDossier");
    assertThat(groupsOf(overdue)).containsExactlyInAnyOrder("board-officer", "board-head");
    assertThat(tasks.getTaskComments(overdue.getId())).extracting(Comment::getFullMessage)
        .containsExactly("Quá hạn: việc \"Thẩm định hồ sơ\" đã quá hạn (hạn đến hết ngày 25/02/2026); đã báo cấp giám sát.");
    appraise(plan, "so-yte", "CONCLUDE", Map.of("n1", "PASS"), Map.of());
    assertThat(unitDrive(plan, "so-yte")).isWaitingAt("approveAppraisal");
  }

  @Test
  @DisplayName("kế hoạch trình ngày 28/8/2025: 10 ngày làm việc qua nghỉ Quốc khánh 1–2/9 thì hạn phê duyệt đến hết 15/9/2025")
  void approvalDueDateSkipsNationalDay2025() {
    at(LocalDateTime.of(2025, 8, 28, 9, 0));

    ProcessInstance plan = launch(seed000Plan("so-yte"));

    assertThat(task(plan, "approvePlan").getDueDate()).isEqualTo(endOf(2025, 9, 15));
  }

  @Test
  @DisplayName("Chủ tịch chưa phê duyệt khi hết 15/9/2025 thì việc được đánh dấu quá hạn, lên đầu danh sách, không giao cho ai khác")
  void overdueApprovalIsFlaggedForTheAuthority() {
    at(LocalDateTime.of(2025, 8, 28, 9, 0));
    ProcessInstance plan = launch(seed000Plan("so-yte"));

    at(LocalDateTime.of(2025, 9, 15, 23, 59, 59));
    assertThat(task(plan, "approvePlan").getPriority()).isEqualTo(Task.PRIORITY_NORMAL);
    at(LocalDateTime.of(2025, 9, 16, 0, 0));

    Task overdue = task(plan, "approvePlan");
    assertThat(overdue.getPriority()).isEqualTo(EscalateOverdueTask.ESCALATED_PRIORITY);
    assertThat(groupsOf(overdue)).containsExactly("deciding-authority");
    assertThat(tasks.getTaskComments(overdue.getId())).extracting(Comment::getFullMessage)
        .containsExactly("Quá hạn: việc \"Phê duyệt kế hoạch\" đã quá hạn (hạn đến hết ngày 15/09/2025).");
    at(LocalDateTime.of(2025, 9, 16, 8, 0));
    assertThat(overdueFor("canbo.bantdkt", plan.getBusinessKey(), null)).as("the board officer follows the authority up")
        .containsExactly("Phê duyệt kế hoạch");
    complete(overdue, Map.of("planApproved", true));
    assertThat(plan).isWaitingAt("planPhase");
    assertThat(overdueFor("canbo.bantdkt", plan.getBusinessKey(), null)).doesNotContain("Phê duyệt kế hoạch");
  }

  @Test
  @DisplayName("Chủ tịch có 10 ngày làm việc để phê duyệt kế hoạch, ngày theo dõi trước hạn 2 ngày làm việc")
  void approvalIsDueInWorkingDays() {
    ProcessInstance plan = launch(seed000Plan("so-yte"));

    // Launched Friday 20/09/2024: ten working days end on Friday 04/10/2024 (2/9 holidays are past).
    Task approval = task(plan, "approvePlan");
    assertThat(approval.getDueDate()).isEqualTo(endOf(2024, 10, 4));
    assertThat(approval.getFollowUpDate()).isEqualTo(vn(LocalDateTime.of(2024, 10, 3, 0, 0)));
  }

  /** Seed 000 whose submission deadline is not final: a unit late with its meeting goes on (RecordSelectionMeetingTest: final). */
  private ProcessInstance lateMeetingsAllowed(String... units) {
    Map<String, Object> data = seed000Plan(units);
    data.put("finalDeadlines", json(List.of("registration", "report", "supplement")));
    ProcessInstance plan = launchedAndApproved(data);
    return plan;
  }

  @Test
  @DisplayName("họp xét chưa xong khi hết hạn nhận hồ sơ (không phải hạn cuối) thì thủ trưởng đơn vị được báo, việc vẫn tiếp tục")
  void lateSelectionMeetingEscalatesToTheUnitHead() {
    ProcessInstance plan = lateMeetingsAllowed("so-yte");
    registeredAndReported(plan, "so-yte");
    assertThat(unitTask(plan, "so-yte", "recordSelectionMeeting").getDueDate())
        .isEqualTo(endOf(2025, 10, 16));

    at(LocalDateTime.of(2025, 10, 16, 23, 59, 59));
    assertThat(groupsOf(unitTask(plan, "so-yte", "recordSelectionMeeting")))
        .containsExactlyInAnyOrder("unit-so-yte-secretary", "unit-so-yte-officer");
    at(LocalDateTime.of(2025, 10, 17, 0, 0));

    assertThat(groupsOf(unitTask(plan, "so-yte", "recordSelectionMeeting")))
        .containsExactlyInAnyOrder("unit-so-yte-secretary", "unit-so-yte-officer", "unit-so-yte-head");
    assertThat(unitDrive(plan, "so-yte")).isWaitingAt("recordSelectionMeeting");
  }

  @Test
  @DisplayName("Ban TĐKT thấy việc quá hạn của mọi đơn vị trong danh sách quá hạn, lọc được theo đơn vị")
  void theBoardSeesEveryUnitsOverdueWork() {
    ProcessInstance plan = lateMeetingsAllowed("so-yte", "so-gddt");
    registeredAndReported(plan, "so-yte", "so-gddt");
    at(LocalDateTime.of(2025, 10, 16, 23, 59, 59));
    assertThat(overdueFor("truongban.bantdkt", plan.getBusinessKey(), null)).isEmpty();

    at(LocalDateTime.of(2025, 10, 17, 9, 0));
    assertThat(overdueFor("truongban.bantdkt", plan.getBusinessKey(), null))
        .containsExactly("Ghi kết quả họp xét", "Ghi kết quả họp xét");
    assertThat(overdueFor("canbo.bantdkt", plan.getBusinessKey(), "so-gddt")).containsExactly("Ghi kết quả họp xét");
    recordMeeting(plan, "so-gddt", meeting(9, List.of()));
    assertThat(overdueFor("canbo.bantdkt", plan.getBusinessKey(), "so-gddt")).as("the meeting's record ends it")
        .containsExactly("Duyệt đề nghị của đơn vị");
    assertThat(overdueFor("canbo.bantdkt", plan.getBusinessKey(), "so-yte")).containsExactly("Ghi kết quả họp xét");

    Task late = unitTask(plan, "so-yte", "recordSelectionMeeting");
    tasks.claim(late.getId(), "yte.canbo");
    assertThat(overdue("canbo.bantdkt", plan.getBusinessKey(), "so-yte").get(0).get("assignee").asText())
        .as("who holds it now").isEqualTo("yte.canbo");
    late = unitTask(plan, "so-yte", "recordSelectionMeeting");
    late.setDueDate(vn(LocalDateTime.of(2025, 10, 24, 0, 0)));
    tasks.saveTask(late);
    assertThat(overdueFor("canbo.bantdkt", plan.getBusinessKey(), "so-yte")).as("a later due date takes it off").isEmpty();
  }

  @Test
  @DisplayName("việc quá hạn vẫn được liệt kê khi nhánh song song bên cạnh đã xong (mô hình quản trị viên tự vẽ)")
  void overdueWorkOfAFoldedParallelBranchIsListed() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("overdueBesideAParallelBranch").camundaHistoryTimeToLive(1)
        .startEvent().parallelGateway("fork")
        .userTask("late").name("Việc quá hạn bên nhánh song song").camundaDueDate("2025-01-02T00:00:00").endEvent()
        .moveToNode("fork").userTask("quick").endEvent().done();
    String deployment = repository.createDeployment().addModelInstance("overdueBesideAParallelBranch.bpmn", model)
        .deploy().getId();
    try {
      at(LocalDateTime.of(2025, 1, 10, 9, 0));
      ProcessInstance instance = runtime.startProcessInstanceByKey("overdueBesideAParallelBranch",
          Map.of("planNumber", "SONG-SONG/KH", "unitCode", "so-yte"));
      // The other branch ends: Camunda folds the late task's branch into the instance and moves the task there.
      tasks.complete(task(instance, "quick").getId());

      assertThat(overdueFor("admin", "SONG-SONG/KH", "so-yte")).containsExactly("Việc quá hạn bên nhánh song song");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  @DisplayName("việc quá hạn trong vòng lặp theo đơn vị mang mã đơn vị của vòng lặp (mô hình quản trị viên tự vẽ)")
  void overdueWorkInsideAUnitLoopNamesItsUnit() {
    // unitCode is the loop's, held by each round's execution; the late task runs in a branch below it.
    BpmnModelInstance model = Bpmn.createExecutableProcess("overdueInsideAUnitLoop").camundaHistoryTimeToLive(1)
        .startEvent().subProcess("perUnit").multiInstance().parallel().camundaCollection("${units}")
        .camundaElementVariable("unitCode").<SubProcessBuilder>multiInstanceDone()
        .embeddedSubProcess().startEvent().parallelGateway("fork")
        .userTask("late").name("Việc quá hạn của từng đơn vị").camundaDueDate("2025-01-02T00:00:00").endEvent()
        .moveToNode("fork").userTask("waiting").endEvent()
        .subProcessDone().endEvent().done();
    String deployment = repository.createDeployment().addModelInstance("overdueInsideAUnitLoop.bpmn", model)
        .deploy().getId();
    try {
      at(LocalDateTime.of(2025, 1, 10, 9, 0));
      runtime.startProcessInstanceByKey("overdueInsideAUnitLoop",
          Map.of("planNumber", "VONG-LAP/KH", "units", List.of("so-yte", "so-gddt")));

      assertThat(overdueFor("admin", "VONG-LAP/KH", "so-yte")).containsExactly("Việc quá hạn của từng đơn vị");
      assertThat(overdueFor("admin", "VONG-LAP/KH", "so-gddt")).containsExactly("Việc quá hạn của từng đơn vị");
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  @DisplayName("việc lẻ tạo trong Tasklist, không thuộc kế hoạch nào, khi quá hạn cũng được liệt kê")
  void anOverdueTaskOfItsOwnIsListed() {
    at(LocalDateTime.of(2025, 1, 10, 9, 0));
    Task own = tasks.newTask();
    own.setName("Việc lẻ quá hạn " + System.nanoTime());
    own.setDueDate(vn(LocalDateTime.of(2025, 1, 2, 0, 0)));
    tasks.saveTask(own);
    try {
      assertThat(overdueFor("admin", null, null)).contains(own.getName());
    } finally {
      tasks.deleteTask(own.getId(), true);
    }
  }

  /** The names of the tasks {@code /api/overdue} lists to this user for the plan (and the unit), if given. */
  private List<String> overdueFor(String user, String planNumber, String unitCode) {
    List<String> names = new ArrayList<>();
    overdue(user, planNumber, unitCode).forEach(task -> names.add(task.get("taskName").asText()));
    return names;
  }

  /** The rows {@code /api/overdue} lists to this user for the plan (and the unit), if given. */
  private JsonNode overdue(String user, String planNumber, String unitCode) {
    Http.Reply reply = http().call(user, "GET", "/api/overdue?planNumber="
        + (planNumber == null ? "" : URLEncoder.encode(planNumber, StandardCharsets.UTF_8))
        + (unitCode == null ? "" : "&unitCode=" + unitCode), null);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.body();
  }

  @Test
  @DisplayName("việc quá hạn xem được qua REST theo kế hoạch và đơn vị, chỉ Ban và giám sát được xem; giám sát không xử lý việc")
  void overdueWorkIsListedForTheBoard() {
    ProcessInstance plan = dossierSubmittedBeforeTet();
    at(LocalDateTime.of(2026, 2, 27, 9, 0));

    assertThat(overdue("canbo.bantdkt", plan.getBusinessKey(), "so-yte").toString()).contains(
        "\"taskName\":\"Thẩm định hồ sơ\"", "\"unitCode\":\"so-yte\"", "\"unitName\":\"Sở Y tế\"",
        "\"lastDay\":\"25/02/2026\"", "\"planNumber\":\"" + plan.getBusinessKey() + "\"");
    assertThat(overdue("giamsat", plan.getBusinessKey(), "so-yte").toString())
        .as("the monitor reads it too").contains("\"taskName\":\"Thẩm định hồ sơ\"");
    assertThat(overdue("giamsat", plan.getBusinessKey(), "so-gddt").size())
        .as("another unit's filter leaves this unit out").isZero();
    assertThat(http().call("giamsat", "POST",
        "/engine-rest/task/" + unitTask(plan, "so-yte", "appraiseDossier").getId() + "/complete", "{}").status())
        .as("the monitor reads the board's work, never does it").isEqualTo(403);
    Http.Reply unit = http().call("yte.canbo", "GET", "/api/overdue", null);
    assertThat(unit.status()).isEqualTo(403);
    assertThat(unit.text()).contains("Chỉ Ban Thi đua - Khen thưởng, người giám sát và quản trị hệ thống xem được");
  }

  @Test
  @DisplayName("hạn đăng ký rơi vào Chủ nhật thì kế hoạch vẫn được nhận, kèm cảnh báo cho Ban")
  void deadlineOnADayOffIsAcceptedWithAWarning() {
    Map<String, Object> data = seed000Plan("so-yte");
    data.put("registrationDeadline", "2024-11-03");

    ProcessInstance plan = launch(data);

    assertThat(plan).isWaitingAt("approvePlan");
    assertThat(runtime.getVariable(plan.getId(), "planWarnings"))
        .isEqualTo("Lưu ý: Hạn đăng ký thi đua (03/11/2024) là ngày nghỉ; hạn vẫn tính đến hết ngày này.");
    assertThat(runtime.getVariable(plan.getId(), "appraisalWorkingDays")).isEqualTo(25);
  }

  @Test
  @DisplayName("kế hoạch phát động khi hạn đăng ký đã qua thì Ban được lưu ý: các đơn vị bị tính là quá hạn ngay khi phê duyệt")
  void aDeadlineAlreadyPastIsWarnedOf() {
    at(LocalDateTime.of(2024, 11, 5, 9, 0));

    ProcessInstance plan = launch(seed000Plan("so-gddt"));

    assertThat((String) runtime.getVariable(plan.getId(), "planWarnings")).isEqualTo("Lưu ý: Hạn đăng ký thi đua (31/10/2024)"
        + " đã qua; khi kế hoạch được phê duyệt, các đơn vị bị tính là quá hạn ngay.");
  }

  @Test
  @DisplayName("hạn đăng ký qua đi trong khi kế hoạch chờ phê duyệt thì không phê duyệt được, nêu hạn đã qua; trả lại được;"
      + " hạn đã được lưu ý khi trình thì phê duyệt được")
  void aDeadlinePassedWhileThePlanWaitedStopsItsApproval() {
    at(LocalDateTime.of(2024, 10, 25, 9, 0));
    ProcessInstance plan = launch(seed000Plan("so-gddt"));
    at(LocalDateTime.of(2024, 11, 1, 9, 0));
    Task approval = task(plan, "approvePlan");

    assertThatThrownBy(() -> complete(approval, Map.of("planApproved", true)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Từ khi kế hoạch được trình, đã qua: Hạn đăng ký thi đua (31/10/2024). Phê duyệt bây giờ thì các đơn vị bị tính"
                + " là quá hạn ngay. Đề nghị trả lại để cơ quan tham mưu sửa các hạn."));
    assertThat(plan).isWaitingAt("approvePlan");
    complete(approval, Map.of("planApproved", false, "planComments", "Hạn đăng ký đã qua, đề nghị lùi hạn."));
    assertThat(plan).isWaitingAt("draftPlan");

    ProcessInstance warned = launch(seed000Plan("so-gddt"));
    complete(task(warned, "approvePlan"), Map.of("planApproved", true));
    assertThat(unitDrive(warned, "so-gddt")).isNotNull();
  }

  @Test
  @DisplayName("thời hạn thẩm định gửi dạng 10.0 thì được ghi là 10 ngày làm việc, như hạn của việc thẩm định cần")
  void wholeAppraisalPeriodWrittenAsADecimalIsStoredWhole() {
    Map<String, Object> data = seed000Plan("so-yte");
    data.put("appraisalWorkingDays", 10.0);

    ProcessInstance plan = launch(data);

    assertThat(runtime.getVariable(plan.getId(), "appraisalWorkingDays")).isEqualTo(10);
  }

  @Test
  @DisplayName("thời hạn thẩm định không phải số ngày làm việc hợp lệ thì kế hoạch bị từ chối")
  void invalidAppraisalPeriodIsRefused() {
    Map<String, Object> data = seed000Plan("so-yte");
    data.put("appraisalWorkingDays", 0);

    assertThatThrownBy(() -> launch(data))
        .hasMessageContaining("Thời hạn thẩm định phải là số ngày làm việc từ 1 đến 365.");
  }

  @Test
  @DisplayName("kế hoạch chưa hoàn thiện sau 5 ngày làm việc (qua nghỉ 1–2/9/2025) thì Lãnh đạo Ban được báo, việc vẫn tiếp tục")
  void overdueDraftEscalatesToTheBoardHeadAcrossNationalDay() {
    at(LocalDateTime.of(2025, 8, 28, 9, 0));
    ProcessInstance plan = ownInstance(runtime.startProcessInstanceByKey("emulationPlan",
        Map.of("planTemplate", "000-ubnd-tinh-dot-thi-dua-dac-biet")));

    at(LocalDateTime.of(2025, 9, 8, 23, 59, 59));
    assertThat(groupsOf(task(plan, "draftPlan"))).containsExactly("board-officer");
    at(LocalDateTime.of(2025, 9, 9, 0, 0));

    assertThat(groupsOf(task(plan, "draftPlan"))).containsExactlyInAnyOrder("board-officer", "board-head");
    complete(task(plan, "draftPlan"), Map.of("planNumber", "KH-DRAFT-" + System.nanoTime()));
    assertThat(plan).isWaitingAt("approvePlan");
  }

  @Test
  @DisplayName("kế hoạch người phát động để quá hạn hoàn thiện thì Lãnh đạo Ban thấy việc và giao lại được, cho mình"
      + " hay cán bộ khác; trước khi quá hạn thì không")
  void theBoardHeadReassignsAnOverdueDraft() {
    at(LocalDateTime.of(2025, 8, 28, 9, 0));
    identity.setAuthentication("canbo.bantdkt", List.of("board-officer"));
    ProcessInstance plan;
    try {
      plan = ownInstance(runtime.startProcessInstanceByKey("emulationPlan",
          Map.of("planTemplate", "000-ubnd-tinh-dot-thi-dua-dac-biet")));
    } finally {
      identity.clearAuthentication();
    }
    assertThat(task(plan, "draftPlan").getAssignee()).isEqualTo("canbo.bantdkt");
    String reassign = "/engine-rest/task/" + task(plan, "draftPlan").getId() + "/assignee";
    assertThat(http().call("truongban.bantdkt", "POST", reassign, "{\"userId\": \"truongban.bantdkt\"}").status())
        .isIn(403, 404);

    at(LocalDateTime.of(2025, 9, 9, 0, 0));

    assertThat(http().call("truongban.bantdkt", "GET", "/engine-rest/task?maxResults=10&processInstanceId="
        + plan.getId(), null).body()).as("the board head sees it in his list").hasSize(1);
    assertThat(http().call("truongban.bantdkt", "POST", reassign, "{\"userId\": \"truongban.bantdkt\"}").status())
        .isEqualTo(204);
    assertThat(task(plan, "draftPlan").getAssignee()).isEqualTo("truongban.bantdkt");
  }

  @Test
  @DisplayName("đơn vị chưa nhận kết quả sau 10 ngày làm việc thì thủ trưởng đơn vị được báo")
  void unacknowledgedOutcomeEscalatesToTheUnitHead() {
    ProcessInstance plan = metProposingNobody("so-tu-phap");
    headApprovesSelection(plan, "so-tu-phap");
    Task notice = outcomeNotices(plan).get(0);
    assertThat(groupsOf(notice)).containsExactly("unit-so-tu-phap-officer");

    at(LocalDateTime.of(2025, 10, 15, 23, 59));
    assertThat(groupsOf(outcomeNotices(plan).get(0))).as("the tenth working day, not over yet")
        .containsExactly("unit-so-tu-phap-officer");
    at(LocalDateTime.of(2025, 10, 16, 0, 0));

    assertThat(groupsOf(outcomeNotices(plan).get(0))).containsExactlyInAnyOrder(
        "unit-so-tu-phap-officer", "unit-so-tu-phap-head");
  }
}
