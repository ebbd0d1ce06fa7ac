package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Ý kiến trên công việc")
class TaskCommentsPluginTest extends DriveTest {

  private static final String REMINDER = "Nhắc hạn: việc \"Đăng ký thi đua\" cần hoàn thành đến hết ngày 31/10/2024.";

  @Test
  @DisplayName("cán bộ đơn vị đọc lời nhắc hạn và các thao tác trên việc của mình, ghi thêm ý kiến; đơn vị khác không đọc được")
  void theUnitReadsItsTaskHistoryAndComments() {
    String registration = remindedRegistration();
    String comments = "/engine-rest/task/" + registration + "/comment";

    // Offered to the officer's group, not yet claimed by anyone.
    assertThat(http().call("gddt.canbo", "POST", comments + "/create", "{\"message\": \"Đơn vị đăng ký trong ngày.\"}")
        .status()).isEqualTo(200);
    Http.Reply read = http().call("gddt.canbo", "GET", comments, null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(texts(read, "message")).containsExactlyInAnyOrder(REMINDER, "Đơn vị đăng ký trong ngày.");

    // Tasklist's History tab lists the task's operations too.
    assertThat(http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration + "/claim",
        "{\"userId\": \"gddt.canbo\"}").status()).isEqualTo(204);
    Http.Reply operations = http().call("gddt.canbo", "GET",
        "/engine-rest/history/user-operation?taskId=" + registration + "&maxResults=50", null);
    assertThat(texts(operations, "operationType")).contains("Claim");
    assertThat(http().call("yte.canbo", "GET", comments, null).status()).isEqualTo(404);
    assertThat(texts(http().call("yte.canbo", "GET",
        "/engine-rest/history/user-operation?taskId=" + registration + "&maxResults=50", null), "operationType")).isEmpty();
  }

