package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.decision.AwardRegister;
import vn.tdkt.support.DriveTest;

/**
 * Seed 001: Văn phòng UBND tỉnh Bắc Kạn's own plan for 2024 — two phases, its internal
 * departments, dossiers to phòng HCTC-QTTV by 20/6/2024 and 10/12/2024, the Chánh Văn phòng decides.
 */
@DisplayName("Kế hoạch thi đua nội bộ hai đợt của Văn phòng UBND tỉnh (seed 001)")
class AgencyTwoPhasePlanTest extends DriveTest {

  private static final String TEMPLATE = "001-van-phong-ubnd-tinh-hai-dot";
  private static final String GENERAL = "vp-phong-tong-hop";
  private static final String ECONOMY = "vp-phong-kinh-te";

  @Autowired AwardRegister register;

  private ProcessInstance launchedInMarch() {
    at(LocalDateTime.of(2024, 3, 15, 9, 0));
    ProcessInstance plan = launch(fromTemplate(TEMPLATE, GENERAL, ECONOMY));
    assertThat(task(plan, "approvePlan")).hasCandidateGroup("vp-chanh-van-phong");
    complete(task(plan, "approvePlan"), Map.of("planApproved", true));
    return plan;
  }

  private void proposesOneInPhase(ProcessInstance drive, String name, String meetingDay) {
    complete(task(drive, "recordSelectionMeeting"),
        meetingOn(meetingDay, 7, List.of(nominee("n1", name, INDIVIDUAL, 6, 1, true))));
    complete(task(drive, "approveSelection"), Map.of("selectionApproved", true));
  }

