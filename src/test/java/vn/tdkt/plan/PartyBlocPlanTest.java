package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.decision.AwardRegister;
import vn.tdkt.support.DriveTest;

/**
 * Seed 004: the special drive of Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Yên Bái — registration
 * through Ban Tuyên giáo before 30/9/2024, quotas by kind of Party organisation, eligibility from
 * the ratings of 2021–2024, the gate on units that did not run the drive themselves, proposals
 * before 10/4/2025, Ban Tuyên giáo appraising with the bloc's office, Ban Thường vụ deciding.
 */
@DisplayName("Đợt thi đua đặc biệt của Đảng ủy Khối cơ quan và doanh nghiệp tỉnh (seed 004)")
class PartyBlocPlanTest extends DriveTest {

  private static final String TEMPLATE = "004-dang-uy-khoi-dot-thi-dua-dac-biet";
  private static final String COMMITTEE = "yb-db-so-tai-chinh";
  private static final String CELL = "yb-cb-so-tu-phap";
  private static final String BLOC_BOARD = "yb-duk-ban-to-chuc";
  private static final String MASS_ORGANISATION = "yb-doan-khoi";
  private static final Map<String, Object> DRIVE_RUN_AT_UNIT = Map.of(
      "driveLaunchedAtUnit", true, "driveReviewedAtUnit", true, "rewardedAtUnit", true,
      "unitCommendations", json(List.of(Map.of("name", "Chi bộ Văn phòng", "kind", COLLECTIVE,
          "reason", "Hoàn thành xuất sắc nhiệm vụ trong đợt thi đua"))));

  @Autowired AwardRegister register;

  /** An individual rated good or better every year 2021–2024, excellent in two, an advanced example of the unit. */
  private static Map<String, Object> partyMember(String id, String name) {
    Map<String, Object> n = new LinkedHashMap<>(nominee(id, name, INDIVIDUAL, 9, 0, true));
    n.putAll(Map.of("rating2021", "GOOD", "rating2022", "EXCELLENT", "rating2023", "GOOD", "rating2024", "EXCELLENT",
        "advancedExample", true));
    return n;
  }

  private static Map<String, Object> partyMeeting(List<Map<String, Object>> nominees, Map<String, Object> driveAtUnit) {
    Map<String, Object> meeting = new LinkedHashMap<>(meetingOn("2025-04-02", 9, nominees));
    meeting.putAll(driveAtUnit);
    return meeting;
  }

  /**
   * Launched, approved and registered in September 2024; the drive ends on 31/03/2025 and each unit
   * sends its final report to the bloc ("ngay sau ngày kết thúc đợt thi đua"), then meets.
   */
  private ProcessInstance atTheSelectionMeetings() {
    return atTheSelectionMeetings(COMMITTEE, CELL);
  }

  private ProcessInstance atTheSelectionMeetings(String... units) {
    ProcessInstance plan = launch(fromTemplate(TEMPLATE, units));
    assertThat(runtime.getVariable(plan.getId(), "planWarnings").toString()).contains(
        "Hạn đăng ký thi đua (29/09/2024) là ngày nghỉ", "Hạn trình cấp quyết định (19/04/2025) là ngày nghỉ",
        "Hạn quyết định khen thưởng (19/04/2025) là ngày nghỉ");
    assertThat(task(plan, "approvePlan")).hasCandidateGroup("duk-ban-thuong-vu");
    // Ban Thường vụ reads the bloc's units on the approval form: its list offers the registry's units in force.
    assertThat(formField("approvePlan", "participatingUnits").get("valuesKey").asText()).isEqualTo("unitOptions");
    assertThat(read(runtime.getVariable(plan.getId(), "unitOptions").toString())).extracting(o -> (Object) o.get("value"))
        .contains(COMMITTEE, CELL);
    complete(task(plan, "approvePlan"), Map.of("planApproved", true));
    assertThat(unitTask(plan, units[units.length - 1], "registerUnit").getDueDate()).isEqualTo(endOf(2024, 9, 29));
    for (String unit : units) {
      register(plan, unit);
    }
    at(LocalDateTime.of(2025, 4, 2, 8, 0));
    for (String unit : units) {
      assertThat(unitTask(plan, unit, "reportResults").getDueDate()).isEqualTo(endOf(2025, 4, 9));
      reportResults(plan, unit);
    }
    return plan;
  }

