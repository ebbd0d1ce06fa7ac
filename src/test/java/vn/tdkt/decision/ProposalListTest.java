package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.tdkt.common.Workbook;
import vn.tdkt.plan.StartPhase;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;
import vn.tdkt.support.WorkbookFiles;

@DisplayName("Danh sách đề nghị khen thưởng")
class ProposalListTest extends DriveTest {

  private static final String REASON = "Đang bị xem xét kỷ luật theo Kết luận thanh tra số 12/KL-TTr.";

  @Autowired TestRestTemplate rest;

  @Test
  @DisplayName("Ban và Chủ tịch tải danh sách đề nghị: tập thể trước cá nhân, tờ trình, người không đưa vào tờ trình có lý do,"
      + " quyết định từng người, cả khi tờ trình bị trả lại rồi mới quyết định")
  void theProposalListFollowsTheProposalToTheDecision() throws Exception {
    ProcessInstance plan = passedAppraisal();

    JsonNode consolidated = proposals("canbo.bantdkt", plan, "");
    assertThat(consolidated.get("phases")).singleElement().satisfies(phase -> {
      assertThat(phase.get("phase").asText()).isEqualTo("Đợt thi đua");
      assertThat(phase.get("proposal").asText()).isEqualTo("Chưa lập tờ trình");
    });
    assertThat(rows(consolidated)).containsExactly(
        "Tập thể Khoa Nội: Đạt thẩm định, chưa lập tờ trình; Chưa có quyết định",
        "Cá nhân Nguyễn Văn An: Đạt thẩm định, chưa lập tờ trình; Chưa có quyết định",
        "Cá nhân Trần Thị Bình: Đạt thẩm định, chưa lập tờ trình; Chưa có quyết định");

    complete(task(plan, "draftProposal"), draftLeavingOut(plan, "Trần Thị Bình", REASON));
    complete(task(plan, "signProposal"), Map.of("proposalSigned", true));
    assertThat(rows(proposals("chutich.ubnd", plan, "&phase=1"))).as("what the Chairman reads before deciding").containsExactly(
        "Tập thể Khoa Nội: Đề nghị khen thưởng; Chưa có quyết định",
        "Cá nhân Nguyễn Văn An: Đề nghị khen thưởng; Chưa có quyết định",
        "Cá nhân Trần Thị Bình: Không đưa vào tờ trình (lý do: " + REASON + "); Không trình cấp có thẩm quyền xét");
    // The Chairman returns it once; the next round's decision is the one the list shows.
    complete(task(plan, "decideAwards"), Map.of("decisionApproved", false, "decisionComments", "Bổ sung tóm tắt thành tích."));
    complete(task(plan, "draftProposal"), draftLeavingOut(plan, "Trần Thị Bình", REASON));
    complete(task(plan, "signProposal"), Map.of("proposalSigned", true));
    assertThat(rows(proposals("chutich.ubnd", plan, ""))).first().isEqualTo("Tập thể Khoa Nội: Đề nghị khen thưởng; Chưa có"
        + " quyết định");
    complete(task(plan, "decideAwards"), Map.of("decisionApproved", true, "proposalNominees",
        json(decided(plan, n -> "Khoa Nội".equals(n.get("name")))), "decisionNumber", "1234/QĐ-UBND",
        "decisionDate", "2025-10-15"));

    ResponseEntity<byte[]> reply = rest.withBasicAuth("chutich.ubnd", DEMO_PASSWORD)
        .getForEntity("/api/proposals.xlsx?plan={p}&phase=1", byte[].class, plan.getBusinessKey());
    assertThat(reply.getStatusCode().value()).isEqualTo(200);
    assertThat(reply.getHeaders().getContentType()).hasToString(Workbook.CONTENT_TYPE);
    assertThat(reply.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("danh-sach-de-nghi-khen-thuong-" + plan.getBusinessKey().replace('/', '-') + "-dot-1.xlsx");
    String sheet = WorkbookFiles.parts(reply.getBody()).get(WorkbookFiles.SHEET);
    String letter = "Tờ trình số 01/TTr ngày 15/10/2025";
    String decision = "Được khen thưởng theo Quyết định số 1234/QĐ-UBND ngày 15/10/2025";
    assertThat(WorkbookFiles.rows(sheet)).containsExactly(
        List.of("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"),
        List.of("Kế hoạch số " + plan.getBusinessKey() + ": " + runtime.getVariable(plan.getId(), "planTitle")),
        List.of("Hình thức khen thưởng: " + runtime.getVariable(plan.getId(), "awardName")),
        List.of("Đợt thi đua: " + letter),
        List.of("STT", "Đợt", "Tập thể/Cá nhân", "Tên tập thể, cá nhân", "Chức vụ", "Đơn vị công tác", "Đơn vị đề nghị",
            "Tóm tắt thành tích", "Tờ trình", "Tình trạng đề nghị", "Quyết định"),
        row(plan, "1", "Tập thể", "n2", "Sở Y tế", letter, "Đề nghị khen thưởng", decision),
        row(plan, "2", "Cá nhân", "n1", "Sở Y tế", letter, "Đề nghị khen thưởng", "Không được khen thưởng"),
        row(plan, "3", "Cá nhân", "n1", "Sở Giáo dục và Đào tạo", letter, "Không đưa vào tờ trình (lý do: " + REASON + ")",
            "Không trình cấp có thẩm quyền xét"));
    // Below the title, the headings' row (6) stays in view.
    assertThat(sheet).contains("<pane ySplit=\"6\" topLeftCell=\"A7\"");
  }

  @Test
  @DisplayName("Chủ tịch không khen thưởng ai: danh sách ghi lý do cho từng người được đề nghị")
  void noAwardsGivesTheReasonOnEveryRow() {
    ProcessInstance plan = passedAppraisal();
    proposed(plan, "2025-10-15");
    complete(task(plan, "decideAwards"), Map.of("decisionApproved", true, "proposalNominees", json(decided(plan, n -> true)),
        "noAwards", true, "decisionComments", "Thành tích chưa tiêu biểu so với các đợt trước."));

    assertThat(rows(proposals("canbo.bantdkt", plan, ""))).allSatisfy(row -> assertThat(row)
        .endsWith("Đề nghị khen thưởng; Không khen thưởng (lý do: Thành tích chưa tiêu biểu so với các đợt trước.)"))
        .hasSize(3);
  }

  @Test
  @DisplayName("đơn vị không xem được danh sách đề nghị của các đơn vị; số kế hoạch sai, kế hoạch khác loại, đợt chưa đến"
      + " thì được báo rõ")
  void onlyThoseWhoFollowEveryUnitReadTheList() {
    ProcessInstance plan = passedAppraisal();
    String path = "/api/proposals?plan=" + URLEncoder.encode(plan.getBusinessKey(), StandardCharsets.UTF_8);

    Http.Reply unit = http().call("gddt.canbo", "GET", path, null);
    assertThat(unit.status()).isEqualTo(403);
    assertThat(unit.text()).contains("Chỉ cơ quan thẩm định, người có thẩm quyền quyết định khen thưởng");
    assertThat(rest.getForEntity(path, String.class).getStatusCode().value()).isEqualTo(401);
    assertRefused("/api/proposals?plan=999/KH-UBND", 404, "Không có kế hoạch nào số 999/KH-UBND.");
    assertRefused(path + "&phase=2", 404, "Kế hoạch số " + plan.getBusinessKey() + " chưa đến đợt 2 hoặc không có đợt 2.");
    assertRefused("/api/proposals.xlsx?plan=", 400, "Cần ghi số kế hoạch (plan), ví dụ: /api/proposals.xlsx?plan=125/KH-UBND.");
    at(LocalDateTime.of(2024, 10, 15, 9, 0));
    String congress = "DH-" + UUID.randomUUID().toString().substring(0, 8) + "/KH-UBND";
    ownInstance(runtime.startProcessInstanceByKey("congressPlan", Map.of("planDataId", "003-dai-hoi-thi-dua-thai-nguyen-2025",
        "planNumber", congress, "implementationPlanDeadline", "2024-10-31")));
    assertRefused("/api/proposals?plan=" + congress, 404, "Số " + congress + " là số của một kế hoạch khác (");
    assertRefused(path + "&phase=abc", 400, "Tham số «phase» không hợp lệ («abc»): cần một số, ví dụ phase=1.");
  }

  @Test
  @DisplayName("không ai đạt thẩm định: đợt không có tờ trình, danh sách nói rõ; kế hoạch chưa phê duyệt chưa có đợt nào")
  void aPhaseWithNobodyPassedHasNoProposal() throws Exception {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    registeredAndReported(plan, "so-gddt");
    proposesOne(plan, "so-gddt", "Trần Thị Bình");
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    submitDossier(plan, "so-gddt");
    appraise(plan, "so-gddt", "CONCLUDE", Map.of("n1", "REJECT"), Map.of());
    boardHeadApprovesAppraisal(plan, "so-gddt");
    runAsynchronousContinuations();

    assertThat(proposals("canbo.bantdkt", plan, "").get("phases")).singleElement().satisfies(phase -> {
      assertThat(phase.get("proposal").asText()).isEqualTo("Không có tập thể, cá nhân nào đạt thẩm định: đợt không có tờ trình");
      assertThat(phase.get("rows")).isEmpty();
    });
    ProcessInstance notApproved = launch(seed000Plan("so-yte"));
    assertThat(proposals("canbo.bantdkt", notApproved, "").get("phases")).isEmpty();
    ResponseEntity<byte[]> reply = rest.withBasicAuth("canbo.bantdkt", DEMO_PASSWORD)
        .getForEntity("/api/proposals.xlsx?plan={p}", byte[].class, notApproved.getBusinessKey());
    assertThat(WorkbookFiles.rows(WorkbookFiles.parts(reply.getBody()).get(WorkbookFiles.SHEET)))
        .contains(List.of("Kế hoạch chưa bắt đầu đợt thi đua nào."));
  }

  @Test
  @DisplayName("mỗi đợt lập danh sách đề nghị mới: những gì danh sách đọc đều được đợt sau đặt lại")
  void everyPhaseStartsItsProposalAnew() {
    assertThat(StartPhase.LAST_PHASES_OWN).containsAll(ProposalList.OF_A_PHASE);
  }

  /** Sở Y tế proposes its Khoa Nội and Nguyễn Văn An, Sở GD&ĐT Trần Thị Bình; all pass and the board consolidates. */
  private ProcessInstance passedAppraisal() {
    ProcessInstance plan = launchedAndApproved("so-yte", "so-gddt");
    registeredAndReported(plan, "so-yte", "so-gddt");
    recordMeeting(plan, "so-yte", meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 8, 1, true),
        nominee("n2", "Khoa Nội", COLLECTIVE, 8, 1, true))));
    headApprovesSelection(plan, "so-yte");
    proposesOne(plan, "so-gddt", "Trần Thị Bình");
    allPassTheAppraisal(plan, "so-yte", "so-gddt");
    return plan;
  }

  private JsonNode proposals(String user, ProcessInstance plan, String query) {
    Http.Reply reply = http().call(user, "GET", "/api/proposals?plan="
        + URLEncoder.encode(plan.getBusinessKey(), StandardCharsets.UTF_8) + query, null);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("planNumber").asText()).isEqualTo(plan.getBusinessKey());
    return reply.body();
  }

  /** "Kind name: status; decision" of each row of the first phase. */
  private static List<String> rows(JsonNode proposals) {
    return StreamSupport.stream(proposals.get("phases").get(0).get("rows").spliterator(), false)
        .map(row -> row.get("kind").asText() + " " + row.get("name").asText() + ": " + row.get("status").asText() + "; "
            + row.get("decision").asText()).toList();
  }

  /** A row of the Excel list as the unit's nominee {@code id} was consolidated: name, position, work unit, achievements. */
  private List<String> row(ProcessInstance plan, String number, String kind, String id, String unitName, String letter,
      String status, String decision) {
    Map<?, ?> nominee = decided(plan, n -> true).stream()
        .filter(n -> id.equals(n.get("id")) && unitName.equals(n.get("unitName"))).findFirst().orElseThrow();
    return List.of(number, "Đợt thi đua", kind, (String) nominee.get("name"), text(nominee.get("position")),
        text(nominee.get("workUnit")), unitName, text(nominee.get("achievementSummary")), letter, status, decision);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private void assertRefused(String path, int status, String message) {
    Http.Reply reply = http().call("canbo.bantdkt", "GET", path, null);
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.text()).contains(message);
  }
}
