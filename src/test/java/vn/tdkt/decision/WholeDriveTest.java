package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.tdkt.support.DriveTest;

@DisplayName("Một đợt thi đua trọn vẹn theo kế hoạch mẫu 000")
class WholeDriveTest extends DriveTest {

  @Autowired TestRestTemplate http;
  @Autowired AwardRegister register;

  @Test
  @DisplayName("năm đơn vị với kết quả khác nhau đi đến quyết định, sổ khen thưởng và thông báo từng đơn vị")
  void wholeDriveWithMixedOutcomes() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-yte", "ubnd-ba-be", "so-tu-phap", "so-tai-chinh");

    // Registration: Sở Tư pháp never registers and the board does not extend.
    for (String unit : List.of("so-gddt", "so-yte", "ubnd-ba-be", "so-tai-chinh")) {
      register(plan, unit);
    }
    at(LocalDateTime.of(2024, 11, 1, 8, 0));
    complete(unitTask(plan, "so-tu-phap", "followUpRegistration"), Map.of("registrationExtended", false));

    // The drive ends; the units report and hold their meetings.
    at(LocalDateTime.of(2025, 10, 1, 8, 0));
    for (String unit : List.of("so-gddt", "so-yte", "ubnd-ba-be", "so-tai-chinh")) {
      reportResults(plan, unit);
    }
    recordMeeting(plan, "so-gddt", meeting(11, List.of(
        nominee("n1", "Trường THPT Chuyên Bắc Kạn", COLLECTIVE, 11, 0, true),
        nominee("n2", "Lê Thị Bình", INDIVIDUAL, 9, 2, true))));
    headApprovesSelection(plan, "so-gddt");
    proposesOne(plan, "so-yte", "Bệnh viện Đa khoa tỉnh");
    proposesOne(plan, "ubnd-ba-be", "Phòng Văn hóa và Thông tin huyện Ba Bể");
    recordMeeting(plan, "so-tai-chinh", meeting(7, List.of(nominee("n1", "Đàm Văn Khang", INDIVIDUAL, 7, 0, false))));
    headApprovesSelection(plan, "so-tai-chinh");

    // The window: two units submit, Ba Bể misses it and the board closes its dossier.
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    submitDossier(plan, "so-gddt");
    submitDossier(plan, "so-yte");
    at(LocalDateTime.of(2025, 10, 17, 8, 0));
    complete(unitTask(plan, "ubnd-ba-be", "handleLateDossier"), Map.of("dossierReopened", false));

    // Appraisal: one supplement round for GD&ĐT, whose individual is then rejected.
    appraise(plan, "so-gddt", "SUPPLEMENT", Map.of("n1", "PASS"),
        Map.of("supplementRequest", "Bổ sung minh chứng thành tích.", "supplementDeadline", "2025-10-24"));
    complete(unitTask(plan, "so-gddt", "supplementDossier"), Map.of("meetingMinutesFile", pdf("bien-ban-bo-sung.pdf")));
    appraise(plan, "so-gddt", "CONCLUDE", Map.of("n2", "REJECT"), Map.of());
    boardHeadApprovesAppraisal(plan, "so-gddt");
    appraise(plan, "so-yte", "CONCLUDE", Map.of("n1", "PASS"), Map.of());
    boardHeadApprovesAppraisal(plan, "so-yte");

    // Proposal: the head sends the first draft back, then signs.
    assertThat(plan).isWaitingAt("draftProposal");
    assertThat(runtime.getVariable(plan.getId(), "proposalNomineeCount")).isEqualTo(2);
    Map<String, Object> proposal = Map.of("proposalNumber", "210/TTr-SNV", "proposalDate", "2025-10-17",
        "proposalSummary", "Đề nghị tặng Bằng khen cho 02 tập thể.");
    Map<String, Object> datedAhead = new HashMap<>(proposal);
    datedAhead.put("proposalDate", "2025-10-27");
    assertThatThrownBy(() -> complete(task(plan, "draftProposal"), datedAhead))
        .hasMessage("Ngày tờ trình không được sau ngày hôm nay.");
    complete(task(plan, "draftProposal"), proposal);
    complete(task(plan, "signProposal"), Map.of("proposalSigned", false, "proposalComments", "Ghi rõ căn cứ."));
    complete(task(plan, "draftProposal"), proposal);
    assertOpensBlank(task(plan, "signProposal"), "proposalSigned", "proposalComments");
    complete(task(plan, "signProposal"), Map.of("proposalSigned", true));

    // Decision: the Chairman awards the hospital only.
    at(LocalDateTime.of(2025, 10, 30, 9, 0));
    Task decide = task(plan, "decideAwards");
    assertThat(decide).hasCandidateGroup("deciding-authority");
    List<Map<String, Object>> decided = decided(plan, n -> "so-yte".equals(n.get("unitCode")));
    // Nobody the board did not propose can be awarded, even by the Chairman.
    List<Map<String, Object>> withInvented = new ArrayList<>(decided);
    Map<String, Object> invented = new LinkedHashMap<>();
    invented.put("id", "x1");
    invented.put("unitCode", "so-yte");
    invented.put("name", "Người không có trong tờ trình");
    invented.put("awarded", true);
    withInvented.add(invented);
    as("chutich.ubnd", () -> assertThatThrownBy(() -> complete(decide, Map.of("decisionApproved", true,
            "proposalNominees", json(withInvented), "decisionNumber", "1234/QĐ-UBND", "decisionDate", "2025-10-30")))
        .hasMessage("Công việc này không nhận các mục ngoài biểu mẫu: proposalNominees (thêm hoặc bớt dòng), "
            + "proposalNominees dòng 3: id, proposalNominees dòng 3: unitCode, proposalNominees dòng 3: name. "
            + "Không có gì được lưu."));
    assertThat(register.find(plan.getBusinessKey(), null)).isEmpty();
    assertThatThrownBy(() -> complete(decide, Map.of("decisionApproved", true, "proposalNominees", json(decided))))
        .hasMessageContaining("Chưa nhập số quyết định khen thưởng.");
    assertThatThrownBy(() -> complete(decide, Map.of("decisionApproved", true, "proposalNominees", json(decided),
            "decisionNumber", "1234/QĐ-UBND", "decisionDate", "2025-10-16")))
        .hasMessage("Ngày ký quyết định (16/10/2025) không được trước ngày tờ trình (17/10/2025).");
    complete(decide, Map.of("decisionApproved", true, "proposalNominees", json(decided),
        "decisionNumber", "1234/QĐ-UBND", "decisionDate", "2025-10-30"));

