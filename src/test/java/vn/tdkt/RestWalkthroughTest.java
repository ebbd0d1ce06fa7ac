package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

/**
 * The contract's walk over plain HTTP (docs/process-contract.md): each official calls the
 * Camunda REST API with their own login and sees and does only their own work.
 */
@DisplayName("Đi một kế hoạch qua REST API bằng HTTP thuần")
class RestWalkthroughTest extends DriveTest {

  @Test
  @DisplayName("mỗi người dùng chỉ thấy và làm việc của mình; dữ liệu sai được trả lời 400 bằng tiếng Việt")
  void walkAPlanOverRest() {
    Http http = http();
    assertThat(http.call(null, "GET", "/engine-rest/task", null).status()).isEqualTo(401);

    long plansBefore = history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan").count();
    Http.Reply refused = http.call("canbo.bantdkt", "POST", "/api/plans", launchBody("REST-" + System.nanoTime(), "2025-10-31"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("problems").toString())
        .contains("Hạn đăng ký thi đua phải trước khi kết thúc thời gian thi đua.", "Không có đơn vị mã so-khong-co");
    assertThat(http.call("canbo.bantdkt", "POST", "/api/plans", "{\"planTemplate\":\"000-ubnd-tinh-dot-thi-dua-dac-biet\","
        + "\"planNumbr\":\"x\"}").body().get("problems").get(0).asText())
        .isEqualTo("Trường không có trong định dạng kế hoạch: planNumbr. Xem docs/plan-format.md.");
    assertThat(http.call("canbo.bantdkt", "POST", "/api/plans", "{\"planTemplate\":\"000-ubnd-tinh-dot-thi-dua-dac-biet\","
        + "\"planNumber\":\"x\",\"participatingUnits\":\"so-gddt\",\"registrationRequired\":\"có\"}").body().get("problems"))
        .extracting(JsonNode::asText).containsExactly(
            "Trường participatingUnits phải là danh sách chuỗi ký tự, ví dụ [\"so-gddt\", \"so-yte\"].",
            "Trường registrationRequired phải là true hoặc false.");
    assertThat(http.call("canbo.bantdkt", "POST", "/api/plans", "{\"planTemplate\":\"000-ubnd-tinh-dot-thi-dua-dac-biet\","
        + "\"planNumber\":\"x\",\"submitDirectly\":false}").body().get("problems").get(0).asText())
        .startsWith("Trường không có trong định dạng kế hoạch: submitDirectly");
    Http.Reply unreadable = http.call("canbo.bantdkt", "POST", "/api/plans", "{\"planTemplate\": ");
    assertThat(unreadable.status()).isEqualTo(400);
    assertThat(unreadable.body().get("problems").get(0).asText()).startsWith("Nội dung gửi lên không đọc được");
    Http.Reply notJson = http.call("canbo.bantdkt", DEMO_PASSWORD, "POST", "/api/plans", "application/x-www-form-urlencoded",
        HttpRequest.BodyPublishers.ofString("planTemplate=000-ubnd-tinh-dot-thi-dua-dac-biet"));
    assertThat(notJson.status()).as("curl -d without the JSON header").isEqualTo(415);
    assertThat(notJson.body().get("problems").get(0).asText()).startsWith("Nội dung gửi lên phải là JSON");
    Http.Reply wrongMethod = http.call("canbo.bantdkt", "DELETE", "/api/plans", null);
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.body().get("problems").get(0).asText()).isEqualTo("Địa chỉ này không nhận phương thức DELETE; dùng: POST.");
    assertThat(http.call("gddt.canbo", "POST", "/api/plans", launchBody("REST-" + System.nanoTime(), "2024-10-31")).status())
        .as("a unit officer may not launch a plan").isEqualTo(403);
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan").count())
        .as("nothing was started").isEqualTo(plansBefore);

    String planNumber = "REST-" + System.nanoTime();
    Http.Reply started = http.call("canbo.bantdkt", "POST", "/api/plans", launchBody(planNumber, "2024-10-31")
        .replace(", \"so-khong-co\"", ""));
    assertThat(started.status()).as(started.text()).isEqualTo(201);
    String planId = ownInstance(runtime.createProcessInstanceQuery().processInstanceId(started.body().get("id").asText())
        .singleResult()).getId();

    JsonNode approval = http.call("chutich.ubnd", "GET", "/engine-rest/task?maxResults=50&processInstanceId=" + planId, null).body();
    assertThat(approval).hasSize(1);
    assertThat(approval.get(0).get("name").asText()).isEqualTo("Phê duyệt kế hoạch");
    assertThat(http.call("chutich.ubnd", "POST", "/engine-rest/task/" + approval.get(0).get("id").asText() + "/complete",
        "{\"variables\":{\"planApproved\":{\"value\":true}}}").status()).isEqualTo(204);
    runAsynchronousContinuations();

    JsonNode gddtTasks = http.call("gddt.canbo", "GET", "/engine-rest/task?maxResults=50&processInstanceBusinessKeyLike=" + planNumber + "%25", null).body();
    assertThat(gddtTasks).hasSize(1);
    assertThat(gddtTasks.get(0).get("name").asText()).isEqualTo("Đăng ký thi đua");
    String gddtTask = gddtTasks.get(0).get("id").asText();
    assertThat(http.call("yte.canbo", "GET", "/engine-rest/task/" + gddtTask, null).status())
        .as("another unit cannot read the task").isIn(403, 404);
    assertThat(http.call("yte.canbo", "POST", "/engine-rest/task/" + gddtTask + "/complete",
        "{\"variables\":{\"registrationCommitments\":{\"value\":\"x\"}}}").status())
        .as("another unit cannot complete the task").isIn(403, 404);

    Http.Reply empty = http.call("gddt.canbo", "POST", "/engine-rest/task/" + gddtTask + "/complete", "{\"variables\":{}}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.text()).contains("Chưa nhập nội dung đăng ký thi đua");
    assertThat(http.call("gddt.canbo", "POST", "/engine-rest/task/" + gddtTask + "/complete",
        "{\"variables\":{\"registrationCommitments\":{\"value\":\"Hoàn thành 100% chỉ tiêu\"}}}").status()).isEqualTo(204);
  }

  /** Seed 000's template with the plan's own number, registration deadline and units (one not in the registry). */
  private static String launchBody(String number, String registrationDeadline) {
    return """
        {"planTemplate": "000-ubnd-tinh-dot-thi-dua-dac-biet", "planNumber": "%s", "registrationDeadline": "%s",
         "participatingUnits": ["so-gddt", "so-yte", "so-khong-co"]}
        """.formatted(number, registrationDeadline);
  }
}
