package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.EscalateOverdueTask;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;

/**
 * A plan declares which of a unit's deadlines are final. These plans declare none: every deadline
 * only escalates to the unit head and the unit goes on (the final ones, as in template 000, are
 * the late paths of RegisterUnitTest, ReportResultsTest, SubmitDossierTest and AppraiseDossierTest).
 */
@DisplayName("Hạn không phải hạn cuối: quá hạn thì báo thủ trưởng đơn vị, đơn vị vẫn làm tiếp")
class FinalDeadlinesTest extends DriveTest {

  private static final String UNIT = "so-yte";

  /** Seed 000's dates: the unit's dossier task is open from 14/10/2025, due until the end of 16/10/2025. */
  private ProcessInstance waitingForTheDossier() {
    ProcessInstance plan = approvedWithoutFinalDeadlines(UNIT);
    registeredAndReported(plan, UNIT);
    proposesOne(plan, UNIT, "Nguyễn Thị Hoa");
    at(LocalDateTime.of(2025, 10, 14, 8, 0));
    return plan;
  }

  private void assertEscalatedToTheUnitHead(ProcessInstance plan, String taskKey, String comment) {
    Task overdue = unitTask(plan, UNIT, taskKey);
    assertThat(groupsOf(overdue)).contains("unit-so-yte-officer", "unit-so-yte-head");
    assertThat(overdue.getPriority()).isEqualTo(EscalateOverdueTask.ESCALATED_PRIORITY);
    assertThat(tasks.getTaskComments(overdue.getId())).extracting(Comment::getFullMessage).contains(comment);
  }

  @Test
  @DisplayName("hạn nộp hồ sơ hay hạn bổ sung không phải hạn cuối thì người phê duyệt không còn bị lưu ý: Ban xử lý đơn"
      + " vị chưa nộp, hồ sơ chưa bổ sung khi hết hạn, không đơn vị nào giữ đợt thi đua lại")
  void theApprovalIsNoLongerWarnedAboutDeadlinesThatAreNotFinal() {
    assertThat(runtime.getVariable(launch(planWithFinal()).getId(), "planWarnings")).isEqualTo("");
    assertThat(runtime.getVariable(launch(planWithFinal("submission")).getId(), "planWarnings")).isEqualTo("");
  }

  private Map<String, Object> planWithFinal(String... deadlines) {
    Map<String, Object> plan = seed000Plan(UNIT);
    plan.put("finalDeadlines", json(List.of(deadlines)));
    return plan;
  }

  @Test
  @DisplayName("quá hạn nộp hồ sơ thì thủ trưởng đơn vị được báo; đơn vị vẫn nộp được và hồ sơ đến Ban thẩm định")
  void lateDossierIsStillAccepted() {
    ProcessInstance plan = waitingForTheDossier();

    at(LocalDateTime.of(2025, 10, 16, 23, 59, 59));
    assertThat(groupsOf(unitTask(plan, UNIT, "submitDossier"))).containsExactly("unit-so-yte-officer");
    at(LocalDateTime.of(2025, 10, 17, 0, 0));

    assertThat(unitDrive(plan, UNIT)).isWaitingAt("submitDossier");
    assertEscalatedToTheUnitHead(plan, "submitDossier",
        "Quá hạn: việc \"Nộp hồ sơ đề nghị khen thưởng\" đã quá hạn (hạn đến hết ngày 16/10/2025); đã báo cấp giám sát.");
    at(LocalDateTime.of(2025, 10, 20, 9, 0));
    submitDossier(plan, UNIT);
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("appraiseDossier");
    assertThat(runtime.getVariable(unitDrive(plan, UNIT).getId(), "dossierLate")).isNull();
  }

  @Test
  @DisplayName("quá hạn đăng ký thì thủ trưởng đơn vị được báo; đơn vị vẫn đăng ký được, không chuyển Ban đôn đốc")
  void lateRegistrationIsStillAccepted() {
    ProcessInstance plan = approvedWithoutFinalDeadlines(UNIT);

    at(LocalDateTime.of(2024, 11, 1, 0, 0));

    assertThat(unitDrive(plan, UNIT)).isWaitingAt("registerUnit");
    assertEscalatedToTheUnitHead(plan, "registerUnit",
        "Quá hạn: việc \"Đăng ký thi đua\" đã quá hạn (hạn đến hết ngày 31/10/2024); đã báo cấp giám sát.");
    register(plan, UNIT);
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("driveEnds");
  }

  @Test
  @DisplayName("quá hạn báo cáo kết quả thì thủ trưởng đơn vị được báo; đơn vị báo cáo muộn rồi họp xét")
  void lateReportIsStillAccepted() {
    ProcessInstance plan = approvedWithoutFinalDeadlines(UNIT);
    register(plan, UNIT);
    at(LocalDateTime.of(2025, 10, 1, 8, 0));

    at(LocalDateTime.of(2025, 10, 10, 0, 0));

    assertThat(unitDrive(plan, UNIT)).isWaitingAt("reportResults");
    assertEscalatedToTheUnitHead(plan, "reportResults",
        "Quá hạn: việc \"Báo cáo kết quả thi đua\" đã quá hạn (hạn đến hết ngày 09/10/2025); đã báo cấp giám sát.");
    reportResults(plan, UNIT);
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("recordSelectionMeeting");
    assertThat(runtime.getVariable(unitDrive(plan, UNIT).getId(), "resultsReportLate")).isNull();
  }

