package vn.tdkt.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;

@DisplayName("Nộp hồ sơ đề nghị khen thưởng")
class SubmitDossierTest extends DriveTest {

  @Test
  @DisplayName("đơn vị sẵn sàng sớm chỉ nhận việc nộp hồ sơ khi cổng mở lúc 00:00 ngày 14/10/2025")
  void submitTaskAppearsWhenTheWindowOpens() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");

    assertThat(unitDrive(plan, "so-tu-phap")).isWaitingAt("submissionWindowOpens");
    at(LocalDateTime.of(2025, 10, 13, 23, 59, 59));
    assertThat(unitDrive(plan, "so-tu-phap")).isWaitingAt("submissionWindowOpens");
    at(LocalDateTime.of(2025, 10, 14, 0, 0));
    assertThat(unitTask(plan, "so-tu-phap", "submitDossier")).hasCandidateGroup("unit-so-tu-phap-officer");
    assertThat(unitTask(plan, "so-tu-phap", "submitDossier").getDueDate())
        .isEqualTo(endOf(2025, 10, 16));
  }

  @Test
  @DisplayName("hai ngày làm việc trước hạn nộp (từ 00:00 ngày 15/10/2025), việc nộp hồ sơ lên đầu danh sách kèm lời nhắc")
  void unitIsRemindedBeforeTheSubmissionDeadline() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");

    at(LocalDateTime.of(2025, 10, 14, 8, 0));

    assertRemindedAt(plan, "so-tu-phap", "submitDossier", LocalDateTime.of(2025, 10, 15, 0, 0),
        "Nộp hồ sơ đề nghị khen thưởng", "16/10/2025");
  }

  @Test
  @DisplayName("hồ sơ đủ tờ trình, biên bản và báo cáo thành tích nộp trong hạn thì chuyển Ban thẩm định")
  void completeDossierGoesToAppraisal() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");
    at(LocalDateTime.of(2025, 10, 16, 23, 59, 59));

    submitDossier(plan, "so-tu-phap");

    assertThat(unitDrive(plan, "so-tu-phap")).isWaitingAt("appraiseDossier");
    assertThat(unitTask(plan, "so-tu-phap", "appraiseDossier")).hasCandidateGroup("board-officer");
  }

  @Test
  @DisplayName("tệp tên tiếng Việt được lưu với tên tải về được ở mọi trình duyệt, với kiểu nội dung của loại đã kiểm tra")
  void vietnameseFileNamesStayDownloadable() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    Map<String, Object> dossier = completeDossier(plan, "so-tu-phap");
    FileValue claimedHtml = docx("Biên bản họp xét Hội đồng TĐKT.docx");
    dossier.put("meetingMinutesFile", Variables.fileValue(claimedHtml.getFilename()).file(claimedHtml.getValue())
        .mimeType("text/html").create());

    complete(unitTask(plan, "so-tu-phap", "submitDossier"), dossier);

    FileValue stored =
        runtime.getVariableTyped(unitDrive(plan, "so-tu-phap").getId(), "meetingMinutesFile");
    assertThat(stored.getFilename()).isEqualTo("Bien ban hop xet Hoi dong TDKT.docx");
    assertThat(stored.getMimeType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(stored.getValue()).as("the bytes uploaded").hasSameContentAs(claimedHtml.getValue());
  }

  @Test
  @DisplayName("thiếu tệp thì bị từ chối, nêu đủ từng tệp thiếu, và không mất gì đã lưu")
  void missingFilesAreListed() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    String drive = unitDrive(plan, "so-tu-phap").getId();
    Task submission = unitTask(plan, "so-tu-phap", "submitDossier");
    String nominees = storedNominees(drive);

    assertThatThrownBy(() -> complete(submission, Map.of("proposalLetterNumber", "15/TTr-STP")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Thiếu tờ trình đề nghị khen thưởng (tệp PDF, DOC, DOCX, XLS, XLSX, JPG hoặc PNG).",
            "Thiếu biên bản họp xét (tệp PDF, DOC, DOCX, XLS, XLSX, JPG hoặc PNG).",
            "Thiếu báo cáo thành tích của Nguyễn Văn An (tệp PDF, DOC, DOCX, XLS, XLSX, JPG hoặc PNG)."));
    assertThat(unitTask(plan, "so-tu-phap", "submitDossier").getId()).as("the same task, still open").isEqualTo(submission.getId());
    assertThat(storedNominees(drive)).as("the meeting's nominees as they were").isEqualTo(nominees);
    assertThat(runtime.getVariable(drive, "proposalLetterNumber")).as("nothing of the refused submission").isNull();
  }

  @Test
  @DisplayName("tệp đặt tên .pdf nhưng không phải PDF thì bị từ chối")
  void disguisedFileIsRefused() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    Map<String, Object> dossier = completeDossier(plan, "so-tu-phap");
    dossier.put("proposalLetterFile", Variables.fileValue("to-trinh.pdf")
        .file("MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)).create());

    assertThatThrownBy(() -> complete(unitTask(plan, "so-tu-phap", "submitDossier"), dossier))
        .hasMessageContaining("Tờ trình đề nghị khen thưởng (to-trinh.pdf) có đuôi tệp PDF nhưng nội dung không phải tệp PDF hợp lệ.");
  }

  @Test
  @DisplayName("tệp ngoài thành phần hồ sơ, hay báo cáo của người không được đề nghị, bị từ chối, không tệp nào được lưu")
  void filesOutsideTheDossierAreRefused() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    String drive = unitDrive(plan, "so-tu-phap").getId();
    Map<String, Object> dossier = completeDossier(plan, "so-tu-phap");
    dossier.put("extraFile", docx("tep-them.docx"));
    dossier.put("achievementReport_khong-de-nghi", docx("bao-cao.docx"));

    as("tuphap.canbo", () -> assertThatThrownBy(() -> complete(unitTask(plan, "so-tu-phap", "submitDossier"), dossier))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement().asString()
            .startsWith("Công việc này không nhận các mục ngoài biểu mẫu: ")
            .contains("extraFile", "achievementReport_khong-de-nghi").doesNotContain("proposalLetterFile")));
    assertThat(runtime.getVariable(drive, "proposalLetterFile")).as("nothing of the refused submission").isNull();
    assertThat(runtime.getVariable(drive, "extraFile")).isNull();
  }

  @Test
  @DisplayName("số tờ trình gửi dưới dạng tệp thì bị từ chối: số tờ trình phải là văn bản")
  void letterNumberMustBeText() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    Map<String, Object> dossier = completeDossier(plan, "so-tu-phap");
    dossier.put("proposalLetterNumber", docx("so-to-trinh.docx"));

    assertThatThrownBy(() -> complete(unitTask(plan, "so-tu-phap", "submitDossier"), dossier))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .containsExactly("Số tờ trình phải là văn bản."));
    assertThat(unitDrive(plan, "so-tu-phap")).isWaitingAt("submitDossier");
  }

  @Test
  @DisplayName("đơn vị nộp hồ sơ sau hạn thì bị từ chối, kể cả khi việc còn mở")
  void submissionAfterTheDeadlineIsRefused() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    Map<String, Object> dossier = completeDossier(plan, "so-tu-phap");
    String taskId = unitTask(plan, "so-tu-phap", "submitDossier").getId();
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(vn(LocalDateTime.of(2025, 10, 17, 0, 0)));

    assertThatThrownBy(() -> tasks.complete(taskId, dossier))
        .hasMessageContaining("Đã hết hạn nộp hồ sơ (đến hết ngày 16/10/2025). Hồ sơ không được tiếp nhận.");
  }

  @Test
  @DisplayName("hết ngày 16/10/2025 chưa nộp thì ghi nhận nộp muộn và Ban TĐKT được báo")
  void unsubmittedDossierIsRecordedLate() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");

    at(LocalDateTime.of(2025, 10, 16, 23, 59, 59));
    assertThat(unitDrive(plan, "so-tu-phap")).isWaitingAt("submitDossier");
    at(LocalDateTime.of(2025, 10, 17, 0, 0));
    ProcessInstance drive = unitDrive(plan, "so-tu-phap");
    assertThat(drive).isWaitingAt("handleLateDossier").variables().containsEntry("dossierLate", true);
    assertThat(task(drive, "handleLateDossier")).hasCandidateGroup("board-officer");
  }

  @Test
  @DisplayName("Ban mở lại với hạn mới thì đơn vị nộp được đến hết hạn mới")
  void boardReopensSubmission() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");
    at(LocalDateTime.of(2025, 10, 17, 8, 0));

    complete(unitTask(plan, "so-tu-phap", "handleLateDossier"),
        Map.of("dossierReopened", true, "reopenUntil", "2025-10-20"));

    assertThat(unitTask(plan, "so-tu-phap", "submitDossier").getDueDate())
        .isEqualTo(endOf(2025, 10, 20));
    at(LocalDateTime.of(2025, 10, 20, 16, 0));
    submitDossier(plan, "so-tu-phap");
    assertThat(unitDrive(plan, "so-tu-phap")).isWaitingAt("appraiseDossier");
  }

  @Test
  @DisplayName("đơn vị lại không nộp trong hạn mới thì Ban xử lý lần nữa với biểu mẫu trống, không chọn sẵn lần mở lại trước")
  void missedReopeningIsHandledAgainFromABlankForm() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");
    at(LocalDateTime.of(2025, 10, 17, 8, 0));
    complete(unitTask(plan, "so-tu-phap", "handleLateDossier"), Map.of("dossierReopened", true, "reopenUntil", "2025-10-20"));

    at(LocalDateTime.of(2025, 10, 21, 0, 0));

    assertOpensBlank(unitTask(plan, "so-tu-phap", "handleLateDossier"), "dossierReopened", "reopenUntil");
  }

  @Test
  @DisplayName("Ban mở lại đến một ngày nghỉ thì bị từ chối, kèm ngày làm việc gần nhất; hồ sơ vẫn chờ Ban xử lý")
  void reopeningUntilADayOffIsRefused() {
    ProcessInstance plan = readyToSubmit("so-tu-phap");
    at(LocalDateTime.of(2025, 10, 17, 8, 0));

    assertThatThrownBy(() -> complete(unitTask(plan, "so-tu-phap", "handleLateDossier"),
        Map.of("dossierReopened", true, "reopenUntil", "2025-10-19")))
        .hasMessage("Hạn nộp hồ sơ mới (19/10/2025) là ngày nghỉ (thứ Bảy, Chủ nhật, ngày lễ, Tết hoặc ngày nghỉ theo "
            + "lịch chính thức). Đề nghị chọn ngày làm việc, ví dụ ngày làm việc kế tiếp là 20/10/2025.");
    assertThat(unitDrive(plan, "so-tu-phap")).isWaitingAt("handleLateDossier");
  }

  @Test
  @DisplayName("Ban không mở lại thì hồ sơ của đơn vị không được xét")
  void boardClosesTheLateDossier() {
    ProcessInstance plan = readyToSubmit("so-tu-phap", "so-yte");
    at(LocalDateTime.of(2025, 10, 17, 8, 0));
    ProcessInstance drive = unitDrive(plan, "so-tu-phap");

    complete(task(drive, "handleLateDossier"), Map.of("dossierReopened", false));

    assertThat(drive).isEnded().hasPassed("dossierLateClosed");
  }

  private String storedNominees(String drive) {
    return runtime.<SerializableValue>getVariableTyped(drive, "nominees", false).getValueSerialized();
  }
}