  @Test
  @DisplayName("giám sát đọc ý kiến trên việc của đơn vị nhưng không ghi được")
  void theMonitorReadsButDoesNotComment() {
    String registration = remindedRegistration();
    String comments = "/engine-rest/task/" + registration + "/comment";

    assertThat(texts(http().call("giamsat", "GET", comments, null), "message")).containsExactly(REMINDER);
    Http.Reply refused = http().call("giamsat", "POST", comments + "/create", "{\"message\": \"Giám sát ghi.\"}");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().path("message").asText()).startsWith("Tài khoản giamsat không có quyền xử lý công việc này.");
    assertThat(tasks.getTaskComments(registration)).extracting(Comment::getFullMessage).containsExactly(REMINDER);
  }

  @Test
  @DisplayName("ý kiến trên công việc không gắn được vào quy trình khác, kể cả quy trình đã kết thúc")
  void aCommentStaysWithItsTask() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-yte");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();
    String otherLine = unitDrive(plan, "so-yte").getId();
    runtime.deleteProcessInstance(otherLine, "thử: quy trình đã kết thúc");

    Http.Reply refused = http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration + "/comment/create",
        "{\"message\": \"Ghi nhầm chỗ.\", \"processInstanceId\": \"" + otherLine + "\"}");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().path("message").asText()).isEqualTo(TaskCommentsPlugin.ON_A_TASK);
    assertThat(tasks.getProcessInstanceComments(otherLine)).isEmpty();
  }

  @Test
  @DisplayName("người ngoài đơn vị được giao việc của đơn vị không đọc được lịch sử của đơn vị khi việc đã xong")
  void aTaskHandedOutsideTheUnitOpensNoHistory() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String line = unitDrive(plan, "so-gddt").getId();
    tasks.setAssignee(unitTask(plan, "so-gddt", "registerUnit").getId(), "yte.canbo");
    as("yte.canbo", () -> register(plan, "so-gddt"));
    String variables = "/engine-rest/history/variable-instance?processInstanceId=" + line + "&maxResults=100";

    assertThat(texts(http().call("gddt.canbo", "GET", variables, null), "name")).contains("registrationCommitments");
    assertThat(texts(http().call("yte.canbo", "GET", variables, null), "name")).isEmpty();
  }

  @Test
  @DisplayName("cán bộ sửa, xóa được ý kiến của mình, không xóa được lời nhắc của hệ thống")
  void officialsChangeOnlyTheirOwnComments() {
    String registration = remindedRegistration();
    String comments = "/engine-rest/task/" + registration + "/comment";
    String reminder = tasks.getTaskComments(registration).get(0).getId();
    String own = http().call("gddt.canbo", "POST", comments + "/create", "{\"message\": \"Đăng ký chiều nay.\"}")
        .body().path("id").asText();

    for (Http.Reply refused : List.of(http().call("gddt.canbo", "DELETE", comments + "/" + reminder, null),
        http().call("gddt.canbo", "DELETE", comments, null),
        http().call("gddt.canbo", "PUT", comments, "{\"id\": \"" + reminder + "\", \"message\": \"Đã xong.\"}"))) {
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.body().path("message").asText()).isEqualTo(TaskCommentsPlugin.NOT_YOUR_COMMENT);
    }
    assertThat(http().call("gddt.canbo", "PUT", comments, "{\"id\": \"" + own + "\", \"message\": \"Đăng ký sáng mai.\"}")
        .status()).isEqualTo(204);
    assertThat(tasks.getTaskComments(registration)).extracting(Comment::getFullMessage)
        .containsExactlyInAnyOrder(REMINDER, "Đăng ký sáng mai.");
    assertThat(http().call("gddt.canbo", "DELETE", comments + "/" + own, null).status()).isEqualTo(204);
    assertThat(tasks.getTaskComments(registration)).extracting(Comment::getFullMessage).containsExactly(REMINDER);
  }

  @Test
  @DisplayName("tệp đính kèm công việc bị từ chối: tệp của hồ sơ gửi kèm biểu mẫu để được kiểm tra")
  void attachmentsAreRefused() {
    String registration = remindedRegistration();
    String boundary = "tdkt-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment-name\"\r\n\r\nbao-cao.html\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"bao-cao.html\"\r\n"
        + "Content-Type: text/html\r\n\r\n<script>alert(1)</script>\r\n--" + boundary + "--\r\n";

    Http.Reply refused = http().call("gddt.canbo", DEMO_PASSWORD, "POST", "/engine-rest/task/" + registration
        + "/attachment/create", "multipart/form-data; boundary=" + boundary,
        HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body().path("message").asText()).isEqualTo(TaskCommentsPlugin.NO_ATTACHMENTS);
    assertThat(tasks.getTaskAttachments(registration)).isEmpty();
  }

  @Test
  @DisplayName("ghi ý kiến lên việc đã hoàn thành (ở một thẻ trình duyệt khác) thì được báo ai đã hoàn thành, lúc nào")
  void commentOnACompletedTaskSaysWhoCompletedIt() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();
    as("gddt.canbo", () -> register(plan, "so-gddt"));

    Http.Reply refused = http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration + "/comment/create",
        "{\"message\": \"Đơn vị đăng ký trong ngày.\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("message").asText()).startsWith("Công việc \"Đăng ký thi đua\" đã được hoàn thành lúc ")
        .contains("bởi Lê Văn Minh (gddt.canbo)");
    assertThat(tasks.getTaskComments(registration)).isEmpty();
  }

  /** Sở GD&ĐT's registration on its reminder day, beside Sở Y tế's. */
  private String remindedRegistration() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-yte");
    at(LocalDateTime.of(2024, 10, 30, 0, 0));
    return unitTask(plan, "so-gddt", "registerUnit").getId();
  }

  private static List<String> texts(Http.Reply reply, String field) {
    return StreamSupport.stream(reply.body().spliterator(), false).map(item -> item.path(field).asText()).toList();
  }
}