  @Test
  @DisplayName("việc họp xét mở ra khi hạn đã qua (đơn vị báo cáo muộn) thì chỉ được báo quá hạn, không nhắc hoàn thành"
      + " đến một ngày đã qua")
  void workOpenedAfterItsDeadlineIsNotRemindedOfIt() {
    ProcessInstance plan = approvedWithoutFinalDeadlines(UNIT);
    register(plan, UNIT);
    at(LocalDateTime.of(2025, 10, 1, 8, 0));
    at(LocalDateTime.of(2025, 10, 20, 9, 0));
    reportResults(plan, UNIT);

    at(LocalDateTime.of(2025, 10, 20, 9, 1));

    Task meeting = unitTask(plan, UNIT, "recordSelectionMeeting");
    assertThat(tasks.getTaskComments(meeting.getId())).extracting(Comment::getFullMessage)
        .containsExactly("Quá hạn: việc \"Ghi kết quả họp xét\" đã quá hạn (hạn đến hết ngày 16/10/2025); đã báo cấp giám sát.");
    assertThat(meeting.getPriority()).isEqualTo(EscalateOverdueTask.ESCALATED_PRIORITY);
  }

  @Test
  @DisplayName("quá hạn bổ sung thì thủ trưởng đơn vị được báo; hồ sơ bổ sung muộn vẫn được thẩm định tiếp")
  void lateSupplementIsStillAccepted() {
    ProcessInstance plan = approvedWithoutFinalDeadlines(UNIT);
    asksForASupplement(plan, UNIT);

    at(LocalDateTime.of(2025, 10, 23, 0, 0));

    assertThat(unitDrive(plan, UNIT)).isWaitingAt("supplementDossier");
    assertEscalatedToTheUnitHead(plan, "supplementDossier",
        "Quá hạn: việc \"Bổ sung hồ sơ\" đã quá hạn (hạn đến hết ngày 22/10/2025); đã báo cấp giám sát.");
    complete(unitTask(plan, UNIT, "supplementDossier"), Map.of("achievementReport_n1", pdf("bao-cao-bo-sung.pdf")));
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("appraiseDossier");
  }

  /** Only the submission deadline is final: a unit still registering or reporting when it passes is closed then. */
  private ProcessInstance planWithOnlyTheSubmissionFinal() {
    Map<String, Object> plan = seed000Plan(UNIT);
    plan.put("finalDeadlines", json(List.of("submission")));
    return launchedAndApproved(plan);
  }

  @Test
  @DisplayName("hạn nộp hồ sơ là hạn cuối mà đơn vị vẫn chưa đăng ký thì việc đăng ký đóng lại và đơn vị được ghi nhận không"
      + " đăng ký thi đua")
  void unitStillRegisteringIsClosedAtTheFinalSubmissionDeadline() {
    ProcessInstance plan = planWithOnlyTheSubmissionFinal();
    at(LocalDateTime.of(2024, 11, 1, 0, 0));
    ProcessInstance drive = unitDrive(plan, UNIT);
    assertThat(drive).isWaitingAt("registerUnit");

    at(LocalDateTime.of(2025, 10, 16, 23, 59, 59));
    assertThat(drive).isWaitingAt("registerUnit");
    at(LocalDateTime.of(2025, 10, 17, 0, 0));
    assertThat(drive).isEnded().hasPassed("registrationWindowMissed");
    assertThat(endedWith(drive, "unitStatus")).isEqualTo("NOT_REGISTERED");
  }

  @Test
  @DisplayName("hạn nộp hồ sơ là hạn cuối mà đơn vị vẫn chưa báo cáo kết quả thì việc báo cáo đóng lại và Ban xử lý như"
      + " hồ sơ chưa nộp")
  void unitStillReportingIsClosedAtTheFinalSubmissionDeadline() {
    ProcessInstance plan = planWithOnlyTheSubmissionFinal();
    register(plan, UNIT);
    at(LocalDateTime.of(2025, 10, 10, 0, 0));
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("reportResults");

    at(LocalDateTime.of(2025, 10, 16, 23, 59, 59));
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("reportResults");
    at(LocalDateTime.of(2025, 10, 17, 0, 0));
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("handleLateDossier").variables().containsEntry("dossierLate", true);
  }

  @Test
  @DisplayName("hạn báo cáo kết quả là hạn cuối mà kế hoạch không có hạn báo cáo thì bị từ chối, không bị bỏ qua")
  void aFinalReportDeadlineNeedsTheDeadline() {
    Map<String, Object> plan = seed000Plan(UNIT);
    plan.remove("reportDeadline");
    plan.put("finalDeadlines", json(List.of("report", "submission")));

    assertThatThrownBy(() -> launch(plan)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
        .containsExactly("Đã chọn hạn báo cáo kết quả là hạn cuối nhưng kế hoạch không có hạn báo cáo kết quả: nhập hạn báo"
            + " cáo kết quả hoặc bỏ chọn hạn cuối này."));
  }

  @Test
  @DisplayName("kế hoạch ghi một hạn cuối không có thì bị từ chối, kèm các hạn chọn được")
  void unknownFinalDeadlineIsRefused() {
    Map<String, Object> plan = seed000Plan(UNIT);
    plan.put("finalDeadlines", json(List.of("submission", "appraisal")));

    assertThatThrownBy(() -> launch(plan)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Hạn cuối \"appraisal\" không có; chỉ chọn được: registration (hạn đăng ký thi đua), "
            + "report (hạn báo cáo kết quả), submission (hạn nộp hồ sơ), supplement (hạn bổ sung hồ sơ).");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(plan.get("planNumber").toString()).count())
        .isZero();
  }
}
