package vn.tdkt.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
  @DisplayName("đơn vị đăng ký sau hạn cuối thì bị từ chối, kể cả khi việc còn mở")
  void registrationAfterTheFinalDeadlineIsRefused() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String taskId = unitTask(plan, "so-gddt", "registerUnit").getId();
    ClockUtil.setCurrentTime(vn(LocalDateTime.of(2024, 11, 1, 0, 0))); // before the deadline's timer has run

    assertThatThrownBy(() -> tasks.complete(taskId, Map.of("registrationCommitments", "Hoàn thành 100% chỉ tiêu.")))
        .hasMessageContaining("Đã hết hạn đăng ký thi đua (đến hết ngày 31/10/2024). Đăng ký không được tiếp nhận;");
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("registerUnit");
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
  @DisplayName("đơn vị lại không đăng ký trong hạn mới thì Ban đôn đốc lần nữa với biểu mẫu trống, không chọn sẵn lần gia hạn"
      + " trước")
  void missedExtensionIsFollowedUpAgainFromABlankForm() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    at(LocalDateTime.of(2024, 11, 1, 9, 0));
    complete(unitTask(plan, "so-gddt", "followUpRegistration"),
        Map.of("registrationExtended", true, "newRegistrationDeadline", "2024-11-08"));

    at(LocalDateTime.of(2024, 11, 9, 0, 0));

    assertOpensBlank(unitTask(plan, "so-gddt", "followUpRegistration"), "registrationExtended", "newRegistrationDeadline");
  }

  @Test
  @DisplayName("nơi đơn vị họp xét trước khi hết thời gian thi đua, gia hạn đăng ký đến hạn nộp hồ sơ trở đi thì bị từ chối")
  void extensionBeyondTheSubmissionDeadlineIsRefused() {
    Map<String, Object> data = seed000Plan("so-gddt");
    data.put("periodEnd", "2025-10-31");
    data.put("selectionFrom", "2025-10-01");
    ProcessInstance plan = launchedAndApproved(data);
    at(LocalDateTime.of(2024, 11, 1, 9, 0));
    Task followUp = unitTask(plan, "so-gddt", "followUpRegistration");

    assertThatThrownBy(() -> complete(followUp, Map.of("registrationExtended", true, "newRegistrationDeadline", "2025-10-20")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Hạn đăng ký mới (20/10/2025) phải trước hạn nộp hồ sơ (16/10/2025), để đơn vị còn họp xét và nộp hồ sơ."));
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("followUpRegistration");
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

  @Test
  @DisplayName("kế hoạch hai đợt: đơn vị không đăng ký ở đợt 1 thì không tham gia đợt 2 (không có việc, không có trong báo cáo"
      + " tổng hợp, không được thông báo kết quả đợt 2); đơn vị đã đăng ký làm đợt 2 mà không đăng ký lại, thấy lại nội dung"
      + " đã đăng ký")
  void unitThatNeverRegisteredSitsOutTheLaterPhases() {
    String general = "vp-phong-tong-hop";
    String economy = "vp-phong-kinh-te";
    at(LocalDateTime.of(2024, 3, 15, 9, 0));
    Map<String, Object> twoPhases = twoPhasesOf001(general, economy);
    twoPhases.put("registrationRequired", true);
    twoPhases.put("registrationDeadline", "2024-03-29");
    twoPhases.put("finalDeadlines", json(List.of("registration", "submission", "supplement")));
    ProcessInstance plan = launchedAndApproved(twoPhases);
    complete(task(unitDrive(plan, "Đợt 1", general), "registerUnit"),
        Map.of("registrationCommitments", "Hoàn thành 100% nhiệm vụ được giao năm 2024."));
    at(LocalDateTime.of(2024, 4, 1, 8, 0));
    complete(task(unitDrive(plan, "Đợt 1", economy), "followUpRegistration"), Map.of("registrationExtended", false));

    at(LocalDateTime.of(2024, 6, 3, 8, 0));
    ProcessInstance first = unitDrive(plan, "Đợt 1", general);
    complete(task(first, "reportResults"), Map.of("resultsReport", "Đợt 1: hoàn thành 6/6 nhiệm vụ."));
    at(LocalDateTime.of(2024, 6, 8, 8, 0));
    assertThat(unitReports(plan)).containsExactly("Phòng Tổng hợp (Văn phòng UBND tỉnh): Đã báo cáo",
        "Phòng Kinh tế (Văn phòng UBND tỉnh): Không đăng ký thi đua");
    complete(task(plan, "consolidateReports"), Map.of("reportsSummary", "Đợt 1: 01/02 phòng đăng ký và báo cáo."));
    nobodyProposed(first, "2024-06-07");

    assertThat(outcomeNotices(plan)).as("phase 1 tells both, the one that did not register too").hasSize(2);
    assertThat(unitDrive(plan, "Đợt 2", economy)).isNull();
    ProcessInstance second = unitDrive(plan, "Đợt 2", general);
    assertThat(second).isWaitingAt("driveEnds");
    assertThat(runtime.getVariable(second.getId(), "registrationCommitments"))
        .isEqualTo("Hoàn thành 100% nhiệm vụ được giao năm 2024.");
    assertThat(runtime.getVariable(plan.getId(), "unitsNotRegistered")).hasToString("[\"" + economy + "\"]");
    at(LocalDateTime.of(2024, 11, 25, 8, 0));
    complete(task(second, "reportResults"), Map.of("resultsReport", "Đợt 2: hoàn thành."));
    at(LocalDateTime.of(2024, 11, 30, 8, 0));
    assertThat(unitReports(plan)).containsExactly("Phòng Tổng hợp (Văn phòng UBND tỉnh): Đã báo cáo");
    complete(task(plan, "consolidateReports"), Map.of("reportsSummary", "Đợt 2: phòng đã báo cáo."));
    nobodyProposed(second, "2024-11-29");
    finalReportWritten(plan);

    assertThat(plan).isEnded();
    assertThat(outcomeNotices(plan)).extracting(notice -> runtime.createProcessInstanceQuery()
            .processInstanceId(notice.getProcessInstanceId()).singleResult().getBusinessKey())
        .containsExactlyInAnyOrder(plan.getBusinessKey() + "/Đợt 1/" + general, plan.getBusinessKey() + "/Đợt 1/" + economy,
            plan.getBusinessKey() + "/Đợt 2/" + general);
  }

  /** What the board's consolidation of the phase lists: each unit and how it reported. */
  private List<String> unitReports(ProcessInstance plan) {
    return read(forms.getTaskFormVariables(task(plan, "consolidateReports").getId()).get("unitReports").toString()).stream()
        .map(row -> row.get("unitName") + ": " + row.get("state")).toList();
  }
}