  @Test
  @DisplayName("hai đợt, mỗi đợt một hạn nộp hồ sơ, phòng HCTC-QTTV thẩm định, Chánh Văn phòng quyết định")
  void eachPhaseEndsInItsOwnDecision() {
    ProcessInstance plan = launchedInMarch();

    // No registration: the departments' work starts when the phase's selection opens.
    ProcessInstance general = unitDrive(plan, "Đợt 1", GENERAL);
    assertThat(general).isWaitingAt("driveEnds");
    at(LocalDateTime.of(2024, 6, 3, 8, 0));
    assertThat(task(general, "recordSelectionMeeting").getDueDate())
        .isEqualTo(endOf(2024, 6, 20));
    proposesOneInPhase(general, "Nguyễn Thị Hồng", "2024-06-03");
    complete(task(unitDrive(plan, "Đợt 1", ECONOMY), "recordSelectionMeeting"),
        meetingOn("2024-06-03", 5, List.of(nominee("n1", "Lý Văn Hậu", INDIVIDUAL, 2, 3, false))));
    complete(task(unitDrive(plan, "Đợt 1", ECONOMY), "approveSelection"), Map.of("selectionApproved", true));

    at(LocalDateTime.of(2024, 6, 20, 23, 59, 59));
    complete(task(general, "submitDossier"), completeDossier(general));
    assertThat(task(general, "appraiseDossier")).hasCandidateGroup("vp-hctc-qttv");
    appraise(general, "CONCLUDE", Map.of("n1", "PASS"), Map.of());
    assertThat(task(general, "approveAppraisal")).hasCandidateGroup("vp-hctc-qttv-head");
    complete(task(general, "approveAppraisal"), Map.of("appraisalApproved", true));

    assertThat(task(plan, "draftProposal")).hasCandidateGroup("vp-hctc-qttv");
    assertThat(runtime.getVariable(plan.getId(), "phaseName")).as("variables of the phase stay in the phase").isNull();
    at(LocalDateTime.of(2024, 6, 28, 9, 0));
    proposedAndAllAwarded(plan, "45/QĐ-VP", "2024-06-28");
    String decision = history.createHistoricTaskInstanceQuery().processInstanceId(plan.getId())
        .taskDefinitionKey("decideAwards").singleResult().getId();
    assertThat(history.createHistoricIdentityLinkLogQuery().taskId(decision).type("candidate").list())
        .extracting(link -> link.getGroupId()).containsExactly("vp-chanh-van-phong");

    // Phase 2 begins with its own lines of work and its own deadline, without waiting for the
    // departments to acknowledge phase 1's outcome.
    assertThat(outcomeNotices(plan)).extracting(notice -> runtime.createProcessInstanceQuery()
            .processInstanceId(notice.getProcessInstanceId()).singleResult().getBusinessKey())
        .containsExactlyInAnyOrder(plan.getBusinessKey() + "/Đợt 1/" + GENERAL, plan.getBusinessKey() + "/Đợt 1/" + ECONOMY);
    ProcessInstance generalAgain = unitDrive(plan, "Đợt 2", GENERAL);
    assertThat(generalAgain).isWaitingAt("driveEnds");
    assertThat(runtime.getVariable(generalAgain.getId(), "submissionDeadline")).isEqualTo("2024-12-10");
    at(LocalDateTime.of(2024, 11, 26, 8, 0));
    as("vp.tonghop.thuky", () -> complete(task(generalAgain, "recordSelectionMeeting"),
        meetingOn("2024-11-26", 7, List.of(nominee("n1", "Trần Văn Long", INDIVIDUAL, 6, 1, true)))));
    complete(task(generalAgain, "approveSelection"), Map.of("selectionApproved", true));
    complete(task(unitDrive(plan, "Đợt 2", ECONOMY), "recordSelectionMeeting"),
        meetingOn("2024-11-26", 5, List.of()));
    complete(task(unitDrive(plan, "Đợt 2", ECONOMY), "approveSelection"), Map.of("selectionApproved", true));
    at(LocalDateTime.of(2024, 11, 27, 8, 0));
    complete(task(generalAgain, "submitDossier"), completeDossier(generalAgain));
    appraise(generalAgain, "CONCLUDE", Map.of("n1", "PASS"), Map.of());
    complete(task(generalAgain, "approveAppraisal"), Map.of("appraisalApproved", true));
    at(LocalDateTime.of(2024, 12, 20, 9, 0));
    // Phase 2's proposal opens blank, and phase 1's decision number cannot replace phase 1's awards.
    assertThat(forms.getTaskFormVariables(task(plan, "draftProposal").getId()).getValue("proposalNumber", String.class)).isNull();
    proposed(plan, "2024-12-20");
    assertThat(forms.getTaskFormVariables(task(plan, "decideAwards").getId()).getValue("decisionNumber", String.class)).isNull();
    assertThatThrownBy(() -> allAwarded(plan, " 45 /qđ-VP", "2024-12-20"))
        .isInstanceOf(InvalidInputException.class).hasMessage("Số quyết định 45 /qđ-VP đã được ghi sổ khen thưởng cho một"
            + " đợt trước của kế hoạch này. Đề nghị nhập số quyết định khen thưởng của đợt này.");
    // The authority withdraws phase 1's decision meanwhile; an administrator records it.
    register.withdraw(register.decisions(plan.getBusinessKey(), "45/QĐ-VP").get(0), LocalDate.of(2024, 12, 19),
        "Quyết định 200/QĐ-VP ngày 19/12/2024.", "admin");
    allAwarded(plan, "190/QĐ-VP", "2024-12-20");

    // The board's final report reads what each phase left, and the withdrawal since.
    assertThat(runtime.getVariable(plan.getId(), "planResults").toString().split("\n")).satisfiesExactly(
        first -> assertThat(first).startsWith("Đợt 1: 2 đơn vị (").contains("được khen thưởng theo Quyết định số 45/QĐ-VP ngày 28/06/2024."),
        second -> assertThat(second).startsWith("Đợt 2: 2 đơn vị (").endsWith("1 được khen thưởng theo Quyết định số 190/QĐ-VP ngày 20/12/2024."),
        withdrawal -> assertThat(withdrawal).isEqualTo("Quyết định số 45/QĐ-VP đã bị thu hồi ngày 19/12/2024 (lý do: Quyết"
            + " định 200/QĐ-VP ngày 19/12/2024)."));
    finalReportWritten(plan);
    assertThat(plan).isEnded();
    assertThat(outcomeNotices(plan)).as("both phases' notices wait for the departments").hasSize(4);
    assertThat(register.find(plan.getBusinessKey(), null)).extracting(a -> a.nomineeName() + " " + a.decisionDate())
        .containsExactlyInAnyOrder("Nguyễn Thị Hồng 2024-06-28", "Trần Văn Long 2024-12-20");
    assertThat(register.find(plan.getBusinessKey(), null)).allSatisfy(a ->
        assertThat(a.awardName()).isEqualTo("Giấy khen của Chánh Văn phòng UBND tỉnh"));
    // The proposal's list keeps each phase's proposal and decision, phase 1's decided as phase 2 began.
    JsonNode proposals = http().call("vp.hctc.canbo", "GET",
        "/api/proposals?plan=" + URLEncoder.encode(plan.getBusinessKey(), StandardCharsets.UTF_8), null).body();
    assertThat(proposals.get("phases")).extracting(phase -> phase.get("phase").asText() + ": "
        + phase.get("rows").get(0).get("name").asText() + ", " + phase.get("rows").get(0).get("decision").asText())
        .containsExactly(
            "Đợt 1: Nguyễn Thị Hồng, Được khen thưởng theo Quyết định số 45/QĐ-VP ngày 28/06/2024; quyết định đã bị thu hồi"
                + " ngày 19/12/2024 (lý do: Quyết định 200/QĐ-VP ngày 19/12/2024)",
            "Đợt 2: Trần Văn Long, Được khen thưởng theo Quyết định số 190/QĐ-VP ngày 20/12/2024");
    // The audit trail names a line of phase 2 by its phase and its unit.
    JsonNode trail = http().call("vp.hctc.canbo", "GET",
        "/api/audit?plan=" + URLEncoder.encode(plan.getBusinessKey(), StandardCharsets.UTF_8), null).body();
    assertThat(trail.findParents("user")).filteredOn(e -> "vp.tonghop.thuky".equals(e.get("user").asText()))
        .extracting(e -> e.get("step").asText() + " " + e.get("phase").asText() + " " + e.get("unitCode").asText())
        .containsExactly("Ghi kết quả họp xét Đợt 2 " + GENERAL);
  }

