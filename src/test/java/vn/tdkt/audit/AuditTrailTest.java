package vn.tdkt.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Nhật ký thao tác: ai làm gì, lúc nào, theo kế hoạch hoặc theo người được đề nghị")
class AuditTrailTest extends DriveTest {


  /** Seed 000 walked by each official in their own name, up to the board head's approval of a rejection. */
  private ProcessInstance appraisedPlan() {
    ProcessInstance[] plan = new ProcessInstance[1];
    as("canbo.bantdkt", () -> plan[0] = launch(seed000Plan("so-gddt")));
    as("chutich.ubnd", () -> complete(task(plan[0], "approvePlan"), Map.of("planApproved", true)));
    as("gddt.canbo", () -> register(plan[0], "so-gddt"));
    at(LocalDateTime.of(2025, 10, 1, 8, 0));
    as("gddt.canbo", () -> reportResults(plan[0], "so-gddt"));
    as("gddt.thuky", () -> recordMeeting(plan[0], "so-gddt", meeting(9, List.of(
        nominee("n1", "Trần Thị Bình", INDIVIDUAL, 8, 1, true),
        nominee("n2", "Lê Văn Cường", INDIVIDUAL, 7, 2, false)))));
    as("gddt.thutruong", () -> headApprovesSelection(plan[0], "so-gddt"));
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    as("gddt.canbo", () -> submitDossier(plan[0], "so-gddt"));
    as("canbo.bantdkt", () -> appraise(plan[0], "so-gddt", "CONCLUDE", Map.of("n1", "REJECT"), Map.of()));
    as("truongban.bantdkt", () -> boardHeadApprovesAppraisal(plan[0], "so-gddt"));
    return plan[0];
  }

  @Test
  @DisplayName("Ban TĐKT (hay ban mà kế hoạch giao) xem được cả quá trình của kế hoạch: phát động, phê duyệt, đăng ký, họp xét, nộp hồ sơ, thẩm định có lý do, đơn vị nhận kết quả")
  void theBoardReadsTheWholeTrail() {
    ProcessInstance plan = appraisedPlan();
    runAsynchronousContinuations();
    as("gddt.canbo", () -> unitsAcknowledgeOutcome(plan));

    Http.Reply reply = http().call("canbo.bantdkt", "GET", "/api/audit?plan=" + encoded(plan.getBusinessKey()), null);

    assertThat(reply.status()).isEqualTo(200);
    List<String> lines = lines(reply.body());
    assertThat(lines).containsSubsequence(
        "canbo.bantdkt Create Phát động kế hoạch -",
        "chutich.ubnd Complete Phê duyệt kế hoạch -",
        "gddt.canbo Complete Đăng ký thi đua so-gddt",
        "gddt.canbo Complete Báo cáo kết quả thi đua so-gddt",
        "gddt.thuky Complete Ghi kết quả họp xét so-gddt",
        "gddt.thutruong Complete Duyệt đề nghị của đơn vị so-gddt",
        "gddt.canbo Complete Nộp hồ sơ đề nghị khen thưởng so-gddt",
        "canbo.bantdkt Complete Thẩm định hồ sơ so-gddt",
        "truongban.bantdkt Complete Duyệt kết quả thẩm định so-gddt",
        "gddt.canbo Complete Nhận kết quả khen thưởng so-gddt");
    JsonNode approval = entry(reply.body(), "Phê duyệt kế hoạch");
    assertThat(approval.get("values").get("planApproved").asBoolean()).isTrue();
    assertThat(OffsetDateTime.parse(approval.get("time").asText()).toInstant()).as("when the Chairman approved").isEqualTo(
        history.createHistoricTaskInstanceQuery().processInstanceId(plan.getId()).taskDefinitionKey("approvePlan")
            .singleResult().getEndTime().toInstant());
    assertThat(entry(reply.body(), "Phát động kế hoạch").get("values").get("planNumber").asText())
        .isEqualTo(plan.getBusinessKey());
    JsonNode appraisal = entry(reply.body(), "Thẩm định hồ sơ");
    assertThat(appraisal.get("values").get("nominees").asText()).contains("REJECT", "Thành tích chưa đạt tiêu chuẩn của kế hoạch.");
    assertThat(entry(reply.body(), "Nộp hồ sơ đề nghị khen thưởng").get("values").get("proposalLetterFile").asText())
        .isEqualTo("Tệp: to-trinh.pdf");

    // A plan may name its own board (seed 001: the Office's HR unit); role-groups.csv gives it the board's rights.
    assertThat(lines(http().call("vp.hctc.truongphong", "GET", "/api/audit?plan=" + encoded(plan.getBusinessKey()), null)
        .body())).isEqualTo(lines);
  }

