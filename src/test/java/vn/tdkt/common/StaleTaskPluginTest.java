package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Cán bộ thao tác trên danh sách công việc đã cũ")
class StaleTaskPluginTest extends DriveTest {

  private static final Map<String, Object> REGISTRATION =
      Map.of("registrationCommitments", "Hoàn thành vượt mức các chỉ tiêu năm 2025.");

  @Test
  @DisplayName("hoàn thành lại việc đã được hoàn thành (ở thẻ khác, hay bởi đồng nghiệp) thì được biết ai đã làm, lúc"
      + " nào, và không có gì được lưu; người của đơn vị khác chỉ được biết không có việc đó")
  void completingADoneTaskSaysWhoDidIt() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    Task registration = unitTask(plan, "so-gddt", "registerUnit");
    // Completed without being claimed first, as the API allows: the one who completed it is named.
    as("gddt.canbo", () -> complete(registration, REGISTRATION));

    as("gddt.canbo", () -> assertThatThrownBy(() -> complete(registration,
        Map.of("registrationCommitments", "Nội dung khác")))
        .isInstanceOf(NullValueException.class)
        .hasMessage("Công việc \"Đăng ký thi đua\" đã được hoàn thành lúc 09:00 ngày 20/09/2024 bởi Lê Văn Minh"
            + " (gddt.canbo)." + StaleTaskPlugin.RELOAD));
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("driveEnds")
        .variables().containsEntry("registrationCommitments", REGISTRATION.get("registrationCommitments"));
    as("yte.canbo", () -> assertThatThrownBy(() -> complete(registration, REGISTRATION))
        .hasMessage("Không có công việc nào mang mã " + registration.getId() + "." + StaleTaskPlugin.RELOAD));
  }

  @Test
  @DisplayName("gửi biểu mẫu của việc đã đóng vì hết hạn thì Danh sách công việc báo việc đã đóng lúc nào")
  void submittingATaskClosedByItsDeadlineSaysWhen() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    Task registration = unitTask(plan, "so-gddt", "registerUnit");
    at(LocalDateTime.of(2024, 11, 1, 0, 0));

    // What Tasklist sends when the official presses "Hoàn thành" on a form left open.
    Http.Reply reply = http().call("gddt.canbo", "POST", "/engine-rest/task/" + registration.getId() + "/submit-form",
        "{\"variables\": {\"registrationCommitments\": {\"value\": \"Cam kết\", \"type\": \"String\"}}}");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.body().path("message").asText()).endsWith("Công việc \"Đăng ký thi đua\" đã đóng lúc 00:00 ngày"
        + " 01/11/2024 (hết hạn, hoặc kế hoạch đã thay đổi) nên không còn thực hiện được." + StaleTaskPlugin.RELOAD);
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("followUpRegistration");
  }

  @Test
  @DisplayName("nhận việc mà đồng nghiệp vừa nhận thì được biết ai đang xử lý; việc vẫn của đồng nghiệp")
  void claimingAColleaguesTaskSaysWhoHasIt() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    Task registration = unitTask(plan, "so-gddt", "registerUnit");
    tasks.claim(registration.getId(), "gddt.canbo");

    assertThatThrownBy(() -> tasks.claim(registration.getId(), "gddt.thuky"))
        .isInstanceOf(TaskAlreadyClaimedException.class)
        .hasMessage("Công việc \"Đăng ký thi đua\" đã được Lê Văn Minh (gddt.canbo) nhận xử lý trước nên bạn không"
            + " nhận được nữa." + StaleTaskPlugin.RELOAD);
    assertThat(unitTask(plan, "so-gddt", "registerUnit").getAssignee()).isEqualTo("gddt.canbo");
  }

  @Test
  @DisplayName("việc không hề có thì được báo không có, thay cho lỗi của engine")
  void anUnknownTaskIsNamed() {
    assertThatThrownBy(() -> tasks.complete("khong-co", Map.of()))
        .isInstanceOf(NullValueException.class)
        .hasMessage("Không có công việc nào mang mã khong-co." + StaleTaskPlugin.RELOAD);
  }
}
