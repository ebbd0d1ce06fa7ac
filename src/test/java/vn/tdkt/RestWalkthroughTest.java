package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

/**
 * The contract's walk over plain HTTP (docs/process-contract.md): each official calls the
 * Camunda REST API with their own login and sees and does only their own work.
 */
@DisplayName("Đi một kế hoạch qua REST API bằng HTTP thuần")
class RestWalkthroughTest extends DriveTest {

  @LocalServerPort int port;

  @Test
  @DisplayName("mỗi người dùng chỉ thấy và làm việc của mình; dữ liệu sai được trả lời 400 bằng tiếng Việt")
  void walkAPlanOverRest() {
    assertThat(call(null, "GET", "/engine-rest/task", null).status()).isEqualTo(401);

    String bad = startBody("REST-" + System.nanoTime(), "2025-10-31", "[\\\"so-gddt\\\",\\\"so-yte\\\"]");
    Http.Reply refused = call("canbo.bantdkt", "POST", "/engine-rest/process-definition/key/emulationPlan/submit-form", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("Hạn đăng ký thi đua phải trước khi kết thúc thời gian thi đua.");

    assertThat(call("gddt.canbo", "POST", "/engine-rest/process-definition/key/emulationPlan/submit-form",
        startBody("REST-" + System.nanoTime(), "2024-10-31", "[\\\"so-gddt\\\"]")).status())
        .as("a unit officer may not launch a plan, nor even see it").isIn(403, 404);

    String planNumber = "REST-" + System.nanoTime();
    Http.Reply started = call("canbo.bantdkt", "POST", "/engine-rest/process-definition/key/emulationPlan/submit-form",
        startBody(planNumber, "2024-10-31", "[\\\"so-gddt\\\",\\\"so-yte\\\"]"));
    assertThat(started.status()).isEqualTo(200);
    String planId = started.body().get("id").asText();

    JsonNode approval = call("chutich.ubnd", "GET", "/engine-rest/task?maxResults=50&processInstanceId=" + planId, null).body();
    assertThat(approval).hasSize(1);
    assertThat(approval.get(0).get("name").asText()).isEqualTo("Phê duyệt kế hoạch");
    assertThat(call("chutich.ubnd", "POST", "/engine-rest/task/" + approval.get(0).get("id").asText() + "/complete",
        "{\"variables\":{\"planApproved\":{\"value\":true}}}").status()).isEqualTo(204);

    JsonNode gddtTasks = call("gddt.canbo", "GET", "/engine-rest/task?maxResults=50&processInstanceBusinessKeyLike=" + planNumber + "%25", null).body();
    assertThat(gddtTasks).hasSize(1);
    assertThat(gddtTasks.get(0).get("name").asText()).isEqualTo("Đăng ký thi đua");
    String gddtTask = gddtTasks.get(0).get("id").asText();
    assertThat(call("yte.canbo", "GET", "/engine-rest/task/" + gddtTask, null).status())
        .as("another unit cannot read the task").isIn(403, 404);
    assertThat(call("yte.canbo", "POST", "/engine-rest/task/" + gddtTask + "/complete",
        "{\"variables\":{\"registrationCommitments\":{\"value\":\"x\"}}}").status())
        .as("another unit cannot complete the task").isIn(403, 404);

    Http.Reply empty = call("gddt.canbo", "POST", "/engine-rest/task/" + gddtTask + "/complete", "{\"variables\":{}}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.text()).contains("Chưa nhập nội dung đăng ký thi đua");
    assertThat(call("gddt.canbo", "POST", "/engine-rest/task/" + gddtTask + "/complete",
        "{\"variables\":{\"registrationCommitments\":{\"value\":\"Hoàn thành 100% chỉ tiêu\"}}}").status()).isEqualTo(204);
  }

  private static String startBody(String number, String registrationDeadline, String unitsJson) {
    return """
        {"variables":{
          "planNumber":{"value":"%s"},
          "planTitle":{"value":"Đợt thi đua đặc biệt năm 2025"},
          "issuingAuthority":{"value":"UBND tỉnh Bắc Kạn"},
          "awardName":{"value":"Bằng khen của Chủ tịch UBND tỉnh"},
          "periodStart":{"value":"2024-10-01"}, "periodEnd":{"value":"2025-09-30"},
          "registrationDeadline":{"value":"%s"}, "reportDeadline":{"value":"2025-10-09"},
          "submissionOpens":{"value":"2025-10-14"}, "submissionCloses":{"value":"2025-10-16"},
          "participatingUnits":{"value":"%s","type":"Json"}}}
        """.formatted(number, registrationDeadline, unitsJson);
  }

  private Http.Reply call(String user, String method, String path, String body) {
    return new Http(port).call(user, method, path, body);
  }
}