  @Test
  @DisplayName("theo một người được đề nghị: chỉ các bước nói đến người đó")
  void trailOfOneNominee() {
    ProcessInstance plan = appraisedPlan();
    Http http = http();

    List<String> ofBinh = lines(http.call("truongban.bantdkt", "GET", "/api/audit?plan=" + encoded(plan.getBusinessKey())
        + "&nominee=" + encoded("Trần Thị Bình"), null).body());
    assertThat(ofBinh).contains("gddt.thuky Complete Ghi kết quả họp xét so-gddt",
        "canbo.bantdkt Complete Thẩm định hồ sơ so-gddt").doesNotContain("gddt.canbo Complete Đăng ký thi đua so-gddt");
    String typedWithCombiningAccents = java.text.Normalizer.normalize("Trần Thị Bình", java.text.Normalizer.Form.NFD);
    assertThat(lines(http.call("truongban.bantdkt", "GET", "/api/audit?plan=" + encoded(plan.getBusinessKey())
        + "&nominee=" + encoded(typedWithCombiningAccents), null).body())).as("the same name typed with combining accents")
        .isEqualTo(ofBinh);
    assertThat(lines(http.call("admin", "GET", "/api/audit?nominee=n1&plan=" + encoded(plan.getBusinessKey()), null).body()))
        .contains("gddt.canbo Complete Nộp hồ sơ đề nghị khen thưởng so-gddt");
  }

  @Test
  @DisplayName("theo một người được đề nghị trên mọi kế hoạch: các bước nói đến người đó ở kế hoạch có người đó, kể cả quyết định của Chủ tịch; không bước nào của kế hoạch khác")
  void trailOfOneNomineeAcrossEveryPlan() {
    ProcessInstance elsewhere = appraisedPlan();
    at(LocalDateTime.of(2024, 9, 20, 9, 0));
    String nguyet = "Tôn Nữ Thị Nguyệt";
    ProcessInstance[] plan = new ProcessInstance[1];
    as("admin", () -> {
      plan[0] = proposedForDecision("so-yte", nguyet);
      allAwarded(plan[0], "88/QĐ-UBND", "2025-10-15");
    });

    JsonNode ofNguyet = http().call("canbo.bantdkt", "GET", "/api/audit?nominee=" + encoded("ton nu thi nguyet"), null).body();

    assertThat(lines(ofNguyet)).contains("admin Complete Ghi kết quả họp xét so-yte", "admin Complete Thẩm định hồ sơ so-yte",
        "admin Complete Quyết định khen thưởng -").doesNotContain("admin Complete Đăng ký thi đua so-yte");
    assertThat(ofNguyet.findValuesAsText("planNumber")).containsOnly(plan[0].getBusinessKey());
    assertThat(http().call("canbo.bantdkt", "GET", "/api/audit?nominee=" + encoded("Trần Thị Bình"), null).body()
        .findValuesAsText("planNumber")).contains(elsewhere.getBusinessKey()).doesNotContain(plan[0].getBusinessKey());
  }