  @Test
  @DisplayName("kế hoạch không đặt chỉ tiêu: phòng đề nghị cả ba người đủ điều kiện; kế hoạch đặt chỉ tiêu 1 thì người thứ hai bị từ chối")
  void theAgencyPlanSetsNoQuotaUnlessItSaysSo() {
    List<Map<String, Object>> three = List.of(nominee("n1", "Nguyễn Thị Hồng", INDIVIDUAL, 6, 1, true),
        nominee("n2", "Hoàng Văn Bình", INDIVIDUAL, 6, 1, true), nominee("n3", "Phòng Tổng hợp", COLLECTIVE, 7, 0, true));
    ProcessInstance general = unitDrive(launchedInMarch(), "Đợt 1", GENERAL);
    at(LocalDateTime.of(2024, 6, 3, 8, 0));
    assertThat(runtime.getVariable(general.getId(), "quotaText")).isEqualTo("Không giới hạn số tập thể, cá nhân");
    complete(task(general, "recordSelectionMeeting"), meetingOn("2024-06-03", 7, three));
    assertThat(general).isWaitingAt("approveSelection");

    at(LocalDateTime.of(2024, 3, 15, 9, 0));
    Map<String, Object> limited = fromTemplate(TEMPLATE, GENERAL, ECONOMY);
    limited.put("quotaStandard", 1);
    ProcessInstance plan = launchedAndApproved(limited);
    ProcessInstance limitedGeneral = unitDrive(plan, "Đợt 1", GENERAL);
    at(LocalDateTime.of(2024, 6, 3, 8, 0));
    assertThat(runtime.getVariable(limitedGeneral.getId(), "quotaText")).isEqualTo("Không quá 01 tập thể, cá nhân");
    assertThatThrownBy(() -> complete(task(limitedGeneral, "recordSelectionMeeting"), meetingOn("2024-06-03", 7, three)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Đơn vị đề nghị 3 tập thể, cá nhân, vượt chỉ tiêu 1");
  }

  @Test
  @DisplayName("mỗi đợt có hạn trình cấp quyết định riêng: tờ trình đợt 1 hạn đến hết 28/6, đợt 2 đến hết 20/12; quyết"
      + " định đợt 1 hạn đến hết 05/7, đợt 2 không ấn định thì 10 ngày làm việc; một hạn chung cho kế hoạch chia đợt (kể cả"
      + " một đợt), hay hạn quyết định trước hạn trình, thì bị từ chối")
  void eachPhaseHasItsOwnProposalDeadline() {
    Map<String, Object> ownDeadlines = fromTemplate(TEMPLATE, GENERAL);
    ownDeadlines.put("phases", json(List.of(
        Map.of("name", "Đợt 1", "periodStart", "2024-01-01", "periodEnd", "2024-06-30", "selectionFrom", "2024-06-03",
            "submissionCloses", "2024-06-20", "proposalDeadline", "2024-06-28", "decisionDeadline", "2024-07-05"),
        Map.of("name", "Đợt 2", "periodStart", "2024-07-01", "periodEnd", "2024-12-31", "selectionFrom", "2024-11-25",
            "submissionCloses", "2024-12-10", "proposalDeadline", "2024-12-20"))));
    Map<String, Object> planWide = new HashMap<>(ownDeadlines);
    planWide.put("proposalDeadline", "2024-06-28");
    planWide.put("decisionDeadline", "2024-07-05");
    at(LocalDateTime.of(2024, 3, 15, 9, 0));
    assertThatThrownBy(() -> launch(planWide)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
        .containsExactly("Kế hoạch chia đợt: nhập hạn trình cấp quyết định trong từng đợt, không nhập hạn chung cho cả kế hoạch.",
            "Kế hoạch chia đợt: nhập hạn quyết định khen thưởng trong từng đợt, không nhập hạn chung cho cả kế hoạch."));

    Map<String, Object> decidedBeforeProposed = fromTemplate(TEMPLATE, GENERAL);
    decidedBeforeProposed.put("phases", json(List.of(Map.of("name", "Đợt 1", "periodStart", "2024-01-01",
        "periodEnd", "2024-06-30", "selectionFrom", "2024-06-03", "submissionCloses", "2024-06-20",
        "proposalDeadline", "2024-06-28", "decisionDeadline", "2024-06-25"))));
    assertThatThrownBy(() -> launch(decidedBeforeProposed)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly("Hạn quyết định khen thưởng (25/06/2024) không được trước hạn trình cấp quyết"
            + " định (28/06/2024)."));

    Map<String, Object> onePhaseAndPlanWide = fromTemplate(TEMPLATE, GENERAL);
    onePhaseAndPlanWide.put("phases", json(List.of(Map.of("name", "Đợt 1", "periodStart", "2024-01-01",
        "periodEnd", "2024-06-30", "selectionFrom", "2024-06-03", "submissionCloses", "2024-06-20",
        "proposalDeadline", "2024-06-28"))));
    onePhaseAndPlanWide.put("proposalDeadline", "2024-06-25");
    assertThatThrownBy(() -> launch(onePhaseAndPlanWide)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly(
            "Kế hoạch chia đợt: nhập hạn trình cấp quyết định trong từng đợt, không nhập hạn chung cho cả kế hoạch."));

    ProcessInstance plan = launchedAndApproved(ownDeadlines);
    passesInPhase(unitDrive(plan, "Đợt 1", GENERAL), "Nguyễn Thị Hồng", LocalDate.of(2024, 6, 3));
    assertThat(task(plan, "draftProposal").getDueDate()).isEqualTo(endOf(2024, 6, 28));
    proposed(plan, "2024-06-03");
    assertThat(task(plan, "decideAwards").getDueDate()).isEqualTo(endOf(2024, 7, 5));
    allAwarded(plan, "45/QĐ-VP", "2024-06-03");

    passesInPhase(unitDrive(plan, "Đợt 2", GENERAL), "Trần Văn Long", LocalDate.of(2024, 11, 26));
    assertThat(task(plan, "draftProposal").getDueDate()).isEqualTo(endOf(2024, 12, 20));
    assertThat(task(plan, "draftProposal").getPriority()).as("not overdue from the start").isEqualTo(Task.PRIORITY_NORMAL);
    proposed(plan, "2024-11-26");
    assertThat(task(plan, "decideAwards").getDueDate()).as("phase 2 fixes no day: 10 working days, not phase 1's 05/07")
        .isEqualTo(endOf(2024, 12, 10));
  }

  @Test
  @DisplayName("đợt sau hết hạn nhận hồ sơ trước đợt trước, hay ngày nhập chung cho kế hoạch chia đợt, thì bị từ chối, nêu rõ"
      + " từng lỗi, không tạo kế hoạch")
  void phasesTakeTheirDatesInTurn() {
    Map<String, Object> plan = fromTemplate(TEMPLATE, GENERAL);
    plan.put("phases", json(List.of(
        Map.of("name", "Đợt 1", "periodStart", "2024-01-01", "periodEnd", "2024-06-30", "selectionFrom", "2024-06-03",
            "submissionCloses", "2024-12-20"),
        Map.of("name", "Đợt 2", "periodStart", "2024-07-01", "periodEnd", "2024-12-31", "selectionFrom", "2024-11-25",
            "submissionCloses", "2024-12-10"))));
    plan.put("periodStart", "2025-01-01");
    plan.put("submissionCloses", "2025-12-10");
    long plansBefore = history.createHistoricProcessInstanceQuery().count();
    at(LocalDateTime.of(2024, 3, 15, 9, 0));

    assertThatThrownBy(() -> launch(plan)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
        .containsExactly("Kế hoạch chia đợt: các ngày nhập chung cho cả kế hoạch (periodStart, submissionCloses) không được"
                + " dùng; nhập các ngày trong từng đợt.",
            "Đợt 2: Hạn nộp hồ sơ (10/12/2024) phải sau hạn nộp hồ sơ của đợt trước (20/12/2024)."));
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(plansBefore);
  }

  /** The department's council proposes one that day, its dossier goes in within the hour and passes appraisal. */
  private void passesInPhase(ProcessInstance drive, String name, LocalDate day) {
    at(day.atTime(8, 0));
    proposesOneInPhase(drive, name, day.toString());
    at(day.atTime(9, 0));
    complete(task(drive, "submitDossier"), completeDossier(drive));
    appraise(drive, "CONCLUDE", Map.of("n1", "PASS"), Map.of());
    complete(task(drive, "approveAppraisal"), Map.of("appraisalApproved", true));
  }

  @Test
  @DisplayName("hồ sơ đợt 1 nộp sau ngày 20/6/2024 thì bị ghi nhận trễ hạn")
  void dossierAfterThePhaseDeadlineIsLate() {
    ProcessInstance plan = launchedInMarch();
    ProcessInstance general = unitDrive(plan, "Đợt 1", GENERAL);
    at(LocalDateTime.of(2024, 6, 3, 8, 0));
    proposesOneInPhase(general, "Nguyễn Thị Hồng", "2024-06-03");

    at(LocalDateTime.of(2024, 6, 21, 0, 0));

    assertThat(general).isWaitingAt("handleLateDossier").hasPassed("markDossierLate")
        .variables().containsEntry("dossierLate", true);
    assertThat(task(general, "handleLateDossier")).hasCandidateGroup("vp-hctc-qttv");
    assertThat(LocalDate.parse(runtime.getVariable(general.getId(), "submissionDeadline").toString()))
        .isEqualTo(LocalDate.of(2024, 6, 20));
  }
}
