package vn.tdkt.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Tình hình thực hiện kế hoạch: Ban theo dõi từng đơn vị đang ở bước nào")
class PlanProgressTest extends DriveTest {

  /** "place: status | open steps (last day, overdue) | steps done" per line; the plan's own line has place "-". */
  private static List<String> lines(JsonNode progress) {
    List<String> lines = new ArrayList<>();
    progress.get("lines").forEach(line -> {
      List<String> open = new ArrayList<>();
      line.get("open").forEach(s -> open.add(s.get("step").asText() + " (" + s.get("lastDay").asText()
          + (s.get("overdue").asBoolean() ? ", quá hạn)" : ")")));
      List<String> done = new ArrayList<>();
      line.get("done").forEach(s -> done.add(s.asText()));
      lines.add((line.get("place").isNull() ? "-" : line.get("place").asText()) + ": " + line.get("status").asText()
          + " | " + String.join(", ", open) + " | " + String.join(", ", done));
    });
    return lines;
  }

  @Test
  @DisplayName("Ban và Chủ tịch thấy bước đang mở và hạn của kế hoạch và của từng đơn vị, việc quá hạn, đơn vị kết thúc thế nào;"
      + " đơn vị không xem được")
  void theBoardFollowsEveryUnit() {
    ProcessInstance plan = launch(seed000Plan("so-gddt", "so-yte"));
    at(LocalDateTime.of(2024, 10, 7, 9, 0));

    JsonNode waiting = progress("canbo.bantdkt", plan.getBusinessKey(), null);
    assertThat(waiting.get("plan").asText()).isEqualTo("Kế hoạch thi đua");
    assertThat(waiting.get("status").asText()).isEqualTo("Đang thực hiện");
    assertThat(lines(waiting)).containsExactly("-: Đang thực hiện | Phê duyệt kế hoạch (04/10/2024, quá hạn) | ");

    as("chutich.ubnd", () -> complete(task(plan, "approvePlan"), Map.of("planApproved", true)));
    register(plan, "so-gddt");
    at(LocalDateTime.of(2024, 11, 1, 9, 0));
    assertThat(lines(progress("truongban.bantdkt", plan.getBusinessKey(), null))).containsExactly(
        "-: Đang thực hiện |  | Phê duyệt kế hoạch",
        "so-gddt: Đang thực hiện |  | Đăng ký thi đua",
        "so-yte: Đang thực hiện | Đôn đốc đăng ký thi đua (08/11/2024) | ");
    complete(unitTask(plan, "so-yte", "followUpRegistration"), Map.of("registrationExtended", false));

    JsonNode ofYte = progress("giamsat", plan.getBusinessKey(), "so-yte");
    assertThat(lines(ofYte)).containsExactly("-: Đang thực hiện |  | Phê duyệt kế hoạch",
        "so-yte: Đơn vị không đăng ký thi đua |  | Đôn đốc đăng ký thi đua");
    assertThat(ofYte.get("lines").get(1).get("process").asText()).isEqualTo("Thi đua của đơn vị");
    assertThat(ofYte.get("lines").get(1).get("facts").get("unitName").asText()).isEqualTo("Sở Y tế");
    assertThat(ofYte.get("lines").get(1).get("facts").get("unitStatus").asText()).isEqualTo("NOT_REGISTERED");

    Http.Reply refused = http().call("gddt.canbo", "GET", "/api/progress?plan="
        + URLEncoder.encode(plan.getBusinessKey(), StandardCharsets.UTF_8), null);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().get("message").asText())
        .isEqualTo("Chỉ cơ quan thẩm định, người có thẩm quyền quyết định, người giám sát và quản trị hệ thống xem được tình"
            + " hình thực hiện kế hoạch.");
    assertThat(lines(progress("chutich.ubnd", plan.getBusinessKey(), "so-yte"))).as("the Chairman follows the plan he decides")
        .contains("so-yte: Đơn vị không đăng ký thi đua |  | Đôn đốc đăng ký thi đua");
    Http.Reply unknown = http().call("canbo.bantdkt", "GET", "/api/progress?plan=999/KH-KHONGCO", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().get("message").asText()).startsWith("Không có kế hoạch nào số 999/KH-KHONGCO.");
    assertThat(http().call("canbo.bantdkt", "GET", "/api/progress", null).status()).isEqualTo(400);
  }

  @Test
  @DisplayName("báo cáo kết quả của đơn vị, kể cả gửi sau khi Ban đã tổng hợp, đọc được trong tình hình thực hiện")
  void theUnitsReportIsReadWhereTheBoardFollowsIt() {
    Map<String, Object> reportDeadlineNotFinal = seed000Plan("so-gddt");
    reportDeadlineNotFinal.put("finalDeadlines", json(List.of("registration", "submission", "supplement")));
    ProcessInstance plan = launch(reportDeadlineNotFinal);
    as("chutich.ubnd", () -> complete(task(plan, "approvePlan"), Map.of("planApproved", true)));
    register(plan, "so-gddt");
    at(LocalDateTime.of(2025, 10, 10, 9, 0));
    complete(task(plan, "consolidateReports"), Map.of("reportsSummary", "Sở GD&ĐT chưa báo cáo đúng hạn."));
    assertThat(plan).isNotWaitingAt("consolidateReports");

    reportResults(plan, "so-gddt");

    assertThat(progress("canbo.bantdkt", plan.getBusinessKey(), "so-gddt").get("lines").get(1).get("facts")
        .get("resultsReport").asText()).isEqualTo("Đơn vị đạt 12/12 chỉ tiêu.");
  }
}
