package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.tdkt.support.DriveTest;

@DisplayName("Công khai kết quả khen thưởng")
class PublicResultsTest extends DriveTest {

  @Autowired TestRestTemplate http;

  /** Sở Y tế proposed the named nominee, who passed the appraisal; the board has signed the proposal. */
  private ProcessInstance proposedForDecision(String nominee) {
    ProcessInstance plan = launchedAndApproved("so-yte");
    registeredAndReported(plan, "so-yte");
    proposesOne(plan, "so-yte", nominee);
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    submitDossier(plan, "so-yte");
    appraise(plan, "so-yte", "CONCLUDE", Map.of("n1", "PASS"), Map.of());
    boardHeadApprovesAppraisal(plan, "so-yte");
    runAsynchronousContinuations();
    proposed(plan, "2025-10-15");
    return plan;
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