  @Test
  @DisplayName("tìm trên mọi kế hoạch gặp cả kế hoạch đang soạn trên Tasklist, chưa có số")
  void aSearchAcrossEveryPlanReachesAPlanStillInDraft() {
    Http.Reply chosen = http().call("canbo.bantdkt", "POST", "/engine-rest/process-definition/key/emulationPlan/submit-form",
        "{\"variables\": {\"planTemplate\": {\"value\": \"001-van-phong-ubnd-tinh-hai-dot\"}}}");
    assertThat(chosen.status()).as(chosen.text()).isEqualTo(200);

    Http.Reply reply = http().call("canbo.bantdkt", "GET", "/api/audit?nominee=" + encoded("001-van-phong-ubnd-tinh-hai-dot"), null);

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.body().findParents("step")).as("the draft's start, the template among its values")
        .anyMatch(e -> e.get("planNumber").isNull() && "Phát động kế hoạch".equals(e.get("step").asText())
            && "canbo.bantdkt".equals(e.get("user").asText()));
  }

  @Test
  @DisplayName("đơn vị và người không đăng nhập không xem được nhật ký; không ai ngoài quản trị xoá hay sửa được lịch sử")
  void unitsNeitherReadNorAlterTheTrail() {
    ProcessInstance plan = appraisedPlan();
    Http http = http();
    String query = "/api/audit?plan=" + encoded(plan.getBusinessKey());

    Http.Reply refused = http.call("gddt.canbo", "GET", query, null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().get("message").asText()).isEqualTo("Chỉ Ban Thi đua - Khen thưởng và quản trị xem được nhật ký thao tác.");
    assertThat(http.call("gddt.thutruong", "GET", query, null).status()).isEqualTo(403);
    assertThat(http.call(null, "GET", query, null).status()).isEqualTo(401);
    assertThat(http.call("canbo.bantdkt", "GET", "/api/audit", null).status()).isEqualTo(400);
    Http.Reply unknown = http.call("canbo.bantdkt", "GET", "/api/audit?plan=" + encoded("999/KH-KHONGCO"), null);
    assertThat(unknown.status()).as("a plan number nobody launched is not an empty trail").isEqualTo(404);
    assertThat(unknown.body().get("message").asText()).startsWith("Không có kế hoạch thi đua số 999/KH-KHONGCO.");

    String line = history.createHistoricProcessInstanceQuery().processDefinitionKey("unitDrive")
        .superProcessInstanceId(plan.getId()).singleResult().getId();
    UserOperationLogEntry logged = history.createUserOperationLogQuery().processInstanceId(line).listPage(0, 1).get(0);
    String variable = history.createHistoricVariableInstanceQuery().processInstanceId(line).variableName("nominees")
        .singleResult().getId();
    long entries = history.createUserOperationLogQuery().operationId(logged.getOperationId()).count();
    // Camunda's REST has no delete for the operation log itself: deleting the line's history is what would erase it.
    for (String user : List.of("gddt.canbo", "canbo.bantdkt", "truongban.bantdkt")) {
      assertRefused(http.call(user, "DELETE", "/engine-rest/history/process-instance/" + line, null), user);
      assertRefused(http.call(user, "DELETE", "/engine-rest/history/variable-instance/" + variable, null), user);
      assertRefused(http.call(user, "PUT", "/engine-rest/history/user-operation/" + logged.getOperationId() + "/set-annotation",
          "{\"annotation\":\"đã sửa\"}"), user);
    }
    assertThat(lines(http.call("canbo.bantdkt", "GET", query, null).body()))
        .contains("canbo.bantdkt Complete Thẩm định hồ sơ so-gddt");
    assertThat(history.createUserOperationLogQuery().operationId(logged.getOperationId()).count()).isEqualTo(entries);
    assertThat(history.createUserOperationLogQuery().operationId(logged.getOperationId()).listPage(0, 1).get(0)
        .getAnnotation()).isNull();
    assertThat(history.createHistoricVariableInstanceQuery().variableId(variable).count()).isOne();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(line).count()).isOne();
  }

  /** Refused by the engine's authorization check: a misspelt path (404) would pass for the wrong reason. */
  @Test
  @DisplayName("quản trị thu hồi quyền xem lịch sử của một cán bộ Ban thì cán bộ đó không xem được nhật ký, tiến độ, danh sách đề nghị và việc quá hạn; cấp lại thì xem được")
  void aRevokedBoardOfficerReadsNoReport() {
    ProcessInstance plan = appraisedPlan();
    String number = encoded(plan.getBusinessKey());
    List<String> reports = List.of("/api/audit?plan=" + number, "/api/progress?plan=" + number,
        "/api/proposals?plan=" + number, "/api/overdue");
    Authorization revoke = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("canbo.bantdkt");
    revoke.setResource(Resources.PROCESS_DEFINITION);
    revoke.setResourceId("unitDrive");
    revoke.removePermission(Permissions.READ_HISTORY);
    engine.getAuthorizationService().saveAuthorization(revoke);
    try {
      for (String report : reports) {
        Http.Reply refused = http().call("canbo.bantdkt", "GET", report, null);
        assertThat(refused.status()).as(report + ": " + refused.text()).isEqualTo(403);
        assertThat(refused.text()).as(report).contains("thu hồi quyền xem lịch sử");
        assertThat(http().call("truongban.bantdkt", "GET", report, null).status()).as("another board member, " + report)
            .isNotEqualTo(403);
      }
    } finally {
      engine.getAuthorizationService().deleteAuthorization(revoke.getId());
    }
    assertThat(http().call("canbo.bantdkt", "GET", reports.get(0), null).status()).isEqualTo(200);
  }

  private static void assertRefused(Http.Reply reply, String user) {
    assertThat(reply.status()).as(user + ": " + reply.text()).isEqualTo(403);
    assertThat(reply.body().path("type").asText()).as(user).isEqualTo("AuthorizationException");
  }

  @Test
  @DisplayName("kế hoạch phát động nhầm đã bị hủy rồi phát động lại cùng số: nhật ký cho biết thao tác nào thuộc kế hoạch đã hủy")
  void aCancelledPlansOperationsAreMarked() {
    Map<String, Object> data = seed000Plan("so-gddt");
    ProcessInstance[] plans = new ProcessInstance[2];
    as("canbo.bantdkt", () -> plans[0] = launch(data));
    assertThat(http().call("admin", "DELETE", "/engine-rest/process-instance/" + plans[0].getId(), null).status()).isEqualTo(204);
    as("canbo.bantdkt", () -> plans[1] = launch(data));
    as("chutich.ubnd", () -> complete(task(plans[1], "approvePlan"), Map.of("planApproved", true)));

    JsonNode trail = http().call("canbo.bantdkt", "GET", "/api/audit?plan=" + encoded(plans[1].getBusinessKey()), null).body();

    assertThat(trail.findParents("step")).extracting(e -> e.get("step").asText() + " " + e.get("planCancelled").asBoolean())
        .containsExactly("Phát động kế hoạch true", "Hủy kế hoạch true", "Phát động kế hoạch false", "Phê duyệt kế hoạch false");
  }

  /** "user operation step unit" per entry, "-" for the plan's own steps. */
  private static List<String> lines(JsonNode entries) {
    List<String> lines = new ArrayList<>();
    entries.forEach(e -> lines.add(e.get("user").asText() + " " + e.get("operation").asText() + " "
        + e.get("step").asText() + " " + (e.get("unitCode").isNull() ? "-" : e.get("unitCode").asText())));
    return lines;
  }

  private static JsonNode entry(JsonNode entries, String step) {
    for (JsonNode e : entries) {
      if (step.equals(e.get("step").asText())) {
        return e;
      }
    }
    throw new AssertionError("no entry for " + step + " in " + entries);
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
