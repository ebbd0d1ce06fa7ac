package vn.tdkt.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Single steps in the browser, on plans prepared through the engine: the board's start form with
 * its date pickers and unit list, each user seeing only their own work, the selection meeting row
 * by row, the dossier upload. Screenshots of every step are kept under target/screenshots.
 */
@DisplayName("Tasklist trong trình duyệt thật")
class TasklistBrowserTest extends BrowserTest {

  TasklistBrowserTest() {
    super(Path.of("target", "screenshots"));
  }

  @Test
  @DisplayName("Ban TĐKT phát động kế hoạch bằng biểu mẫu tiếng Việt; mỗi người chỉ thấy việc của mình")
  void boardLaunchesAPlanAndEachUserSeesOwnWork() {
    // Before the drive's dates, and after the days other tests' tasks were created: Tasklist lists the
    // newest first, and the unit's registration must not fall off the first page behind theirs.
    at(LocalDateTime.of(2026, 11, 1, 9, 0));
    String number = "TRINH-DUYET-" + System.nanoTime() + "/KH-UBND";
    logIn("canbo.bantdkt");
    assertThat(showsCamundaEndOfLifeNotice()).as("Camunda's end-of-life notice in Tasklist").isFalse();
    openTheStartForm("Kế hoạch thi đua");
    field("Mẫu kế hoạch");
    screenshot("01-ban-tdkt-chon-mau-ke-hoach");
    long draftsBefore = tasks.createTaskQuery().taskDefinitionKey("draftPlan").taskAssignee("canbo.bantdkt").count();
    startFromTheDialog();
    wait.until(d -> tasks.createTaskQuery().taskDefinitionKey("draftPlan").taskAssignee("canbo.bantdkt").count() > draftsBefore);

    openTask(tasks.createTaskQuery().taskDefinitionKey("draftPlan").taskAssignee("canbo.bantdkt")
        .orderByTaskCreateTime().desc().listPage(0, 1).get(0).getId());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-form")));
    type("Số kế hoạch", number);
    type("Cơ quan ban hành", "UBND tỉnh Bắc Kạn");
    type("Tên kế hoạch", "Đợt thi đua đặc biệt năm 2026 (thử trên trình duyệt)");
    type("Hình thức khen thưởng", "Bằng khen của Chủ tịch UBND tỉnh");
    pickDate("Thi đua từ ngày", 2026, 11, 2);
    pickDate("Thi đua đến hết ngày", 2026, 11, 27);
    pickDate("Hạn đăng ký thi đua", 2026, 11, 20);
    pickDate("Hạn báo cáo kết quả", 2026, 11, 30);
    pickDate("Nhận hồ sơ từ ngày", 2026, 11, 30);
    pickDate("Hạn nộp hồ sơ", 2026, 12, 4);
    pickUnit("Sở Giáo dục", "Sở Giáo dục và Đào tạo");
    pickUnit("Sở Y tế", "Sở Y tế");
    // A plan of one phase may still be split into phases here; left empty, the dates above are the plan's.
    assertThat(field("Các đợt thi đua").getText()).contains("Thêm dòng");
    screenshot("01b-ban-tdkt-hoan-thien-ke-hoach");
    completeTheTaskForm();
    wait.until(d -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count() == 1);
    screenshot("02-ban-tdkt-da-khoi-tao");

    ProcessInstance plan = ownInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult());
    assertThat(plan).isWaitingAt("approvePlan");
    assertThat(runtime.getVariable(plan.getId(), "participatingUnits").toString()).contains("so-gddt", "so-yte");

    logIn("chutich.ubnd");
    assertThat(unitWorkListShowing(number)).contains("Phê duyệt kế hoạch");
    screenshot("03-chu-tich-thay-viec-phe-duyet");
    // The form as Tasklist sends it passes the check of what a task accepts (identity/TaskInputGuard).
    // Other tests' plans may wait for approval too: this plan's task, claimed, opened by its address.
    String approval = task(plan, "approvePlan").getId();
    tasks.claim(approval, "chutich.ubnd");
    openTask(approval);
    // The plan sets no quota: the approver reads what the plan's table gives each kind of unit.
    assertThat(formText()).contains("Chỉ tiêu đề nghị của các đơn vị",
        "đơn vị loại lớn (Sở Giáo dục và Đào tạo, Sở Y tế): không quá 02 tập thể, cá nhân");
    choose(By.xpath("//div[contains(@class,'fjs-form-field')]//label[contains(., 'Phê duyệt kế hoạch')]"));
    screenshot("03b-chu-tich-phe-duyet-tren-bieu-mau");
    choose(COMPLETE_BUTTON);
    wait.until(d -> runtime.createProcessInstanceQuery().processInstanceId(plan.getId()).activityIdIn("approvePlan").count() == 0);
    runAsynchronousContinuations();
    assertThat(runtime.getVariable(plan.getId(), "planApproved")).isEqualTo(true);