    // The register holds exactly the awarded nominee, also over HTTP.
    assertThat(register.find(plan.getBusinessKey(), null)).singleElement().satisfies(award -> {
      assertThat(award.nomineeName()).isEqualTo("Bệnh viện Đa khoa tỉnh");
      assertThat(award.unitName()).isEqualTo("Sở Y tế");
      assertThat(award.awardName()).isEqualTo("Bằng khen của Chủ tịch UBND tỉnh");
      assertThat(award.decisionNumber()).isEqualTo("1234/QĐ-UBND");
      assertThat(award.decisionDate()).isEqualTo(LocalDate.of(2025, 10, 30));
    });
    assertThat(register.find(plan.getBusinessKey(), "đa KHOA")).as("part of the name, any case").hasSize(1);
    assertThat(register.find(" " + plan.getBusinessKey() + " ", "Đa khoa ")).as("as typed, with spaces around").hasSize(1);
    assertThat(register.find(plan.getBusinessKey(), "%")).as("a name with %, not every name").isEmpty();
    assertThat(register.find(plan.getBusinessKey(), "B_nh")).as("_ is a letter, not any letter").isEmpty();
    assertThat(http.getForEntity("/api/awards", String.class).getStatusCode().value()).isEqualTo(401);
    String overHttp = http.withBasicAuth("canbo.bantdkt", DEMO_PASSWORD)
        .getForObject("/api/awards?planNumber={p}", String.class, plan.getBusinessKey());
    assertThat(overHttp).contains("\"nomineeName\":\"Bệnh viện Đa khoa tỉnh\"", "\"decisionNumber\":\"1234/QĐ-UBND\"");

    // The plan's summary, one line per unit; the plan has ended, its summary stays in its history.
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId()).variableName("planSummary")
        .singleResult().getValue().toString())
        .contains("\"unitCode\":\"so-gddt\",\"unitName\":\"Sở Giáo dục và Đào tạo\",\"status\":\"APPRAISED\"")
        .contains("\"unitCode\":\"so-tu-phap\",\"unitName\":\"Sở Tư pháp\",\"status\":\"NOT_REGISTERED\"")
        .contains("\"unitCode\":\"ubnd-ba-be\",\"unitName\":\"UBND huyện Ba Bể\",\"status\":\"LATE\","
            + "\"statusLabel\":\"Không nộp hồ sơ đúng hạn\",\"proposed\":0")
        .contains("\"unitCode\":\"so-tai-chinh\",\"unitName\":\"Sở Tài chính\",\"status\":\"NO_PROPOSAL\"")
        .contains("\"status\":\"APPRAISED\",\"statusLabel\":\"Đã thẩm định hồ sơ\",\"proposed\":1,\"passed\":1,\"awarded\":1");

    // Each unit is told its own outcome; the plan ends without waiting for their acknowledgements.
    assertThat(runtime.getVariable(plan.getId(), "planResults").toString()).as("what the board's final report reads")
        .contains("3 tập thể, cá nhân được đề nghị, 2 đạt thẩm định, 1 được khen thưởng theo Quyết định số 1234/QĐ-UBND"
            + " ngày");
    finalReportWritten(plan);
    assertThat(plan).isEnded();
    List<Task> notices = outcomeNotices(plan);
    assertThat(notices).hasSize(5);
    assertThat(notices(plan, "acknowledgeCancellation")).as("lines that ended as the model says are not cancelled").isEmpty();
    Task gddt = notices.stream().filter(n -> tasks.getIdentityLinksForTask(n.getId()).stream()
        .anyMatch(l -> "unit-so-gddt-officer".equals(l.getGroupId()))).findFirst().orElseThrow();
    assertThat(tasks.getVariable(gddt.getId(), "unitOutcome").toString())
        .contains("Trường THPT Chuyên Bắc Kạn", "Đạt thẩm định, không được khen thưởng", "Lê Thị Bình", "Không đạt thẩm định");
    // The unit's officer reads its own outcome through the task, and nothing of the plan or other units.
    String readable = http.withBasicAuth("gddt.canbo", DEMO_PASSWORD)
        .getForObject("/engine-rest/task/{id}/variables?deserializeValues=false", String.class, gddt.getId());
    assertThat(readable).contains("unitOutcome", "Trường THPT Chuyên Bắc Kạn")
        .doesNotContain("unitResults", "proposalNominees", "Bệnh viện Đa khoa tỉnh", "Sở Y tế");
    unitsAcknowledgeOutcome(plan);
    assertThat(outcomeNotices(plan)).isEmpty();
  }
}
