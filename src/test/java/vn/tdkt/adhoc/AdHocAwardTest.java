package vn.tdkt.adhoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.decision.AwardRegister;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Khen thưởng đột xuất trong kế hoạch thi đua")
class AdHocAwardTest extends DriveTest {

  private static final String UNIT = "so-yte";
  private static final String RESCUER = "Nguyễn Văn Dũng";
  private static final String SUBMIT = "/engine-rest/process-definition/key/adHocAward/submit-form";

  @Autowired AwardRegister register;

  @Test
  @DisplayName("cán bộ thi đua đề nghị trong Tasklist, Thủ trưởng ký, Ban thẩm định đạt, lãnh đạo Ban ký, Chủ tịch quyết"
      + " định: khen thưởng được ghi sổ của kế hoạch, đơn vị nhận kết quả, tiến độ kế hoạch có đề nghị")
  void aUnitsProposalIsAwardedAndRecordedWithThePlan() {
    ProcessInstance plan = launchedAndApproved(UNIT, "so-gddt");

    ProcessInstance proposal = proposedOverRest(plan);

    assertThat(proposal.getBusinessKey()).isEqualTo(plan.getBusinessKey() + "/" + UNIT);
    assertThat(runtime.getVariable(proposal.getId(), "unitName")).isEqualTo("Sở Y tế");
    assertThat(mayRead("yte.thutruong", "unit-so-yte-head", proposal.getId())).as("the unit reads its proposal").isTrue();
    assertThat(mayRead("gddt.canbo", "unit-so-gddt-officer", proposal.getId())).as("another unit does not").isFalse();
    Task signing = task(proposal, "signAdHocProposal");
    assertThat(groupsOf(signing)).containsExactly("unit-so-yte-head");
    assertThat(signing.getDescription()).contains(RESCUER);

    as("yte.thutruong", () -> headSigns(proposal));
    assertThat(groupsOf(task(proposal, "appraiseAdHocProposal"))).containsExactly("board-officer");
    as("canbo.bantdkt", () -> boardPasses(proposal));
    assertThat(groupsOf(task(proposal, "signAdHocSubmission"))).containsExactly("board-head");
    as("truongban.bantdkt", () -> complete(task(proposal, "signAdHocSubmission"), Map.of("adHocSubmissionSigned", true)));
    assertThat(groupsOf(task(proposal, "decideAdHocAward"))).containsExactly("deciding-authority");
    as("chutich.ubnd", () -> complete(task(proposal, "decideAdHocAward"), awarded("812/QĐ-UBND")));

    assertThat(register.find(plan.getBusinessKey(), RESCUER)).singleElement().satisfies(award -> {
      assertThat(award.decisionNumber()).isEqualTo("812/QĐ-UBND");
      assertThat(award.decisionDate()).isEqualTo(LocalDate.of(2024, 9, 20));
      assertThat(award.unitName()).isEqualTo("Sở Y tế");
      assertThat(award.position()).isEqualTo("Lái xe cấp cứu, Trung tâm Y tế huyện Ba Bể");
      assertThat(award.awardName()).isEqualTo(runtime.getVariable(plan.getId(), "awardName"));
    });
    Task outcome = task(proposal, "acknowledgeAdHocOutcome");
    assertThat(groupsOf(outcome)).containsExactly("unit-so-yte-officer");
    assertThat(outcome.getDescription()).contains("theo Quyết định số 812/QĐ-UBND ngày 20/09/2024");
    assertThatThrownBy(() -> complete(outcome, Map.of())).isInstanceOf(InvalidInputException.class);
    as("yte.canbo", () -> complete(outcome, Map.of("adHocOutcomeAcknowledged", true)));
    assertThat(proposal).isEnded().hasPassed("adHocAwarded");

    JsonNode line = adHocLine(progress("canbo.bantdkt", plan.getBusinessKey(), UNIT));
    assertThat(line.path("status").asText()).isEqualTo("Đã khen thưởng");
    assertThat(line.path("place").asText()).isEqualTo(UNIT);
    assertThat(line.path("facts").path("nomineeName").asText()).isEqualTo(RESCUER);
    assertThat(progress("canbo.bantdkt", plan.getBusinessKey(), "so-gddt").toString()).doesNotContain("Khen thưởng đột xuất");
    Http.Reply audit = http().call("canbo.bantdkt", "GET", "/api/audit?plan=" + plan.getBusinessKey(), null);
    assertThat(audit.text()).as("the plan's audit trail").contains("\"user\":\"chutich.ubnd\",\"operation\":\"Complete\","
        + "\"step\":\"Quyết định khen thưởng đột xuất\"", "812/QĐ-UBND");
  }