    logIn("yte.canbo");
    // This plan's registration of Sở Y tế, not one another test left open.
    listEntry("Việc của đơn vị", "Đăng ký thi đua", number, "Sở Y tế");
    String yteList = unitWorkListShowing("Sở Y tế");
    screenshot("04-can-bo-so-y-te-chi-thay-viec-cua-minh");
    assertThat(yteList).doesNotContain("Sở Giáo dục và Đào tạo");
  }

  @Test
  @DisplayName("đơn vị nộp hồ sơ bằng tệp thật trên Tasklist; Ban TĐKT nhận việc thẩm định")
  void unitUploadsItsDossierInTheBrowser(@org.junit.jupiter.api.io.TempDir Path files) throws IOException {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    register(plan, "so-gddt");
    at(LocalDateTime.of(2025, 10, 1, 8, 0));
    reportResults(plan, "so-gddt");
    proposesOne(plan, "so-gddt", "Nguyễn Văn An");
    at(LocalDateTime.of(2025, 10, 14, 9, 0));

    logIn("gddt.canbo");
    openTask(unitTask(plan, "so-gddt", "submitDossier").getId());
    claim();
    fillDossier("15/TTr-SGDĐT", dossierFile(files, "to-trinh.pdf"), dossierFile(files, "bien-ban.pdf"),
        dossierFile(files, "bao-cao-thanh-tich.pdf"));
    assertThat(browser.findElement(By.cssSelector("[data-tdkt-slot='achievementReport_n1'] label")).getText())
        .startsWith("Báo cáo thành tích – Nguyễn Văn An");
    screenshot("05-don-vi-nop-ho-so");
    completeTheTaskForm();

    ProcessInstance drive = unitDrive(plan, "so-gddt");
    wait.until(d -> !tasks.createTaskQuery().processInstanceId(drive.getId()).taskDefinitionKey("appraiseDossier").list().isEmpty());
    screenshot("06-don-vi-da-nop-ho-so");
    assertThat(runtime.getVariable(drive.getId(), "proposalLetterNumber")).isEqualTo("15/TTr-SGDĐT");
    assertThat(((org.camunda.bpm.engine.variable.value.FileValue) runtime.getVariableTyped(drive.getId(),
        "achievementReport_n1")).getFilename()).isEqualTo("bao-cao-thanh-tich.pdf");
  }

  @Test
  @DisplayName("thư ký nhập từng dòng người được xét trên Tasklist và bấm Hoàn thành ngay, không phải Lưu trước; chức vụ"
      + " quá dài được báo ngay bằng tiếng Việt")
  void secretaryRecordsTheMeetingRowByRow() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    registeredAndReported(plan, "so-gddt");

    logIn("gddt.thuky");
    openTask(unitTask(plan, "so-gddt", "recordSelectionMeeting").getId());
    claim();
    pickDate("Ngày họp", 2025, 10, 1);
    type("Số thành viên dự họp", "9");
    type("Thành phần dự họp", "Các thành viên Hội đồng Thi đua - Khen thưởng Sở");
    proposedIndividual("Nguyễn Văn An", "Giáo viên", 8, 1);
    assertThat(browser.findElement(By.cssSelector(".task-details .fjs-form")).getText()).contains("Thêm dòng")
        .doesNotContain("Add new");
    // A position longer than the award register keeps is named at once, in Vietnamese.
    type("Chức vụ", "Giáo viên " + "x".repeat(250));
    wait.until(d -> field("Chức vụ").getText().contains("Không được quá 255 ký tự."));
    type("Chức vụ", "Giáo viên");
    wait.until(d -> !field("Chức vụ").getText().contains("Không được quá 255 ký tự."));

    // The row was edited and nothing saved: "Hoàn thành" is available at once, and what is
    // missing (the row's code) is named in Vietnamese.
    completeTheTaskForm();
    wait.until(d -> field("Mã dòng").getText().contains("Chưa nhập mục bắt buộc này."));
    // Grey while the form shows what is missing, available again once it is filled.
    wait.until(ExpectedConditions.not(ExpectedConditions.elementToBeClickable(COMPLETE_BUTTON)));
    screenshot("07-thu-ky-thieu-muc-bat-buoc");
    type("Mã dòng", "n1" + org.openqa.selenium.Keys.TAB);
    wait.until(d -> !field("Mã dòng").getText().contains("Chưa nhập mục bắt buộc này."));
    wait.until(ExpectedConditions.elementToBeClickable(COMPLETE_BUTTON));
    screenshot("08-thu-ky-ghi-ket-qua-hop-xet");
    completeTheTaskForm();
    ProcessInstance drive = unitDrive(plan, "so-gddt");
    wait.until(d -> !tasks.createTaskQuery().processInstanceId(drive.getId()).taskDefinitionKey("approveSelection").list().isEmpty());
    assertThat(runtime.getVariable(drive.getId(), "nominees").toString()).contains("Nguyễn Văn An", "\"proposeUpward\":true");
  }

  @Test
  @DisplayName("thủ trưởng trả lại, thư ký xóa dòng người được xét duy nhất trên Tasklist rồi hoàn thành: đơn vị không còn"
      + " đề nghị ai")
  void secretaryRemovesTheOnlyRowAfterAReturn() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    registeredAndReported(plan, "so-gddt");
    recordMeeting(plan, "so-gddt", meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 8, 1, true))));
    complete(unitTask(plan, "so-gddt", "approveSelection"),
        Map.of("selectionApproved", false, "selectionComments", "Anh An chưa đủ thời gian công tác."));

    logIn("gddt.thuky");
    openTask(unitTask(plan, "so-gddt", "recordSelectionMeeting").getId());
    claim();
    wait.until(d -> "n1".equals(field("Mã dòng").findElement(By.cssSelector("input")).getDomProperty("value")));
    // form-js 1.8.7 brings the number fields of a last row removed back as a row of their own (its votes
    // only, docs/huong-dan-su-dung.md); the secretary removes that one too, until two looks in a row
    // (the wait's polls, half a second apart) find no row.
    int[] looksWithoutRow = {0};
    wait.until(d -> {
      if (d.findElements(REMOVE_ROW).isEmpty()) {
        return ++looksWithoutRow[0] >= 2;
      }
      looksWithoutRow[0] = 0;
      choose(REMOVE_ROW);
      return false;
    });
    screenshot("09-thu-ky-xoa-het-dong");
    completeTheTaskForm();
    ProcessInstance drive = unitDrive(plan, "so-gddt");
    wait.until(d -> !tasks.createTaskQuery().processInstanceId(drive.getId()).taskDefinitionKey("approveSelection").list().isEmpty());
    assertThat(runtime.getVariable(drive.getId(), "nominees")).hasToString("[]");
    assertThat(runtime.getVariable(drive.getId(), "proposedCount")).isEqualTo(0L);
  }

  private static final By REMOVE_ROW = By.cssSelector(".fjs-repeat-row-remove");

  @Test
  @DisplayName("danh sách nhiều hơn năm người được xét hiện đủ mọi dòng khi mở công việc, không gấp lại sau nút tiếng Anh")
  void aListOfMoreThanFiveRowsShowsEveryRow() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    registeredAndReported(plan, "so-gddt");
    List<Map<String, Object>> sixNominees = new java.util.ArrayList<>();
    for (int row = 1; row <= 6; row++) {
      sixNominees.add(nominee("n" + row, "Người được xét " + row, INDIVIDUAL, 8, 1, row == 1));
    }
    recordMeeting(plan, "so-gddt", meeting(9, sixNominees));
    complete(unitTask(plan, "so-gddt", "approveSelection"),
        Map.of("selectionApproved", false, "selectionComments", "Ghi lại số phiếu của từng người."));

    logIn("gddt.thuky");
    openTask(unitTask(plan, "so-gddt", "recordSelectionMeeting").getId());
    claim();
    wait.until(d -> "n1".equals(field("Mã dòng").findElement(By.cssSelector("input")).getDomProperty("value")));

    assertThat(browser.findElements(REMOVE_ROW)).hasSize(6);
    assertThat(browser.findElement(By.cssSelector(".task-details .fjs-form")).getText())
        .doesNotContain("Expand all", "Hiện tất cả");
  }

  @Test
  @DisplayName("cán bộ đơn vị đọc lời nhắc hạn ở thẻ Lịch sử và thêm ý kiến; giám sát thêm ý kiến thì được báo không có quyền")
  void theUnitReadsTheReminderAndCommentsInTheHistoryTab() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    at(LocalDateTime.of(2024, 10, 30, 0, 0));
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();

    logIn("gddt.canbo");
    openTask(registration);
    addComment("Đơn vị đăng ký trong ngày.");
    String history = historyShowing("Đơn vị đăng ký trong ngày.");
    screenshot("12-can-bo-doc-loi-nhac-va-y-kien");
    assertThat(history).contains("Nhắc hạn: việc \"Đăng ký thi đua\" cần hoàn thành đến hết ngày 31/10/2024.");

    logIn("giamsat");
    openTask(registration);
    addComment("Giám sát ghi.");
    assertThat(noticeShowing("không có quyền")).contains("Tài khoản giamsat không có quyền xử lý công việc này.");
    assertThat(tasks.getTaskComments(registration)).extracting(org.camunda.bpm.engine.task.Comment::getFullMessage)
        .doesNotContain("Giám sát ghi.");
  }

  @Test
  @DisplayName("Chánh Văn phòng phê duyệt kế hoạch hai đợt: thấy thời gian và các hạn của từng đợt, không thấy ô trống của kế hoạch một đợt")
  void theApproverOfATwoPhasePlanReadsEachPhase() {
    ProcessInstance plan = launch(fromTemplate("001-van-phong-ubnd-tinh-hai-dot", "vp-phong-tong-hop"));
    String approval = task(plan, "approvePlan").getId();
    openAs("vp.chanhvanphong", approval);
    assertThat(formText()).contains("Các đợt thi đua", "Đợt 1", "01/01/2024 – 30/06/2024", "20/06/2024",
        "Đợt 2", "01/07/2024 – 31/12/2024", "10/12/2024", "Hạn trình cấp quyết định")
        .doesNotContain("Thi đua từ ngày", "Thi đua đến hết ngày");
    screenshot("14-chanh-van-phong-xem-cac-dot");
  }

  @Test
  @DisplayName("đơn vị chỉ đạo mở việc nghiệm thu nhiệm vụ: ý kiến phối hợp ghi ngày theo kiểu dd/MM/yyyy")
  void theDirectingUnitReadsTheCoordinationInputsDatedTheVietnameseWay() {
    at(LocalDateTime.of(2025, 2, 20, 9, 0));
    ProcessInstance row = workItemRow("bn-so-noi-vu", List.of("bn-ubnd-tinh"), List.of("bn-so-tu-phap"), false);
    complete(tasks.createTaskQuery().processInstanceId(row.getId()).taskDefinitionKey("contributeToWorkItem").singleResult(),
        Map.of("coordinationInput", "Đã góp ý dự thảo quyết định."));
    complete(task(row, "carryOutWorkItem"), Map.of("workResult", "Đã ban hành Quyết định số 15/QĐ-UBND."));
    String review = task(row, "reviewWorkItem").getId();
    openAs("bn.ubnd.canbo", review);
    assertThat(formText()).contains("Đã góp ý dự thảo quyết định.", "20/02/2025").doesNotContain("2025-02-20");
    screenshot("13-don-vi-chi-dao-doc-y-kien-phoi-hop");
  }

  @Test
  @DisplayName("đơn vị mở thông báo hủy nhiệm vụ: đọc lý do, người hủy và bảng việc bị hủy")
  void theUnitReadsWhatWasCancelled() {
    at(LocalDateTime.of(2025, 2, 20, 9, 0));
    ProcessInstance row = workItemRow("bn-so-noi-vu", List.of("bn-ubnd-tinh"), List.of("bn-so-tu-phap"), false);
    String planNumber = (String) runtime.getVariable(row.getId(), "planNumber");
    runtime.deleteProcessInstance(row.getId(), "Nhiệm vụ chuyển sang năm sau");
    String notice = tasks.createTaskQuery().processInstanceBusinessKey(planNumber + "/bn-so-noi-vu")
        .taskDefinitionKey("acknowledgeCancellation").singleResult().getId();
    openAs("bn.noivu.canbo", notice);
    assertThat(formText()).contains("Công việc của đơn vị trong kế hoạch đã bị hủy", "Nhiệm vụ chuyển sang năm sau",
        "Quản trị hệ thống", "Việc của đơn vị bị hủy",
        "Nhiệm vụ I.7: Ban hành Quyết định về việc tổ chức Cụm, Khối thi đua của tỉnh năm 2025");
    screenshot("15-don-vi-doc-thong-bao-huy");
  }

  @Test
  @DisplayName("Ban TĐKT mở việc xử lý đơn vị chưa nộp hồ sơ khi hết hạn: thấy đơn vị và việc đơn vị đang chờ, đánh dấu"
      + " không xét, ghi lý do và hoàn thành; đơn vị đọc thông báo không xét kèm lý do")
  void theBoardClosesASilentUnitInTasklist() {
    ProcessInstance plan = approvedWithoutFinalDeadlines("so-yte");
    ProcessInstance line = unitDrive(plan, "so-yte");
    at(LocalDateTime.of(2025, 10, 17, 0, 0));
    String closing = task(plan, "closeSilentUnits").getId();
    openAs("canbo.bantdkt", closing);
    assertThat(formText()).contains("Xử lý đơn vị chưa nộp hồ sơ khi hết hạn", "16/10/2025",
        "Sở Y tế — đang ở bước: Đăng ký thi đua");
    tick("Đơn vị không xét");
    type("Lý do không xét", "Đã đôn đốc ba lần, đơn vị không đăng ký.");
    screenshot("16-ban-tdkt-khong-xet-don-vi-chua-nop");
    completeTheTaskForm();

    wait.until(d -> runtime.createProcessInstanceQuery().processInstanceId(line.getId()).count() == 0);
    assertThat(endedWith(line, "unitStatus")).isEqualTo("NOT_REGISTERED");

    String notice = notice(plan, "so-yte", "acknowledgeUnitLineClosed").getId();
    openAs("yte.canbo", notice);
    assertThat(formText()).contains("Ban TĐKT không xét đơn vị", "Đã đôn đốc ba lần, đơn vị không đăng ký.",
        "Không đăng ký thi đua", "16/10/2025", "17/10/2025");
    tick("Đã nhận thông báo");
    screenshot("17-don-vi-doc-thong-bao-khong-xet");
    completeTheTaskForm();
    wait.until(d -> tasks.createTaskQuery().taskId(notice).count() == 0);
  }

  @Test
  @DisplayName("Ban TĐKT mở việc xử lý hồ sơ chưa bổ sung khi hết hạn: thấy nội dung đã yêu cầu, hạn và kết luận đến nay,"
      + " ghi lý do không chờ nữa; đơn vị đọc ngay thông báo đóng việc bổ sung kèm lý do đó")
  void theBoardStopsWaitingForASupplementInTasklist() {
    ProcessInstance plan = approvedWithoutFinalDeadlines("so-yte");
    asksForASupplement(plan, "so-yte");
    at(LocalDateTime.of(2025, 10, 23, 0, 0));
    String closing = unitTask(plan, "so-yte", "closeSupplement").getId();
    openAs("canbo.bantdkt", closing);
    assertThat(formText()).contains("Xử lý hồ sơ chưa bổ sung khi hết hạn", "Sở Y tế", "22/10/2025",
        SUPPLEMENT_REQUEST, "Nguyễn Thị Hoa", "Chưa kết luận");
    type("Lý do không chờ bổ sung", "Đã đôn đốc, đơn vị không bổ sung.");
    screenshot("18-ban-tdkt-khong-cho-bo-sung");
    completeTheTaskForm();

    wait.until(d -> tasks.createTaskQuery().processInstanceId(unitDrive(plan, "so-yte").getId())
        .taskDefinitionKey("approveAppraisal").count() == 1);

    String notice = notice(plan, "so-yte", "acknowledgeSupplementClosed").getId();
    openAs("yte.canbo", notice);
    assertThat(formText()).contains("Đã đóng việc bổ sung hồ sơ", SUPPLEMENT_REQUEST, "22/10/2025",
        "Ban TĐKT quyết định không chờ đơn vị bổ sung thêm", "Đã đôn đốc, đơn vị không bổ sung.",
        "Nguyễn Thị Hoa (cá nhân)");
    tick("Đã nhận thông báo");
    screenshot("22-can-bo-nhan-thong-bao-dong-bo-sung");
    completeTheTaskForm();
    wait.until(d -> tasks.createTaskQuery().taskId(notice).count() == 0);
  }

  /** "Thêm ý kiến" in the open task's header, the text, "Lưu". */
  @Test
  @DisplayName("cán bộ thi đua Sở Y tế đề nghị khen thưởng đột xuất từ Tasklist: sai số kế hoạch thì được báo, đúng thì"
      + " Thủ trưởng ký tờ trình; Chủ tịch quyết định trên biểu mẫu; đơn vị đọc kết quả")
  void aUnitProposesAnAdHocAwardInTasklist() {
    ProcessInstance plan = launchedAndApproved("so-yte");
    logIn("yte.canbo");
    openTheStartForm("Khen thưởng đột xuất");
    type("Số kế hoạch", "999/KH-KHONG-CO");
    chooseOption("Đối tượng", "Cá nhân");
    type("Tên tập thể / Họ và tên", "Nguyễn Văn Dũng");
    type("Chức vụ, đơn vị công tác", "Lái xe cấp cứu, Trung tâm Y tế huyện Ba Bể");
    type("Tóm tắt thành tích", "Dũng cảm cứu 3 người bị lũ cuốn ngày 14/9/2024.");
    startFromTheDialog();
    assertThat(noticeShowing("999/KH-KHONG-CO")).contains("Không có kế hoạch thi đua số 999/KH-KHONG-CO đang thực hiện.");
    type("Số kế hoạch", plan.getBusinessKey());
    screenshot("19-don-vi-de-nghi-khen-thuong-dot-xuat");
    startFromTheDialog();
    String key = plan.getBusinessKey() + "/so-yte";
    wait.until(d -> runtime.createProcessInstanceQuery().processDefinitionKey("adHocAward").processInstanceBusinessKey(key).count() == 1);
    ProcessInstance proposal = ownInstance(runtime.createProcessInstanceQuery().processDefinitionKey("adHocAward")
        .processInstanceBusinessKey(key).singleResult());

    String signing = task(proposal, "signAdHocProposal").getId();
    openAs("yte.thutruong", signing);
    assertThat(formText()).contains("Nguyễn Văn Dũng", "Dũng cảm cứu 3 người", "Sở Y tế");
    chooseOption("Quyết định", "Ký tờ trình");
    type("Số tờ trình của đơn vị", "15/TTr-SYT");
    completeTheTaskForm();
    wait.until(d -> tasks.createTaskQuery().taskId(signing).count() == 0);
    complete(task(proposal, "appraiseAdHocProposal"), Map.of("adHocVerdict", "PASSED"));
    complete(task(proposal, "signAdHocSubmission"), Map.of("adHocSubmissionSigned", true));

    String deciding = task(proposal, "decideAdHocAward").getId();
    openAs("chutich.ubnd", deciding);
    assertThat(formText()).contains("Quyết định khen thưởng đột xuất", "15/TTr-SYT", "Nguyễn Văn Dũng");
    chooseOption("Quyết định", "Khen thưởng");
    type("Số quyết định", "812/QĐ-UBND");
    typeDate("Ngày quyết định", LocalDate.of(2024, 9, 20));
    screenshot("20-chu-tich-quyet-dinh-khen-thuong-dot-xuat");
    completeTheTaskForm();
    wait.until(d -> tasks.createTaskQuery().taskId(deciding).count() == 0);

    String outcome = task(proposal, "acknowledgeAdHocOutcome").getId();
    openAs("yte.canbo", outcome);
    assertThat(formText()).contains("theo Quyết định số 812/QĐ-UBND ngày 20/09/2024");
    tick("Đã nhận kết quả");
    screenshot("21-don-vi-nhan-ket-qua-khen-thuong-dot-xuat");
    completeTheTaskForm();
    wait.until(d -> runtime.createProcessInstanceQuery().processInstanceId(proposal.getId()).count() == 0);
  }

  private void addComment(String text) {
    click(By.cssSelector(".createCommentLink"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("comment-form-message"))).sendKeys(text);
    click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Lưu']"));
  }

  /** The open task's History tab, once it shows the text. */
  private String historyShowing(String expected) {
    click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Lịch sử']"));
    return wait.until(d -> d.findElements(By.cssSelector(".tabbed-content .tab-content")).stream().map(WebElement::getText)
        .filter(text -> text.contains(expected)).findFirst().orElse(null));
  }
}