  @Test
  @DisplayName("từ đăng ký đến Giấy khen của Đảng ủy Khối, với các mốc 30/9/2024, 10/4/2025 và 20/4/2025")
  void wholeDriveToTheBlocsCertificate() {
    ProcessInstance plan = atTheSelectionMeetings();
    String meetingTask = unitTask(plan, COMMITTEE, "recordSelectionMeeting").getId();
    assertThat(forms.getTaskFormData(meetingTask).getCamundaFormRef().getKey()).isEqualTo("recordPartySelectionMeeting");
    assertThat(runtime.getVariable(unitDrive(plan, COMMITTEE).getId(), "quotaText")).isEqualTo("Cá nhân không quá 02; tập thể không quá 01");
    assertThat(runtime.getVariable(unitDrive(plan, CELL).getId(), "quotaText")).isEqualTo("Cá nhân không quá 01; tập thể không quá 01");

    Map<String, Object> theUnitItself = new LinkedHashMap<>(nominee("t1", "Đảng bộ Sở Tài chính", COLLECTIVE, 9, 0, true));
    theUnitItself.putAll(Map.of("rating2021", "EXCELLENT", "rating2022", "EXCELLENT", "rating2023", "GOOD",
        "rating2024", "GOOD", "targetsMet", true));
    recordMeeting(plan, COMMITTEE, partyMeeting(List.of(partyMember("c1", "Lê Văn An"), partyMember("c2", "Phạm Thị Bích"),
        theUnitItself), DRIVE_RUN_AT_UNIT));
    headApprovesSelection(plan, COMMITTEE);
    recordMeeting(plan, CELL, partyMeeting(List.of(partyMember("p1", "Vi Văn Tuấn")), DRIVE_RUN_AT_UNIT));
    headApprovesSelection(plan, CELL);

    at(LocalDateTime.of(2025, 4, 9, 23, 59, 59));
    submitDossier(plan, COMMITTEE);
    submitDossier(plan, CELL);
    assertThat(unitTask(plan, CELL, "appraiseDossier")).hasCandidateGroup("duk-ban-tuyen-giao");
    assertThat(tasks.getVariableLocal(unitTask(plan, CELL, "appraiseDossier").getId(), "dossierFiles").toString())
        .as("the dossier's components as the plan names them").contains(
            "Tờ trình đề nghị khen thưởng của cấp ủy cơ sở",
            "Báo cáo thành tích (cá nhân có xác nhận của cấp ủy cùng cấp) của Vi Văn Tuấn");
    Date toTheStandingCommittee = endOf(2025, 4, 19); // "trước ngày 20/4/2025", entered as 19/04
    appraise(plan, COMMITTEE, "CONCLUDE", Map.of("c1", "PASS", "c2", "PASS", "t1", "PASS"), Map.of());
    at(LocalDateTime.of(2025, 4, 15, 9, 0));
    // Ban Tuyên giáo consolidates the units' final reports into the bloc's (seed 004, IV.5).
    complete(task(plan, "consolidateReports"), Map.of("reportsSummary", "02/02 đơn vị đã gửi báo cáo tổng kết đợt thi đua."));
    appraise(plan, CELL, "CONCLUDE", Map.of("p1", "PASS"), Map.of());
    assertThat(unitTask(plan, CELL, "approveAppraisal")).hasCandidateGroup("duk-ra-soat")
        .as("5 working days would end on 22/04").hasDueDate(toTheStandingCommittee);
    assertThat(unitTask(plan, COMMITTEE, "approveAppraisal").getDueDate()).as("appraised on 09/04: 5 working days, before")
        .isEqualTo(endOf(2025, 4, 16));
    boardHeadApprovesAppraisal(plan, COMMITTEE);
    boardHeadApprovesAppraisal(plan, CELL);

    assertThat(task(plan, "draftProposal").getDueDate()).isEqualTo(toTheStandingCommittee);
    at(LocalDateTime.of(2025, 4, 18, 9, 0));
    assertThat(task(plan, "draftProposal")).hasCandidateGroup("duk-ban-tuyen-giao");
    drafted(plan, "2025-04-18");
    assertThat(task(plan, "signProposal").getDueDate()).as("the signed proposal reaches Ban Thường vụ by then, not 5 working"
        + " days after the draft").isEqualTo(toTheStandingCommittee);
    complete(task(plan, "signProposal"), Map.of("proposalSigned", true));
    assertThat(task(plan, "decideAwards")).hasCandidateGroup("duk-ban-thuong-vu").as("Ban Thường vụ «cho ý kiến xong trước"
        + " 20/4/2025» (IV.4), not 10 working days after the signed proposal").hasDueDate(toTheStandingCommittee);
    assertThat(forms.getTaskFormVariables(task(plan, "decideAwards").getId()).getValue("reportsSummary", String.class))
        .as("Ban Thường vụ reads the consolidated report as it decides").isEqualTo("02/02 đơn vị đã gửi báo cáo tổng kết đợt thi đua.");
    assertThat(formField("decideAwards", "reportsSummary").get("readonly").asBoolean()).isTrue();
    allAwarded(plan, "125-QĐ/ĐUK", "2025-04-18");

    finalReportWritten(plan);
    assertThat(plan).isEnded();
    assertThat(register.find(plan.getBusinessKey(), null))
        .extracting(AwardRegister.Award::nomineeName, AwardRegister.Award::awardName)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Lê Văn An", "Giấy khen của Đảng ủy Khối cơ quan và doanh nghiệp tỉnh"),
            org.assertj.core.groups.Tuple.tuple("Phạm Thị Bích", "Giấy khen của Đảng ủy Khối cơ quan và doanh nghiệp tỉnh"),
            org.assertj.core.groups.Tuple.tuple("Đảng bộ Sở Tài chính", "Giấy khen của Đảng ủy Khối cơ quan và doanh nghiệp tỉnh"),
            org.assertj.core.groups.Tuple.tuple("Vi Văn Tuấn", "Giấy khen của Đảng ủy Khối cơ quan và doanh nghiệp tỉnh"));
  }

  @Test
  @DisplayName("chỉ tiêu do kế hoạch đặt mà bảng chỉ tiêu của Đảng ủy Khối không dùng thì bị từ chối, không bị bỏ qua")
  void settingsTheBlocsRulesWouldIgnoreAreRefused() {
    Map<String, Object> plan = fromTemplate(TEMPLATE, COMMITTEE, CELL);
    plan.put("quotaStandard", 3);

    assertThatThrownBy(() -> launch(plan)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
        .containsExactly("Bảng chỉ tiêu đề nghị (DMN) \"partyNomineeQuota\" của kế hoạch không dùng chỉ tiêu do"
                + " kế hoạch đặt: để trống chỉ tiêu đề nghị, hoặc chọn bảng chỉ tiêu đọc chỉ tiêu của kế hoạch."));
  }

  @Test
  @DisplayName("đơn vị chưa khen thưởng theo thẩm quyền thì không được đề nghị, lý do hiện trên biểu mẫu")
  void unitThatDidNotRewardAtItsOwnLevelMayNotPropose() {
    ProcessInstance plan = atTheSelectionMeetings();

    assertThatThrownBy(() -> recordMeeting(plan, CELL, partyMeeting(List.of(partyMember("p1", "Vi Văn Tuấn")),
        Map.of("driveLaunchedAtUnit", true, "driveReviewedAtUnit", true, "rewardedAtUnit", false))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Đơn vị chưa khen thưởng theo thẩm quyền trong đợt thi đua nên không được đề nghị khen thưởng cấp Đảng ủy Khối."));
    assertThat(unitDrive(plan, CELL)).isWaitingAt("recordSelectionMeeting");
  }

  @Test
  @DisplayName("đơn vị đánh dấu đã khen thưởng theo thẩm quyền mà không ghi Giấy khen nào thì không được đề nghị")
  void rewardedAtUnitNeedsItsCommendations() {
    ProcessInstance plan = atTheSelectionMeetings();

    assertThatThrownBy(() -> recordMeeting(plan, CELL, partyMeeting(List.of(partyMember("p1", "Vi Văn Tuấn")),
        Map.of("driveLaunchedAtUnit", true, "driveReviewedAtUnit", true, "rewardedAtUnit", true))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Đơn vị đã đánh dấu «Đơn vị đã khen thưởng theo thẩm quyền» nhưng chưa kê khai Giấy khen nào. Đề nghị nhập tại "
                + "mục «Giấy khen của đơn vị» các tập thể, cá nhân đã được tặng Giấy khen trong đợt thi đua."));
    recordMeeting(plan, CELL, partyMeeting(List.of(partyMember("p1", "Vi Văn Tuấn")), DRIVE_RUN_AT_UNIT));
    assertThat(unitDrive(plan, CELL)).isWaitingAt("approveSelection");
  }

  @Test
  @DisplayName("Bí thư khi duyệt đề nghị và Ban thẩm định đọc được xếp loại từng năm, tiêu chuẩn và điều kiện của đơn vị đã"
      + " kê khai khi họp xét")
  void theBoardReadsWhatTheMeetingDeclared() {
    ProcessInstance plan = atTheSelectionMeetings();

    recordMeeting(plan, CELL, partyMeeting(List.of(partyMember("p1", "Vi Văn Tuấn")), DRIVE_RUN_AT_UNIT));

    assertThat(runtime.getVariable(unitDrive(plan, CELL).getId(), "declaredCriteria")).isEqualTo(
        "Vi Văn Tuấn: xếp loại năm 2021: hoàn thành tốt nhiệm vụ, năm 2022: hoàn thành xuất sắc nhiệm vụ, "
            + "năm 2023: hoàn thành tốt nhiệm vụ, năm 2024: hoàn thành xuất sắc nhiệm vụ; được công nhận điển hình tiên tiến.\n"
            + "Đơn vị: đã phát động đợt thi đua ở cấp mình; đã tổng kết đợt thi đua ở cấp mình; đã khen thưởng theo "
            + "thẩm quyền; Giấy khen của đơn vị: Chi bộ Văn phòng (tập thể).");
    assertThat(forms.getTaskFormVariables(unitTask(plan, CELL, "approveSelection").getId())
        .getValue("declaredCriteria", String.class)).as("what the unit head's form reads").startsWith("Vi Văn Tuấn: xếp loại");
    for (String form : List.of("approveSelection", "appraiseDossier", "approveAppraisal")) {
      assertThat(formField(form, "declaredCriteria").get("readonly").asBoolean()).as(form).isTrue();
    }
  }

  @Test
  @DisplayName("kế hoạch hỏi xếp loại từng năm mà không có điều kiện đề nghị, đơn vị đề nghị nhiều người: phần kê khai được cắt"
      + " cho vừa, vẫn ghi được kết quả họp xét")
  void manyRatedNomineesFitWhatTheMeetingDeclared() throws Exception {
    // The template's data as written out, less its gate: a template's own fields fill whatever a launch leaves out.
    Map<String, Object> data = new LinkedHashMap<>();
    new ObjectMapper().readTree(Path.of("processes", "plans", TEMPLATE + ".json").toFile()).get("plan").fields()
        .forEachRemaining(field -> data.put(field.getKey(), field.getValue().isContainerNode() ? json(field.getValue())
            : new ObjectMapper().convertValue(field.getValue(), Object.class)));
    data.remove("proposalGateRule");
    data.putAll(fromTemplate(TEMPLATE, COMMITTEE));
    data.remove("planTemplate");
    data.put("quotaRule", "agencyNomineeQuota");
    ProcessInstance plan = launchedAndApproved(data);
    register(plan, COMMITTEE);
    at(LocalDateTime.of(2025, 4, 2, 8, 0));
    reportResults(plan, COMMITTEE);
    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      many.add(partyMember("m" + i, ("Đồng chí đảng viên số %02d ".formatted(i) + "Nguyễn Thị Thanh Hương ".repeat(8)).strip()));
    }

    recordMeeting(plan, COMMITTEE, meetingOn("2025-04-02", 9, many));

    assertThat(unitDrive(plan, COMMITTEE)).isWaitingAt("approveSelection");
    assertThat(runtime.getVariable(unitDrive(plan, COMMITTEE).getId(), "declaredCriteria").toString()).hasSize(4000)
        .startsWith("Đồng chí đảng viên số 01").endsWith("…");
  }

  @Test
  @DisplayName("đơn vị đã tặng rất nhiều Giấy khen: phần kê khai ghi số Giấy khen thay cho tên, vẫn ghi được kết quả họp xét")
  void manyCommendationsAreCountedInWhatTheMeetingDeclared() {
    ProcessInstance plan = atTheSelectionMeetings();
    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 1; i <= 150; i++) {
      many.add(Map.of("name", "Đồng chí đảng viên được tặng Giấy khen số %03d".formatted(i), "kind", INDIVIDUAL,
          "reason", "Hoàn thành xuất sắc nhiệm vụ"));
    }
    Map<String, Object> gate = new LinkedHashMap<>(DRIVE_RUN_AT_UNIT);
    gate.put("unitCommendations", json(many));

    recordMeeting(plan, CELL, partyMeeting(List.of(partyMember("p1", "Vi Văn Tuấn")), gate));

    assertThat(runtime.getVariable(unitDrive(plan, CELL).getId(), "declaredCriteria").toString())
        .endsWith("đã khen thưởng theo thẩm quyền; Giấy khen của đơn vị: 150 tập thể, cá nhân (danh sách trong kết quả họp xét).");
  }

  @Test
  @DisplayName("chi bộ cơ sở đề nghị 02 cá nhân thì vượt chỉ tiêu; đảng bộ cơ sở được 02")
  void partyCellProposesAtMostOneIndividual() {
    ProcessInstance plan = atTheSelectionMeetings();
    List<Map<String, Object>> two = List.of(partyMember("p1", "Vi Văn Tuấn"), partyMember("p2", "Sầm Thị Hương"));

    assertThatThrownBy(() -> recordMeeting(plan, CELL, partyMeeting(two, DRIVE_RUN_AT_UNIT)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .containsExactly("Đơn vị đề nghị 2 cá nhân, vượt chỉ tiêu 1 của kế hoạch."));
    recordMeeting(plan, COMMITTEE, partyMeeting(two, DRIVE_RUN_AT_UNIT));
    assertThat(unitDrive(plan, COMMITTEE)).isWaitingAt("approveSelection");
  }

  @Test
  @DisplayName("thiếu xếp loại một năm, xếp loại ngoài các mức hay chưa đủ 02 năm xuất sắc thì không được đề nghị, nêu đúng lý do;"
      + " ngày họp trước đợt thi đua bị từ chối")
  void yearlyRatingsDecideEligibility() {
    ProcessInstance plan = atTheSelectionMeetings();
    Map<String, Object> unrated = partyMember("p1", "Vi Văn Tuấn");
    unrated.remove("rating2023");
    Map<String, Object> oneExcellentYear = partyMember("p2", "Sầm Thị Hương");
    oneExcellentYear.put("rating2024", "GOOD");
    Map<String, Object> misrated = partyMember("p3", "Hoàng Văn Nam");
    misrated.put("rating2022", "HTXSNV");
    Map<String, Object> meeting = partyMeeting(List.of(unrated, oneExcellentYear, misrated), DRIVE_RUN_AT_UNIT);
    meeting.put("meetingDate", "2024-09-15");

    assertThatThrownBy(() -> recordMeeting(plan, COMMITTEE, meeting))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Ngày họp xét (15/09/2024) trước khi bắt đầu thời gian thi đua (01/10/2024); đề nghị kiểm tra lại ngày họp.",
            "Vi Văn Tuấn: chưa nhập xếp loại năm 2023.",
            "Sầm Thị Hương: chưa có ít nhất 02 năm hoàn thành xuất sắc nhiệm vụ trong giai đoạn xét",
            "Hoàng Văn Nam: xếp loại năm 2022 không phải một trong các mức: hoàn thành xuất sắc nhiệm vụ; hoàn thành tốt"
                + " nhiệm vụ; hoàn thành nhiệm vụ; không hoàn thành nhiệm vụ.",
            "Đơn vị đề nghị 3 cá nhân, vượt chỉ tiêu 2 của kế hoạch."));
  }

  @Test
  @DisplayName("ban, văn phòng Đảng ủy Khối không có thẩm quyền tặng Giấy khen: đề nghị chính mình mà không khen thưởng ở cấp"
      + " mình vẫn được nhận, Ban thẩm định đọc lý do")
  void aBlocBoardProposesItselfWithoutAwardsOfItsOwn() {
    ProcessInstance plan = atTheSelectionMeetings(BLOC_BOARD);
    Map<String, Object> itself = new LinkedHashMap<>(nominee("b1", "Ban Tổ chức Đảng ủy Khối", COLLECTIVE, 9, 0, true));
    itself.putAll(Map.of("rating2021", "GOOD", "rating2022", "GOOD", "rating2023", "GOOD", "rating2024", "GOOD",
        "membersAllGood", true, "emulationFighter", true));

    recordMeeting(plan, BLOC_BOARD, partyMeeting(List.of(itself),
        Map.of("driveLaunchedAtUnit", true, "driveReviewedAtUnit", true, "rewardedAtUnit", false)));

    assertThat(unitDrive(plan, BLOC_BOARD)).isWaitingAt("approveSelection");
    assertThat(runtime.getVariable(unitDrive(plan, BLOC_BOARD).getId(), "declaredCriteria").toString()).endsWith(
        "Đơn vị: đã phát động đợt thi đua ở cấp mình; đã tổng kết đợt thi đua ở cấp mình; không có thẩm quyền tặng Giấy khen"
            + " (ban, văn phòng Đảng ủy Khối).");
  }

  @Test
  @DisplayName("đoàn thể khối đề nghị chính mình: người duyệt và Ban thẩm định đọc tiêu chuẩn của đoàn thể khối, không phải"
      + " chỉ tiêu nghị quyết đại hội của chi, đảng bộ")
  void aMassOrganisationDeclaresItsOwnCriterion() {
    ProcessInstance plan = atTheSelectionMeetings(MASS_ORGANISATION);
    Map<String, Object> itself = new LinkedHashMap<>(nominee("c1", "Đoàn Thanh niên Khối", COLLECTIVE, 9, 0, true));
    itself.putAll(Map.of("rating2021", "GOOD", "rating2022", "EXCELLENT", "rating2023", "GOOD", "rating2024", "EXCELLENT",
        "targetsMet", true));

    recordMeeting(plan, MASS_ORGANISATION, partyMeeting(List.of(itself), DRIVE_RUN_AT_UNIT));

    assertThat(runtime.getVariable(unitDrive(plan, MASS_ORGANISATION).getId(), "declaredCriteria").toString())
        .contains("là đơn vị tiêu biểu trong tham gia thực hiện các nghị quyết, chương trình, đề án của Ban Thường vụ")
        .doesNotContain("vượt mức mục tiêu, chỉ tiêu");
  }

  @Test
  @DisplayName("ban, văn phòng của Đảng ủy Khối đề nghị cá nhân thì bị từ chối, nêu chỉ tiêu 0 của bảng chỉ tiêu")
  void aBlocBoardMayNotProposeIndividuals() {
    ProcessInstance plan = atTheSelectionMeetings(BLOC_BOARD);
    assertThat(runtime.getVariable(unitDrive(plan, BLOC_BOARD).getId(), "quotaText"))
        .isEqualTo("Cá nhân không được đề nghị; tập thể không quá 01");

    assertThatThrownBy(() -> recordMeeting(plan, BLOC_BOARD, partyMeeting(List.of(partyMember("p1", "Vi Văn Tuấn")),
        DRIVE_RUN_AT_UNIT))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .containsExactly("Chỉ tiêu của kế hoạch cho đơn vị là 0: đơn vị không được đề nghị cá nhân; bỏ đánh dấu đề nghị"
                + " cho 1 cá nhân."));
  }

  @Test
  @DisplayName("năm xếp loại hay điều kiện đề nghị mà biểu mẫu họp xét không có ô để ghi thì kế hoạch bị từ chối")
  void selectionFormMustOfferWhatThePlanAsks() {
    Map<String, Object> laterYears = fromTemplate(TEMPLATE, COMMITTEE);
    laterYears.put("ratingYears", json(List.of(2022, 2023, 2024, 2025)));
    Map<String, Object> repeatedYear = fromTemplate(TEMPLATE, COMMITTEE);
    repeatedYear.put("ratingYears", json(List.of(2021, 2022, 2023, 2024, 2024)));
    Map<String, Object> defaultForm = fromTemplate(TEMPLATE, COMMITTEE);
    defaultForm.put("selectionMeetingForm", "recordSelectionMeeting");
    long plansBefore = history.createHistoricProcessInstanceQuery().count();

    assertThatThrownBy(() -> launch(laterYears)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly("Biểu mẫu họp xét \"recordPartySelectionMeeting\" không có ô xếp loại"
            + " năm 2025 (rating2025) mà kế hoạch yêu cầu; chọn biểu mẫu khác hoặc sửa năm xếp loại.",
            "Năm xếp loại 2025 chưa có kết quả khi bắt đầu bình xét (01/04/2025): xếp loại hằng năm có vào tháng 12. Sửa"
                + " ngày bắt đầu bình xét, hoặc nhờ quản trị hệ thống sửa năm xếp loại của mẫu kế hoạch."));
    assertThatThrownBy(() -> launch(repeatedYear)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).as("one excellent year would count twice").containsExactly("Năm xếp loại 2024 được ghi hai lần."));
    assertThatThrownBy(() -> launch(defaultForm)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly(noRatingField(2021), noRatingField(2022), noRatingField(2023),
            noRatingField(2024), "Biểu mẫu họp xét \"recordSelectionMeeting\" không có các ô mà điều"
            + " kiện đề nghị của kế hoạch đọc (driveLaunchedAtUnit, driveReviewedAtUnit, rewardedAtUnit); chọn biểu mẫu"
            + " khác hoặc bỏ điều kiện đề nghị."));
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(plansBefore);
  }

  @Test
  @DisplayName("quản trị sửa biểu mẫu họp xét, triển khai dưới tên khác (như từ Modeler): kế hoạch được kiểm theo bản mới nhất"
      + " của biểu mẫu, bản đơn vị sẽ thấy")
  void selectionFormIsCheckedAsTheTaskWillShowIt() throws Exception {
    String changed = Files.readString(Path.of("forms", "recordPartySelectionMeeting.form"))
        .replace("\"key\": \"rating2021\"", "\"key\": \"rating2025\"");
    String deployment = repository.createDeployment().name("Sửa biểu mẫu họp xét")
        .addString("bieu-mau-hop-xet-dang-bo.form", changed).deploy().getId();
    try {
      assertThatThrownBy(() -> launch(fromTemplate(TEMPLATE, COMMITTEE))).isInstanceOfSatisfying(InvalidInputException.class,
          e -> assertThat(e.problems()).containsExactly("Biểu mẫu họp xét \"recordPartySelectionMeeting\" không có ô xếp loại"
              + " năm 2021 (rating2021) mà kế hoạch yêu cầu; chọn biểu mẫu khác hoặc sửa năm xếp loại."));
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  @DisplayName("đơn vị mà bảng chỉ tiêu của kế hoạch không có quy tắc thì kế hoạch bị từ chối, nêu bảng và đơn vị")
  void unitOutsideTheQuotaTableIsRefused() {
    long plansBefore = history.createHistoricProcessInstanceQuery().count();

    assertThatThrownBy(() -> launch(fromTemplate(TEMPLATE, COMMITTEE, "so-gddt")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Bảng chỉ tiêu đề nghị (DMN) \"partyNomineeQuota\" không có quy tắc cho cá nhân của đơn vị loại lớn"
                + " (mã MAJOR: Sở Giáo dục và Đào tạo): chọn bảng chỉ tiêu khác, bỏ các đơn vị này khỏi kế hoạch, hoặc nhờ quản trị"
                + " hệ thống bổ sung bảng."));
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(plansBefore);
  }

  private static String noRatingField(int year) {
    return "Biểu mẫu họp xét \"recordSelectionMeeting\" không có ô xếp loại năm " + year + " (rating" + year
        + ") mà kế hoạch yêu cầu; chọn biểu mẫu khác hoặc sửa năm xếp loại.";
  }
}