  @Test
  @DisplayName("đề nghị sai số kế hoạch, thiếu tên, chức vụ hay tóm tắt thành tích thì không được tạo: cán bộ được báo"
      + " từng điểm bằng tiếng Việt")
  void anIncompleteProposalIsRefusedWithEveryProblem() {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("adHocAward").count();

    Http.Reply refused = submit("yte.canbo", Map.of("planNumber", "999/KH-KHONG-CO", "nomineeKind", "INDIVIDUAL"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("Không có kế hoạch thi đua số 999/KH-KHONG-CO đang thực hiện.",
        "Chưa nhập họ và tên người được đề nghị.", "Chưa nhập chức vụ, đơn vị công tác của người được đề nghị.",
        "Chưa nhập tóm tắt thành tích.");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("adHocAward").count()).isEqualTo(before);
  }

  @Test
  @DisplayName("đơn vị không tham gia kế hoạch, kế hoạch chưa phê duyệt, hay người không phải cán bộ thi đua của đơn vị"
      + " thì không đề nghị được")
  void onlyAParticipatingUnitsOfficerProposesInAnApprovedPlan() {
    ProcessInstance plan = launchedAndApproved(UNIT);
    ProcessInstance awaitingApproval = launch(seed000Plan(UNIT));

    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("adHocAward").count();
    Http.Reply notTakingPart = submit("babe.canbo", rescue(plan));
    assertThat(notTakingPart.status()).isEqualTo(400);
    assertThat(notTakingPart.text()).contains("UBND huyện Ba Bể không tham gia kế hoạch số " + plan.getBusinessKey());
    assertThat(submit("yte.canbo", rescue(awaitingApproval)).text())
        .contains("Kế hoạch số " + awaitingApproval.getBusinessKey() + " chưa được phê duyệt");
    Map<String, Object> forAnotherUnit = new LinkedHashMap<>(rescue(plan));
    forAnotherUnit.put("unitCode", "so-gddt");
    assertThat(submit("yte.canbo", forAnotherUnit).text()).contains("Anh/chị không phải cán bộ thi đua của Sở Giáo dục và Đào tạo");
    assertThat(submit("canbo.bantdkt", rescue(plan)).status()).as("the board does not propose to itself").isIn(403, 404);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("adHocAward").count()).isEqualTo(before);
  }

