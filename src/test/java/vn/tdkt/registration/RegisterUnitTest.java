package vn.tdkt.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;

@DisplayName("Đăng ký thi đua")
class RegisterUnitTest extends DriveTest {

  @Test
  @DisplayName("việc đăng ký có hạn đến hết ngày 31/10/2024 giờ Việt Nam và ngày theo dõi là ngày nhắc hạn")
  void registrationTaskCarriesItsDeadline() {
    ProcessInstance plan = launchedAndApproved("so-gddt");

    Task task = unitTask(plan, "so-gddt", "registerUnit");
    assertThat(task.getDueDate()).isEqualTo(endOf(2024, 10, 31));
    assertThat(task.getFollowUpDate()).isEqualTo(vn(LocalDateTime.of(2024, 10, 30, 0, 0)));
  }

  @Test
  @DisplayName("nội dung đăng ký dài quá 4.000 ký tự thì bị từ chối, nêu mục và độ dài, không lưu gì; đúng 4.000 ký tự thì"
      + " được nhận")
  void commitmentsLongerThanTheDatabaseKeepsAreRefused() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    Task task = unitTask(plan, "so-gddt", "registerUnit");

    assertThatThrownBy(() -> as("gddt.canbo", () -> complete(task, Map.of("registrationCommitments", "x".repeat(4001)))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Mục «Nội dung đăng ký thi đua» dài 4.001 ký tự, quá giới hạn 4.000 ký tự. Xin rút gọn (văn bản đầy đủ gửi kèm"
                + " dưới dạng tệp nếu công việc có mục đính kèm)."));
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("registerUnit");
    assertThat(runtime.getVariable(unitDrive(plan, "so-gddt").getId(), "registrationCommitments")).isNull();

    as("gddt.canbo", () -> complete(task, Map.of("registrationCommitments", "x".repeat(4000))));
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("driveEnds");
  }

  @Test
  @DisplayName("đơn vị đăng ký đúng hạn thì chờ hết thời gian thi đua rồi báo cáo kết quả")
  void registeredUnitWaitsForTheDriveToEnd() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    register(plan, "so-gddt");

    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("driveEnds");
    at(LocalDateTime.of(2025, 9, 30, 23, 59, 59));
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("driveEnds");
    at(LocalDateTime.of(2025, 10, 1, 0, 0));
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("reportResults");
    assertThat(unitTask(plan, "so-gddt", "reportResults")).hasCandidateGroup("unit-so-gddt-officer");
  }

  @Test
  @DisplayName("đăng ký thiếu nội dung cam kết thì bị từ chối")
  void registrationWithoutCommitmentsIsRefused() {
    ProcessInstance plan = launchedAndApproved("so-gddt");

    assertThatThrownBy(() -> complete(unitTask(plan, "so-gddt", "registerUnit"), Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("nội dung đăng ký");
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("registerUnit");
  }

  @Test
  @DisplayName("hai ngày trước hạn, đơn vị được nhắc: việc lên đầu danh sách và có lời nhắc")
  void reminderReachesTheUnitTwoDaysBefore() {
    ProcessInstance plan = launchedAndApproved("so-gddt");

    assertRemindedAt(plan, "so-gddt", "registerUnit", LocalDateTime.of(2024, 10, 30, 0, 0), "Đăng ký thi đua", "31/10/2024");
  }

  @Test
  @DisplayName("quá hạn đăng ký thì ghi nhận chưa đăng ký và Ban TĐKT nhận việc đôn đốc")
  void missedRegistrationGoesToTheBoard() {
    ProcessInstance plan = launchedAndApproved("so-gddt");

    at(LocalDateTime.of(2024, 10, 31, 23, 59, 59));
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("registerUnit");
    at(LocalDateTime.of(2024, 11, 1, 0, 0));
    ProcessInstance drive = unitDrive(plan, "so-gddt");
    assertThat(drive).isWaitingAt("followUpRegistration").variables().containsEntry("unitStatus", "NOT_REGISTERED");
    assertThat(task(drive, "followUpRegistration")).hasCandidateGroup("board-officer");
  }

  @Test
  @DisplayName("Ban gia hạn thì đơn vị nhận lại việc đăng ký với hạn mới")
  void boardGrantsANewDeadline() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    at(LocalDateTime.of(2024, 11, 1, 9, 0));

    complete(unitTask(plan, "so-gddt", "followUpRegistration"),
        Map.of("registrationExtended", true, "newRegistrationDeadline", "2024-11-08"));

    Task again = unitTask(plan, "so-gddt", "registerUnit");
    assertThat(again.getDueDate()).isEqualTo(endOf(2024, 11, 8));
    assertThat(runtime.getVariables(unitDrive(plan, "so-gddt").getId())).doesNotContainKey("unitStatus");
    register(plan, "so-gddt");
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("driveEnds");
  }

  @Test
  @DisplayName("gia hạn đến một ngày đã qua thì bị từ chối")
  void extensionIntoThePastIsRefused() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    at(LocalDateTime.of(2024, 11, 1, 9, 0));

    assertThatThrownBy(() -> complete(unitTask(plan, "so-gddt", "followUpRegistration"),
        Map.of("registrationExtended", true, "newRegistrationDeadline", "2024-10-31")))
        .isInstanceOf(InvalidInputException.class).hasMessage("Hạn đăng ký mới phải là một ngày từ hôm nay trở đi.");
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("followUpRegistration");
  }

  @Test
  @DisplayName("gia hạn đăng ký quá ngày kết thúc thời gian thi đua thì bị từ chối, như khi phát động; đến đúng ngày đó thì được")
  void extensionBeyondTheDriveIsRefused() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    at(LocalDateTime.of(2025, 9, 29, 9, 0));
    Task followUp = unitTask(plan, "so-gddt", "followUpRegistration");

    assertThatThrownBy(() -> complete(followUp, Map.of("registrationExtended", true, "newRegistrationDeadline", "2025-10-01")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Hạn đăng ký mới (01/10/2025) phải trước khi kết thúc thời gian thi đua (30/09/2025). Đợt thi đua đã kết thúc"
                + " thì ghi nhận đơn vị không đăng ký."));
    complete(followUp, Map.of("registrationExtended", true, "newRegistrationDeadline", "2025-09-30"));
    assertThat(unitTask(plan, "so-gddt", "registerUnit").getDueDate()).isEqualTo(endOf(2025, 9, 30));
  }

  @Test
  @DisplayName("Ban không gia hạn thì đơn vị kết thúc với trạng thái không đăng ký")
  void unitThatNeverRegistersEnds() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-yte");
    register(plan, "so-yte");
    at(LocalDateTime.of(2024, 11, 1, 9, 0));
    ProcessInstance drive = unitDrive(plan, "so-gddt");

    complete(task(drive, "followUpRegistration"), Map.of("registrationExtended", false));

    assertThat(drive).isEnded().hasPassed("unitNotRegistered");
  }
}
