package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.WorkbookFiles;

@DisplayName("Công khai kết quả khen thưởng")
class PublicResultsTest extends DriveTest {

  @Autowired TestRestTemplate http;
  @Autowired AwardRegister register;

  /** Sở Y tế proposed the named nominee, who passed the appraisal; the board has signed the proposal. */
  private ProcessInstance proposedForDecision(String nominee) {
    return proposedForDecision("so-yte", nominee);
  }

  /** The page as anyone reads it, without signing in. */
  private ResponseEntity<String> publicPage(ProcessInstance plan) {
    return http.getForEntity("/cong-khai?plan={plan}", String.class, plan.getBusinessKey());
  }

  @Test
  @DisplayName("sau quyết định, ai cũng xem được tập thể, cá nhân được khen thưởng mà không cần đăng nhập;"
      + " trước quyết định, tên người được đề nghị chưa được công khai")
  void theDecidedAwardsArePublicOnceDecided() {
    ProcessInstance plan = proposedForDecision("Nguyễn Thị Hoa");

    ResponseEntity<String> beforeDecision = publicPage(plan);
    assertThat(beforeDecision.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(beforeDecision.getBody()).contains("Chưa có quyết định khen thưởng nào của kế hoạch số " + plan.getBusinessKey())
        .doesNotContain("Nguyễn Thị Hoa");

    allAwarded(plan, "1234/QĐ-UBND", "2025-10-15");

    ResponseEntity<String> decided = publicPage(plan);
    assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(decided.getBody()).contains("Quyết định số 1234/QĐ-UBND ngày 15/10/2025",
        "<td>Bằng khen của Chủ tịch UBND tỉnh</td><td>Cá nhân</td><td>Nguyễn Thị Hoa</td>", "<td>Sở Y tế</td>");
    assertThat(http.getForEntity("/api/awards?planNumber={plan}", String.class, plan.getBusinessKey()).getStatusCode())
        .as("the register's own API still asks who reads it").isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("trang chung hiện các quyết định trong 12 tháng qua; quyết định cũ hơn xem theo số kế hoạch")
  void withoutAPlanThePageShowsTheLastTwelveMonths() {
    ProcessInstance plan = proposedForDecision("Hoàng Thị Mười Hai");
    allAwarded(plan, "1236/QĐ-UBND", "2025-10-15");
    assertThat(http.getForEntity("/cong-khai", String.class).getBody()).contains("Hoàng Thị Mười Hai");

    at(LocalDateTime.of(2026, 10, 16, 9, 0));

    ResponseEntity<String> lastTwelveMonths = http.getForEntity("/cong-khai", String.class);
    assertThat(lastTwelveMonths.getBody()).contains("trong 12 tháng qua").doesNotContain("Hoàng Thị Mười Hai");
    assertThat(lastTwelveMonths.getHeaders().getCacheControl()).isEqualTo("max-age=300, public");
    assertThat(publicPage(plan).getBody()).contains("Quyết định số 1236/QĐ-UBND ngày 15/10/2025", "Hoàng Thị Mười Hai");
  }

  /** An administrator records over HTTP that the deciding authority withdrew a decision. */
  private ResponseEntity<String> withdraw(String user, String planNumber, String decisionNumber, String day, String reason) {
    return withdraw(user, new HashMap<>(Map.of("planNumber", planNumber, "decisionNumber", decisionNumber, "withdrawnOn", day,
        "reason", reason)));
  }

  private ResponseEntity<String> withdraw(String user, Map<String, String> request) {
    return http.withBasicAuth(user, DEMO_PASSWORD).postForEntity("/api/awards/withdrawals", request, String.class);
  }

  @Test
  @DisplayName("quyết định bị thu hồi thì không còn công khai; sổ khen thưởng vẫn giữ, ghi ngày và lý do thu hồi")
  void aWithdrawnDecisionLeavesThePublicList() throws Exception {
    ProcessInstance plan = proposedForDecision("Lý Văn Thu Hồi");
    allAwarded(plan, "1237/QĐ-UBND", "2025-10-15");
    at(LocalDateTime.of(2025, 11, 3, 9, 0));

    ResponseEntity<String> recorded = withdraw("admin", plan.getBusinessKey(), "1237/qđ-ubnd", "2025-11-03",
        "Quyết định 1300/QĐ-UBND ngày 03/11/2025: hồ sơ kê khai không đúng thành tích.");

    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(recorded.getBody()).contains("\"withdrawnAwards\":1");
    assertThat(publicPage(plan).getBody()).doesNotContain("Lý Văn Thu Hồi")
        .contains("Chưa có quyết định khen thưởng nào của kế hoạch số");
    assertThat(http.withBasicAuth("canbo.bantdkt", DEMO_PASSWORD)
        .getForEntity("/api/awards?planNumber={plan}", String.class, plan.getBusinessKey()).getBody())
        .contains("Lý Văn Thu Hồi", "\"withdrawnOn\":\"2025-11-03\"", "hồ sơ kê khai không đúng thành tích");
    byte[] list = http.withBasicAuth("canbo.bantdkt", DEMO_PASSWORD)
        .getForEntity("/api/awards.xlsx?planNumber={plan}", byte[].class, plan.getBusinessKey()).getBody();
    assertThat(WorkbookFiles.rows(WorkbookFiles.parts(list).get(WorkbookFiles.SHEET)).get(1)).last().isEqualTo(
        "Thu hồi ngày 03/11/2025: Quyết định 1300/QĐ-UBND ngày 03/11/2025: hồ sơ kê khai không đúng thành tích.");
    assertThat(http.withBasicAuth("canbo.bantdkt", DEMO_PASSWORD)
        .getForEntity("/api/proposals?plan={plan}", String.class, plan.getBusinessKey()).getBody())
        .as("the board's proposal list says the award was withdrawn")
        .contains("Được khen thưởng theo Quyết định số 1237/QĐ-UBND ngày 15/10/2025; quyết định đã bị thu hồi ngày"
            + " 03/11/2025 (lý do: Quyết định 1300/QĐ-UBND ngày 03/11/2025: hồ sơ kê khai không đúng thành tích)");
    assertThat(withdraw("admin", plan.getBusinessKey(), "1237/QĐ-UBND", "2025-11-03", "Ghi lại.").getBody())
        .contains("đã được ghi thu hồi trước đó");
  }

  @Test
  @DisplayName("thu hồi ghi nhầm thì quản trị hủy được, nêu lý do; khen thưởng công khai trở lại")
  void aWithdrawalRecordedByMistakeIsUndone() {
    ProcessInstance plan = proposedForDecision("Trịnh Văn Ghi Nhầm");
    allAwarded(plan, "1240/QĐ-UBND", "2025-10-15");
    String planNumber = plan.getBusinessKey();
    withdraw("admin", planNumber, "1240/QĐ-UBND", "2025-10-15", "Quyết định 1302/QĐ-UBND ngày 15/10/2025.");

    assertThat(undo("canbo.bantdkt", planNumber, "1240/QĐ-UBND", "Ghi nhầm số quyết định.").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> noReason = undo("admin", planNumber, "1240/QĐ-UBND", " ");
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("Chưa nhập lý do hủy việc ghi thu hồi.");
    assertThat(publicPage(plan).getBody()).doesNotContain("Trịnh Văn Ghi Nhầm");

    ResponseEntity<String> undone = undo("admin", planNumber, "1240/qđ-ubnd", "Ghi nhầm: quyết định bị thu hồi là 1241/QĐ-UBND.");

    assertThat(undone.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(undone.getBody()).contains("\"restoredAwards\":1");
    assertThat(publicPage(plan).getBody()).contains("Trịnh Văn Ghi Nhầm");
    assertThat(register.find(planNumber, "Trịnh Văn Ghi Nhầm")).singleElement().satisfies(award -> assertThat(award)
        .extracting(AwardRegister.Award::withdrawnOn, AwardRegister.Award::withdrawalReason, AwardRegister.Award::withdrawnBy)
        .containsOnlyNulls());
    assertThat(undo("admin", planNumber, "1240/QĐ-UBND", "Hủy lần nữa.").getBody())
        .contains("Quyết định số 1240/QĐ-UBND của kế hoạch số " + planNumber + " chưa được ghi thu hồi.");
  }

  private ResponseEntity<String> undo(String user, String planNumber, String decisionNumber, String reason) {
    return http.withBasicAuth(user, DEMO_PASSWORD).postForEntity("/api/awards/withdrawals/undo",
        Map.of("planNumber", planNumber, "decisionNumber", decisionNumber, "reason", reason), String.class);
  }

  @Test
  @DisplayName("ghi thu hồi sai thì bị từ chối, nêu rõ lý do, sổ khen thưởng không đổi; chỉ quản trị được ghi")
  void aWrongWithdrawalIsRefused() {
    ProcessInstance plan = proposedForDecision("Phan Thị Còn Nguyên");
    allAwarded(plan, "1238/QĐ-UBND", "2025-10-15");
    String planNumber = plan.getBusinessKey();

    assertThat(withdraw("canbo.bantdkt", planNumber, "1238/QĐ-UBND", "2025-10-15", "Thu hồi.").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> refused = withdraw("admin", planNumber, "9999/QĐ-UBND", "2025-10-20", " ");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Sổ khen thưởng không có quyết định số 9999/QĐ-UBND của kế hoạch số " + planNumber,
        "Ngày thu hồi không được sau ngày hôm nay.", "Chưa nhập lý do thu hồi");
    assertThat(withdraw("admin", planNumber, "1238/QĐ-UBND", "2025-10-14", "Thu hồi.").getBody())
        .contains("Ngày thu hồi (14/10/2025) không được trước ngày quyết định (15/10/2025).");
    assertThat(publicPage(plan).getBody()).contains("Phan Thị Còn Nguyên");
  }

  @Test
  @DisplayName("cùng số quyết định được ghi từ hai phiên của một kế hoạch (hai đơn vị tổ chức Đại hội) thì phải chỉ rõ phiên;"
      + " chỉ quyết định của phiên đó bị thu hồi")
  void aDecisionNumberTwoInstancesRecordedNeedsItsInstance() {
    ProcessInstance plan = proposedForDecision("Vũ Thị Phiên Một");
    allAwarded(plan, "1239/QĐ-UBND", "2025-10-15");
    String planNumber = plan.getBusinessKey();
    register.recordAll("phien-dai-hoi-khac", "1239/QĐ-UBND", List.of(new AwardRegister.Award(planNumber, "Đại hội thi đua",
        "Giấy khen", "Đỗ Văn Phiên Hai", INDIVIDUAL, null, "ubnd-ba-be", "UBND huyện Ba Bể", "1239/QĐ-UBND",
        LocalDate.of(2025, 10, 15), "phien-dai-hoi-khac")));
    Map<String, String> request = new HashMap<>(Map.of("planNumber", planNumber, "decisionNumber", "1239/QĐ-UBND",
        "withdrawnOn", "2025-10-15", "reason", "Quyết định 1301/QĐ-UBND ngày 15/10/2025."));

    assertThat(withdraw("admin", request).getBody()).contains("được ghi từ 2 phiên", "phien-dai-hoi-khac (UBND huyện Ba Bể)",
        "cần ghi rõ planProcessInstanceId");
    assertThat(publicPage(plan).getBody()).contains("Vũ Thị Phiên Một", "Đỗ Văn Phiên Hai");

    request.put("planProcessInstanceId", plan.getId());
    assertThat(withdraw("admin", request).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(publicPage(plan).getBody()).doesNotContain("Vũ Thị Phiên Một").contains("Đỗ Văn Phiên Hai");
    assertThat(register.find(planNumber, "Vũ Thị Phiên Một")).singleElement()
        .satisfies(award -> assertThat(award.withdrawnBy()).isEqualTo("admin"));
  }

  @Test
  @DisplayName("tên do đơn vị nhập và số kế hoạch người xem gõ hiện đúng như đã nhập, không thành mã của trang")
  void typedTextShowsAsTyped() {
    ProcessInstance plan = proposedForDecision("Tổ <script>alert(1)</script> Nội khoa");
    allAwarded(plan, "1235/QĐ-UBND", "2025-10-15");

    assertThat(publicPage(plan).getBody()).contains("Tổ &lt;script&gt;alert(1)&lt;/script&gt; Nội khoa")
        .doesNotContain("<script>");
    ResponseEntity<String> typedPlan = http.getForEntity("/cong-khai?plan={plan}", String.class, "\"><script>alert(2)</script>");
    assertThat(typedPlan.getBody()).contains("value=\"&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;\"",
        "kế hoạch số &quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;.").doesNotContain("<script>");
    assertThat(typedPlan.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'none'");
  }
}