  @Test
  @DisplayName("cán bộ làm công tác thi đua của hai đơn vị phải ghi mã đơn vị đề nghị")
  void anOfficerOfTwoUnitsNamesTheUnit() {
    ProcessInstance plan = launchedAndApproved(UNIT, "so-gddt");
    identity.setAuthentication("kiemnhiem", List.of("unit-so-yte-officer", "unit-so-gddt-officer"));
    try {
      assertThatThrownBy(() -> forms.submitStartForm(adHocDefinition(), rescue(plan)))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
              "Anh/chị làm công tác thi đua của nhiều đơn vị: ghi mã đơn vị đề nghị (mã so-gddt: Sở Giáo dục và Đào tạo,"
                  + " mã so-yte: Sở Y tế)."));
      Map<String, Object> named = new LinkedHashMap<>(rescue(plan));
      named.put("unitCode", "so-gddt");
      ProcessInstance proposal = ownInstance(forms.submitStartForm(adHocDefinition(), named));
      assertThat(proposal.getBusinessKey()).isEqualTo(plan.getBusinessKey() + "/so-gddt");
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  @DisplayName("Thủ trưởng trả lại, cán bộ sửa và trình lại; Ban trả lại để bổ sung; đơn vị rút đề nghị, ghi lý do")
  void returnedProposalsAreRevisedOrWithdrawn() {
    ProcessInstance proposal = proposedOverRest(launchedAndApproved(UNIT));

    complete(task(proposal, "signAdHocProposal"), Map.of("adHocProposalSigned", false,
        "adHocProposalComments", "Ghi rõ ngày, giờ và địa điểm cứu người."));
    Task revision = task(proposal, "reviseAdHocProposal");
    assertThat(groupsOf(revision)).containsExactly("unit-so-yte-officer");
    assertThat(revision.getDescription()).contains("Thủ trưởng đơn vị: Ghi rõ ngày, giờ và địa điểm cứu người.");
    assertThatThrownBy(() -> complete(revision, Map.of("achievementSummary", " "))).isInstanceOfSatisfying(
        InvalidInputException.class, e -> assertThat(e.problems()).containsExactly("Chưa nhập tóm tắt thành tích."));
    complete(revision, Map.of("achievementSummary", "Ngày 14/9/2024, lúc 15 giờ, tại ngầm tràn Nam Mẫu: cứu 3 người."));
    assertOpensBlank(task(proposal, "signAdHocProposal"), "adHocProposalSigned", "adHocProposalComments");

    headSigns(proposal);
    complete(task(proposal, "appraiseAdHocProposal"), Map.of("adHocVerdict", "RETURNED",
        "adHocAppraisalComments", "Bổ sung xác nhận của chính quyền địa phương."));
    assertThat(task(proposal, "reviseAdHocProposal").getDescription()).contains("Ban TĐKT: Bổ sung xác nhận");
    assertThatThrownBy(() -> complete(task(proposal, "reviseAdHocProposal"), Map.of("adHocProposalWithdrawn", true)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Khi rút đề nghị phải ghi lý do."));
    complete(task(proposal, "reviseAdHocProposal"), Map.of("adHocProposalWithdrawn", true,
        "withdrawalReason", "Gia đình người được đề nghị xin không nhận khen thưởng."));

    assertThat(proposal).isEnded().hasPassed("adHocProposalWithdrawnEnd");
  }

  @Test
  @DisplayName("Ban TĐKT không trình khen thưởng: phải ghi lý do, đơn vị nhận lý do, không có gì được ghi sổ")
  void theBoardDoesNotPutTheProposalForward() {
    ProcessInstance plan = launchedAndApproved(UNIT);
    ProcessInstance proposal = proposedOverRest(plan);
    headSigns(proposal);

    assertThatThrownBy(() -> complete(task(proposal, "appraiseAdHocProposal"), Map.of("adHocVerdict", "REJECTED")))
        .isInstanceOf(InvalidInputException.class);
    complete(task(proposal, "appraiseAdHocProposal"), Map.of("adHocVerdict", "REJECTED",
        "adHocAppraisalComments", "Đã được tặng Bằng khen cho cùng thành tích."));

    theUnitIsToldAndNothingIsRecorded(plan, proposal,
        "Ban TĐKT không trình khen thưởng. Lý do: Đã được tặng Bằng khen cho cùng thành tích.", "adHocNotProposed");
  }

  @Test
  @DisplayName("lãnh đạo Ban và Chủ tịch trả lại tờ trình cho Ban kèm ý kiến; Chủ tịch không khen thưởng thì đơn vị nhận"
      + " lý do")
  void theAuthorityReturnsThenDoesNotAward() {
    ProcessInstance plan = launchedAndApproved(UNIT);
    ProcessInstance proposal = proposedOverRest(plan);
    headSigns(proposal);
    boardPasses(proposal);
    complete(task(proposal, "signAdHocSubmission"), Map.of("adHocSubmissionSigned", false,
        "adHocSubmissionComments", "Đối chiếu tiêu chuẩn Điều 74."));
    assertThat(runtime.getVariable(proposal.getId(), "adHocBoardReturnReason")).isEqualTo("Lãnh đạo Ban: Đối chiếu tiêu chuẩn Điều 74.");
    boardPasses(proposal);
    complete(task(proposal, "signAdHocSubmission"), Map.of("adHocSubmissionSigned", true));

    complete(task(proposal, "decideAdHocAward"), Map.of("adHocDecision", "RETURN", "decisionComments", "Xin ý kiến Công an tỉnh."));
    assertThat(runtime.getVariable(proposal.getId(), "adHocBoardReturnReason")).isEqualTo("Cấp có thẩm quyền: Xin ý kiến Công an tỉnh.");
    boardPasses(proposal);
    assertThat(runtime.getVariable(proposal.getId(), "adHocBoardReturnReason")).as("answered").isNull();
    complete(task(proposal, "signAdHocSubmission"), Map.of("adHocSubmissionSigned", true));
    assertThatThrownBy(() -> complete(task(proposal, "decideAdHocAward"), Map.of("adHocDecision", "NO_AWARD",
        "decisionComments", "Chưa đủ tiêu chuẩn.", "decisionNumber", "5/QĐ-UBND")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Không khen thưởng thì không có số, ngày quyết định khen thưởng."));
    complete(task(proposal, "decideAdHocAward"), Map.of("adHocDecision", "NO_AWARD", "decisionComments", "Chưa đủ tiêu chuẩn."));

    theUnitIsToldAndNothingIsRecorded(plan, proposal, "Cấp có thẩm quyền không khen thưởng. Lý do: Chưa đủ tiêu chuẩn.",
        "adHocNotAwarded");
  }

  @Test
  @DisplayName("quyết định thiếu số, ngày, ngày sau hôm nay, hoặc trùng số quyết định của một đợt trong kế hoạch thì bị"
      + " từ chối")
  void aDecisionNeedsItsOwnNumberAndDay() {
    ProcessInstance plan = launchedAndApproved(UNIT);
    register.recordAll(plan.getId(), "45/QĐ-UBND", List.of(new AwardRegister.Award(plan.getBusinessKey(), "Kế hoạch",
        "Bằng khen", "Sở Y tế", "COLLECTIVE", null, UNIT, "Sở Y tế", "45/QĐ-UBND", LocalDate.of(2024, 9, 19), plan.getId())));
    ProcessInstance proposal = proposedOverRest(plan);
    awardedUnder(proposal, null, null);

    assertThatThrownBy(() -> complete(task(proposal, "decideAdHocAward"), Map.of("adHocDecision", "AWARD")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Chưa nhập số quyết định khen thưởng.", "Chưa nhập ngày ký quyết định."));
    assertThatThrownBy(() -> complete(task(proposal, "decideAdHocAward"), Map.of("adHocDecision", "AWARD",
        "decisionNumber", "45 /qđ-ubnd", "decisionDate", "2024-09-21")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Số quyết định 45 /qđ-ubnd đã được ghi sổ cho quyết định khen thưởng một đợt của kế hoạch này. Đề nghị nhập"
                + " số quyết định khen thưởng đột xuất.",
            "Ngày ký quyết định không được sau ngày hôm nay."));
    assertThat(proposal).isWaitingAt("decideAdHocAward");
  }

  @Test
  @DisplayName("Ban thẩm định quá 5 ngày làm việc thì lãnh đạo Ban được báo; đơn vị quá 10 ngày chưa nhận kết quả thì"
      + " Thủ trưởng được báo")
  void overdueStepsAreEscalated() {
    ProcessInstance proposal = proposedOverRest(launchedAndApproved(UNIT));
    headSigns(proposal);

    at(LocalDateTime.of(2024, 9, 27, 16, 0));
    assertThat(groupsOf(task(proposal, "appraiseAdHocProposal"))).containsExactly("board-officer");
    at(LocalDateTime.of(2024, 9, 28, 9, 0));
    assertThat(groupsOf(task(proposal, "appraiseAdHocProposal"))).containsExactlyInAnyOrder("board-officer", "board-head");

    complete(task(proposal, "appraiseAdHocProposal"), Map.of("adHocVerdict", "REJECTED", "adHocAppraisalComments", "Trùng thành tích."));
    reachesTheUnitHeadAfter(proposal, "acknowledgeAdHocOutcome", LocalDate.of(2024, 10, 11));
  }

  @Test
  @DisplayName("quản trị hủy kế hoạch: đề nghị khen thưởng đột xuất đang xét bị hủy theo, đơn vị được báo trong cùng một"
      + " thông báo hủy; hủy riêng một đề nghị thì đơn vị cũng được báo")
  void aCancelledPlanTakesItsProposalsWithIt() {
    ProcessInstance plan = launchedAndApproved(UNIT);
    ProcessInstance alone = proposedOverRest(plan);
    runtime.deleteProcessInstance(alone.getId(), "Đề nghị trùng");
    assertThat(cancelledWork(notice(plan, UNIT, "acknowledgeCancellation"))).containsExactly("Khen thưởng đột xuất: " + RESCUER);
    complete(notice(plan, UNIT, "acknowledgeCancellation"), Map.of("cancellationAcknowledged", true));
    ProcessInstance pending = proposedOverRest(plan);
    headSigns(pending);

    runtime.deleteProcessInstance(plan.getId(), "Phát động nhầm");

    assertThat(pending).isEnded();
    Task notice = notice(plan, UNIT, "acknowledgeCancellation");
    assertThat(cancelledWork(notice)).containsExactlyInAnyOrder("Thi đua của đơn vị", "Khen thưởng đột xuất: " + RESCUER);
    assertThat(tasks.getVariables(notice.getId())).containsEntry("planCancelled", true)
        .containsEntry("cancellationReason", "Phát động nhầm");
  }

  @Test
  @DisplayName("khen thưởng đột xuất trong kế hoạch có trong kết quả của báo cáo tổng kết kế hoạch")
  void theFinalReportNamesTheAdHocAwards() {
    ProcessInstance plan = launchedAndApproved(UNIT);
    awardedUnder(proposedOverRest(plan), "812/QĐ-UBND", "2024-09-20");

    at(LocalDateTime.of(2024, 11, 1, 9, 0));
    complete(unitTask(plan, UNIT, "followUpRegistration"), Map.of("registrationExtended", false));

    assertThat(plan).isWaitingAt("writeFinalReport");
    assertThat(runtime.getVariable(plan.getId(), "planResults")).asString().endsWith("0 được khen thưởng.\nKhen thưởng đột xuất:"
        + " 1 tập thể, cá nhân (" + RESCUER + ", Sở Y tế, Quyết định số 812/QĐ-UBND ngày 20/09/2024).");
  }

  @Test
  @DisplayName("đề nghị gửi qua REST kèm dữ liệu khác (nhóm quyết định, phiên kế hoạch) thì bị từ chối, không tạo gì")
  void aStartNamingThePlansGroupsIsRefused() {
    ProcessInstance plan = launchedAndApproved(UNIT);
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("adHocAward").count();
    Map<String, Object> forged = new LinkedHashMap<>(rescue(plan));
    forged.put("decidingGroup", "unit-so-yte-officer");
    forged.put("planProcessInstanceId", plan.getId());

    Http.Reply refused = submit("yte.canbo", forged);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("Đề nghị khen thưởng đột xuất chỉ nhận achievementSummary, nomineeKind, nomineeName,"
        + " nomineePosition, planNumber, unitCode khi bắt đầu, không nhận: decidingGroup, planProcessInstanceId.");
    String transientName = "{\"variables\": {\"planNumber\": {\"value\": \"" + plan.getBusinessKey() + "\"}, \"nomineeKind\":"
        + " {\"value\": \"INDIVIDUAL\"}, \"nomineeName\": {\"value\": \"" + RESCUER + "\", \"valueInfo\": {\"transient\": true}},"
        + " \"nomineePosition\": {\"value\": 7, \"type\": \"Integer\"}, \"achievementSummary\": {\"value\": \"Cứu người.\"}}}";
    Http.Reply mistyped = http().call("yte.canbo", "POST", SUBMIT, transientName);
    assertThat(mistyped.status()).isEqualTo(400);
    assertThat(mistyped.text()).contains("Biến nomineeName phải là văn bản (kiểu String), được lưu (không transient).",
        "Biến nomineePosition phải là văn bản (kiểu String), được lưu (không transient).");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("adHocAward").count()).isEqualTo(before);
  }

  @Test
  @DisplayName("Thủ trưởng quá 3 ngày làm việc chưa ký thì việc được đánh dấu quá hạn; cán bộ quá 5 ngày chưa sửa đề nghị"
      + " bị trả lại thì Thủ trưởng được báo")
  void theUnitsOverdueStepsAreFlaggedAndEscalated() {
    ProcessInstance proposal = proposedOverRest(launchedAndApproved(UNIT));

    at(LocalDateTime.of(2024, 9, 25, 16, 0));
    assertThat(task(proposal, "signAdHocProposal").getPriority()).isEqualTo(50);
    at(LocalDateTime.of(2024, 9, 26, 9, 0));
    Task signing = task(proposal, "signAdHocProposal");
    assertThat(signing.getPriority()).as("flagged overdue on the head's own list").isEqualTo(90);
    assertThat(tasks.getTaskComments(signing.getId())).singleElement()
        .satisfies(comment -> assertThat(comment.getFullMessage()).contains("Ký tờ trình đề nghị khen thưởng đột xuất"));

    complete(signing, Map.of("adHocProposalSigned", false, "adHocProposalComments", "Bổ sung xác nhận của địa phương."));
    reachesTheUnitHeadAfter(proposal, "reviseAdHocProposal", LocalDate.of(2024, 10, 3));
  }

  @Test
  @DisplayName("quản trị hủy kế hoạch khi phần việc của đơn vị đã xong, chỉ còn đề nghị khen thưởng đột xuất: đơn vị vẫn"
      + " được báo cả kế hoạch bị hủy")
  void aPlanCancelledWhileOnlyTheProposalRunsTellsTheUnitThePlanWasCancelled() {
    ProcessInstance plan = launchedAndApproved(UNIT, "so-gddt");
    ProcessInstance proposal = proposedOverRest(plan);
    at(LocalDateTime.of(2024, 11, 1, 9, 0));
    complete(unitTask(plan, UNIT, "followUpRegistration"), Map.of("registrationExtended", false));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("unitDrive")
        .processInstanceBusinessKey(plan.getBusinessKey() + "/" + UNIT).count()).as("the unit's line has ended").isZero();

    runtime.deleteProcessInstance(plan.getId(), "Phát động nhầm");

    assertThat(proposal).isEnded();
    Task notice = notice(plan, UNIT, "acknowledgeCancellation");
    assertThat(cancelledWork(notice)).containsExactly("Khen thưởng đột xuất: " + RESCUER);
    assertThat(tasks.getVariables(notice.getId())).containsEntry("planCancelled", true);
  }

  @Test
  @DisplayName("số quyết định khen thưởng đột xuất của kế hoạch không dùng lại cho quyết định khen thưởng của một đợt; số"
      + " của kế hoạch khác cùng số đã hủy thì không cản")
  void aPhaseDecisionDoesNotReuseAnAdHocNumber() {
    ProcessInstance plan = proposedForDecision(UNIT, "Nguyễn Thị Hoa");
    awardedUnder(proposedOverRest(plan), "77/QĐ-UBND", "2025-10-15");
    register.recordAll("ke-hoach-cung-so-da-huy", "78/QĐ-UBND", List.of(new AwardRegister.Award(plan.getBusinessKey(),
        "Kế hoạch đã hủy", "Bằng khen", "Phòng Y tế", "COLLECTIVE", null, UNIT, "Sở Y tế", "78/QĐ-UBND",
        LocalDate.of(2025, 10, 1), "ke-hoach-cung-so-da-huy")));

    assertThatThrownBy(() -> allAwarded(plan, "77/qđ-ubnd", "2025-10-15")).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).containsExactly("Số quyết định 77/qđ-ubnd đã được ghi sổ cho một quyết định khen"
            + " thưởng đột xuất của kế hoạch này. Đề nghị nhập số quyết định khen thưởng của đợt này."));
    allAwarded(plan, "78/QĐ-UBND", "2025-10-15");
    assertThat(register.find(plan.getBusinessKey(), "Nguyễn Thị Hoa")).singleElement()
        .satisfies(award -> assertThat(award.decisionNumber()).isEqualTo("78/QĐ-UBND"));
  }

  @Test
  @DisplayName("một quyết định khen thưởng nhiều đề nghị đột xuất thì cùng một ngày ký; ngày ký trước ngày đề nghị thì bị"
      + " từ chối")
  void oneDecisionMayAwardSeveralProposalsOnItsOneDay() {
    ProcessInstance plan = launchedAndApproved(UNIT);
    awardedUnder(proposedOverRest(plan), "900/QĐ-UBND", "2024-09-20");
    at(LocalDateTime.of(2024, 9, 23, 9, 0));
    ProcessInstance second = proposedOverRest(plan);
    awardedUnder(second, null, null);

    assertThatThrownBy(() -> complete(task(second, "decideAdHocAward"), Map.of("adHocDecision", "AWARD",
        "decisionNumber", "900/QĐ-UBND", "decisionDate", "2024-09-23")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Quyết định số 900/QĐ-UBND đã được ghi sổ với ngày 20/09/2024: một quyết định chỉ có một ngày ký."));
    assertThatThrownBy(() -> complete(task(second, "decideAdHocAward"), Map.of("adHocDecision", "AWARD",
        "decisionNumber", "901/QĐ-UBND", "decisionDate", "2024-09-20")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Ngày ký quyết định (20/09/2024) không được trước ngày đơn vị đề nghị (23/09/2024)."));
    assertThat(second).isWaitingAt("decideAdHocAward");
  }

  @Test
  @DisplayName("quản trị hủy kế hoạch bằng thao tác hàng loạt: đề nghị chưa quyết định bị hủy theo, kèm lý do; đề nghị đã"
      + " có quyết định vẫn chờ đơn vị nhận kết quả")
  void aBatchCancellationKeepsTheDecidedProposals() {
    ProcessInstance plan = launchedAndApproved(UNIT);
    ProcessInstance decided = proposedOverRest(plan);
    awardedUnder(decided, "812/QĐ-UBND", "2024-09-20");
    ProcessInstance pending = proposedOverRest(plan);
    headSigns(pending);

    Batch batch = runtime.deleteProcessInstancesAsync(List.of(plan.getId()), "Hủy hàng loạt các kế hoạch phát động nhầm");
    for (String jobs : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId())) {
      management.createJobQuery().jobDefinitionId(jobs).list().forEach(job -> management.executeJob(job.getId()));
    }
    management.deleteBatch(batch.getId(), true);

    assertThat(pending).isEnded();
    assertThat(decided).isWaitingAt("acknowledgeAdHocOutcome");
    Task notice = notice(plan, UNIT, "acknowledgeCancellation");
    assertThat(cancelledWork(notice)).containsExactlyInAnyOrder("Thi đua của đơn vị", "Khen thưởng đột xuất: " + RESCUER);
    assertThat(tasks.getVariables(notice.getId())).containsEntry("planCancelled", true)
        .containsEntry("cancellationReason", "Hủy hàng loạt các kế hoạch phát động nhầm");
  }

  @Test
  @DisplayName("quản trị hủy kế hoạch bằng sửa đổi phiên chạy (hủy mọi bước, có ghi chú): đề nghị đang xét bị hủy theo, đơn"
      + " vị đọc ghi chú của quản trị làm lý do")
  void aPlanCancelledByModificationGivesTheAdministratorsReason() {
    ProcessInstance plan = launchedAndApproved(UNIT);
    ProcessInstance pending = proposedOverRest(plan);
    String[] running = runtime.getActiveActivityIds(plan.getId()).toArray(String[]::new);
    var modification = runtime.createProcessInstanceModification(plan.getId()).setAnnotation("Phát động nhầm số kế hoạch");
    for (String activity : running) {
      modification.cancelAllForActivity(activity);
    }

    modification.execute();

    assertThat(plan).isEnded();
    assertThat(pending).isEnded();
    Task notice = notice(plan, UNIT, "acknowledgeCancellation");
    assertThat(cancelledWork(notice)).containsExactly("Thi đua của đơn vị", "Khen thưởng đột xuất: " + RESCUER);
    assertThat(tasks.getVariables(notice.getId())).containsEntry("cancellationReason", "Phát động nhầm số kế hoạch")
        .containsEntry("planCancelled", true);
  }

  @Test
  @DisplayName("khen thưởng đột xuất đã bị thu hồi thì không có trong kết quả của báo cáo tổng kết")
  void theFinalReportLeavesOutAWithdrawnAdHocAward() {
    ProcessInstance plan = launchedAndApproved(UNIT);
    ProcessInstance withdrawn = proposedOverRest(plan);
    awardedUnder(withdrawn, "812/QĐ-UBND", "2024-09-20");
    awardedUnder(proposedOverRest(plan), "813/QĐ-UBND", "2024-09-20");
    register.withdraw(register.decisions(plan.getBusinessKey(), "812/QĐ-UBND").get(0), LocalDate.of(2024, 9, 20),
        "Quyết định số 20/QĐ-UBND ngày 20/9/2024 thu hồi.", "admin");

    at(LocalDateTime.of(2024, 11, 1, 9, 0));
    complete(unitTask(plan, UNIT, "followUpRegistration"), Map.of("registrationExtended", false));

    assertThat(runtime.getVariable(plan.getId(), "planResults")).asString().endsWith("Khen thưởng đột xuất: 1 tập thể, cá nhân ("
        + RESCUER + ", Sở Y tế, Quyết định số 813/QĐ-UBND ngày 20/09/2024).");
  }

  // ---- the proposal's steps, as the officials take them ----------------------------------------

  /** Sở Y tế's officer proposes, in Tasklist's start form, the ambulance driver who saved three people in a flood. */
  private ProcessInstance proposedOverRest(ProcessInstance plan) {
    Http.Reply started = submit("yte.canbo", rescue(plan));
    assertThat(started.status()).as(started.text()).isEqualTo(200);
    return ownInstance(runtime.createProcessInstanceQuery().processInstanceId(started.body().path("id").asText()).singleResult());
  }

  private static Map<String, Object> rescue(ProcessInstance plan) {
    Map<String, Object> proposal = new LinkedHashMap<>();
    proposal.put("planNumber", plan.getBusinessKey());
    proposal.put("nomineeKind", "INDIVIDUAL");
    proposal.put("nomineeName", RESCUER);
    proposal.put("nomineePosition", "Lái xe cấp cứu, Trung tâm Y tế huyện Ba Bể");
    proposal.put("achievementSummary", "Dũng cảm cứu 3 người bị lũ cuốn ngày 14/9/2024.");
    return proposal;
  }

  private Http.Reply submit(String user, Map<String, Object> variables) {
    String body = variables.entrySet().stream().map(v -> "\"" + v.getKey() + "\": {\"value\": \"" + v.getValue()
        + "\", \"type\": \"String\"}").collect(Collectors.joining(", ", "{\"variables\": {", "}}"));
    return http().call(user, "POST", SUBMIT, body);
  }

  private String adHocDefinition() {
    return repository.createProcessDefinitionQuery().processDefinitionKey("adHocAward").latestVersion().singleResult().getId();
  }

  private void headSigns(ProcessInstance proposal) {
    complete(task(proposal, "signAdHocProposal"), Map.of("adHocProposalSigned", true, "unitLetterNumber", "15/TTr-SYT"));
  }

  private void boardPasses(ProcessInstance proposal) {
    complete(task(proposal, "appraiseAdHocProposal"), Map.of("adHocVerdict", "PASSED"));
  }

  /** The unit's task stays its officer's through its last day and reaches the unit head too the next morning. */
  private void reachesTheUnitHeadAfter(ProcessInstance proposal, String taskKey, LocalDate lastDay) {
    at(lastDay.atTime(16, 0));
    assertThat(groupsOf(task(proposal, taskKey))).containsExactly("unit-so-yte-officer");
    at(lastDay.plusDays(1).atTime(9, 0));
    assertThat(groupsOf(task(proposal, taskKey))).containsExactlyInAnyOrder("unit-so-yte-officer", "unit-so-yte-head");
  }

  /** The unit reads the sentence in its notice and acknowledges it; the proposal ends there, the register holds nothing of the plan. */
  private void theUnitIsToldAndNothingIsRecorded(ProcessInstance plan, ProcessInstance proposal, String sentence, String endEvent) {
    assertThat(task(proposal, "acknowledgeAdHocOutcome").getDescription()).contains(sentence);
    complete(task(proposal, "acknowledgeAdHocOutcome"), Map.of("adHocOutcomeAcknowledged", true));
    assertThat(proposal).isEnded().hasPassed(endEvent);
    assertThat(register.find(plan.getBusinessKey(), null)).isEmpty();
  }

  /** Signed by the unit head, passed by the board, signed by its head and, given a number, awarded under it that day. */
  private void awardedUnder(ProcessInstance proposal, String decisionNumber, String decisionDate) {
    headSigns(proposal);
    boardPasses(proposal);
    complete(task(proposal, "signAdHocSubmission"), Map.of("adHocSubmissionSigned", true));
    if (decisionNumber != null) {
      complete(task(proposal, "decideAdHocAward"), Map.of("adHocDecision", "AWARD", "decisionNumber", decisionNumber,
          "decisionDate", decisionDate));
    }
  }

  private static Map<String, Object> awarded(String decisionNumber) {
    return Map.of("adHocDecision", "AWARD", "decisionNumber", decisionNumber, "decisionDate", "2024-09-20");
  }

  private static JsonNode adHocLine(JsonNode progress) {
    for (JsonNode line : progress.path("lines")) {
      if ("Khen thưởng đột xuất".equals(line.path("process").asText())) {
        return line;
      }
    }
    throw new AssertionError("no ad hoc award in " + progress);
  }
}
