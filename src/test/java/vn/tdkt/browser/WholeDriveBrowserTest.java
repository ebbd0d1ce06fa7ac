package vn.tdkt.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.VietnameseBusinessCalendar;

/**
 * One small drive from launch to outcome, every human step taken in Tasklist by the official
 * whose work it is: each logs in, finds the task in their list (and another unit's officer does
 * not), reads the Vietnamese form, and completes it. Between steps only time passes: the engine
 * clock moves and the timers then due fire, as on a server. The drive's days lie just after
 * today, so the date fields' own rule (no past day for a supplement) holds in the browser too.
 * Screenshots of every step go to target/screenshots/lifecycle.
 */
@DisplayName("Một đợt thi đua trọn vẹn trên Tasklist, mỗi người làm phần việc của mình trong trình duyệt")
class WholeDriveBrowserTest extends BrowserTest {

  private static final int DRIVE_DAYS = 12;

  @Autowired VietnameseBusinessCalendar calendar;
  /** The drive's first day, a Monday: {@link #firstQuietMonday()}. */
  private LocalDate start;
  private static final String NOMINEE = "Nguyễn Thị Hoa";

  private int step;

  WholeDriveBrowserTest() {
    super(Path.of("target", "screenshots", "lifecycle"));
  }

  @Test
  @DisplayName("phát động, phê duyệt, đăng ký, họp xét, nộp hồ sơ, bổ sung một lần, thẩm định, tờ trình, quyết định, nhận kết quả, báo cáo tổng kết")
  void oneDriveFromLaunchToOutcome(@TempDir Path files) throws IOException {
    start = firstQuietMonday();
    String number = "TRON-VEN-" + System.nanoTime() + "/KH-UBND";
    at(day(0).atTime(9, 0));

    ProcessInstance plan = boardLaunchesThePlan(number);
    authorityApprovesThePlan(number);
    onlyEachUnitsOfficerSeesItsRegistration(number);
    gddtRegisters(number);

    at(day(2).atTime(9, 0));
    boardRecordsThatYteDidNotRegister(number);

    at(day(5).atTime(9, 0));
    gddtReportsItsResults(number);
    secretaryRecordsTheMeeting(plan, number);
    unitHeadApprovesTheProposal(number);

    at(day(7).atTime(9, 0));
    gddtSubmitsItsDossier(plan, number, files);
    boardAsksForASupplement(plan, number);
    gddtSupplementsItsDossier(plan, number, files);
    boardAppraisesAgain(number);
    boardHeadApprovesTheAppraisal(number);
    boardDraftsTheProposal(plan, number);
    boardHeadSignsTheProposal(number);
    authorityDecides(plan, number);
    gddtAcknowledgesItsOutcome(number);
    boardWritesTheFinalReport(plan, number);
  }

  private ProcessInstance boardLaunchesThePlan(String number) {
    logIn("canbo.bantdkt");
    openTheStartForm("Kế hoạch thi đua");
    select("Mẫu kế hoạch", "Đợt thi đua đặc biệt của UBND tỉnh");
    screenshot("ban-tdkt-chon-mau-ke-hoach");
    startFromTheDialog();

    openFromList("Việc của tôi", "Hoàn thiện kế hoạch");
    assertThat(formText()).contains("Lập từ mẫu", "Bằng khen của Chủ tịch UBND tỉnh");
    type("Số kế hoạch", number);
    typeDate("Thi đua từ ngày", day(0));
    typeDate("Thi đua đến hết ngày", day(4));
    typeDate("Hạn đăng ký thi đua", day(1));
    typeDate("Hạn báo cáo kết quả", day(9));
    typeDate("Nhận hồ sơ từ ngày", day(7));
    typeDate("Hạn nộp hồ sơ", day(11));
    // The template lists the province's 35 units; this drive has two.
    WebElement units = field("Đơn vị tham gia").findElement(By.cssSelector("input.fjs-taglist-input"));
    clickCentred(units);
    wait.until(d -> {
      units.sendKeys(Keys.BACK_SPACE);
      return field("Đơn vị tham gia").findElements(By.cssSelector(".fjs-taglist-tag")).isEmpty();
    });
    pickUnit("Sở Giáo dục", "Sở Giáo dục và Đào tạo");
    pickUnit("Sở Y tế", "Sở Y tế");
    assertThat(field("Thi đua từ ngày").findElement(By.cssSelector("input")).getDomProperty("placeholder")).isEqualTo("dd/mm/yyyy");
    screenshot("ban-tdkt-hoan-thien-ke-hoach");
    completeTheTaskForm();

    wait.until(d -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count() == 1);
    ProcessInstance plan = ownInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult());
    assertThat(plan).isWaitingAt("approvePlan");
    // Typed as officials write them, the days reach the engine as the processes read them.
    assertThat(runtime.getVariables(plan.getId())).containsEntry("periodStart", iso(0)).containsEntry("periodEnd", iso(4))
        .containsEntry("registrationDeadline", iso(1)).containsEntry("reportDeadline", iso(9))
        .containsEntry("submissionOpens", iso(7)).containsEntry("submissionCloses", iso(11))
        .containsEntry("registrationRequired", true);
    assertThat(runtime.getVariable(plan.getId(), "participatingUnits").toString()).isEqualTo("[\"so-gddt\",\"so-yte\"]");
    return plan;
  }

  private void authorityApprovesThePlan(String number) {
    takes("chutich.ubnd", "Phê duyệt kế hoạch", number);
    assertThat(shownValue("Thi đua từ ngày")).isEqualTo(SHOWN_DATE.format(day(0)));
    assertThat(shownValue("Hạn nộp hồ sơ")).isEqualTo(SHOWN_DATE.format(day(11)));
    chooseOption("Quyết định", "Phê duyệt kế hoạch");
    completes("chu-tich-phe-duyet-ke-hoach", "approvePlan", number);
  }

  private void onlyEachUnitsOfficerSeesItsRegistration(String number) {
    logIn("yte.canbo");
    listEntry("Việc của đơn vị", "Đăng ký thi đua", number, "Sở Y tế");
    String yteList = browser.findElement(By.cssSelector(".tasks-list")).getText();
    screenshot("can-bo-so-y-te-chi-thay-viec-cua-minh");
    assertThat(yteList).doesNotContain("Sở Giáo dục và Đào tạo");
  }

  private void gddtRegisters(String number) {
    logIn("gddt.canbo");
    openFromList("Việc của đơn vị", "Đăng ký thi đua", number, "Sở Giáo dục và Đào tạo");
    assertThat(browser.findElement(By.cssSelector(".tasks-list")).getText()).doesNotContain("Sở Y tế");
    claim();
    assertThat(shownValue("Hạn đăng ký thi đua")).isEqualTo(SHOWN_DATE.format(day(1)));
    type("Nội dung đăng ký thi đua", "Hoàn thành 100% kế hoạch năm học; 95% học sinh lên lớp.");
    completes("can-bo-so-gddt-dang-ky-thi-dua", "registerUnit", number + "/so-gddt");
  }

  private void boardRecordsThatYteDidNotRegister(String number) {
    takes("canbo.bantdkt", "Đôn đốc đăng ký thi đua", number, "Sở Y tế");
    chooseOption("Xử lý", "Ghi nhận đơn vị không đăng ký thi đua");
    completes("ban-tdkt-don-doc-dang-ky", "followUpRegistration", number + "/so-yte");
  }

  private void gddtReportsItsResults(String number) {
    takes("gddt.canbo", "Báo cáo kết quả thi đua", number);
    type("Báo cáo kết quả thi đua", "Đạt 12/12 chỉ tiêu đã đăng ký; 97% học sinh lên lớp.");
    completes("can-bo-so-gddt-bao-cao-ket-qua", "reportResults", number + "/so-gddt");
  }

  private void secretaryRecordsTheMeeting(ProcessInstance plan, String number) {
    takes("gddt.thuky", "Ghi kết quả họp xét", number);
    typeDate("Ngày họp", day(5));
    type("Số thành viên dự họp", "9");
    type("Thành phần dự họp", "Các thành viên Hội đồng Thi đua - Khen thưởng Sở");
    proposedIndividual(NOMINEE, "Hiệu trưởng", 8, 2);
    type("Mã dòng", "n1");
    // Ten votes from nine members: the server refuses, in Vietnamese, and the task stays open.
    completeTheTaskForm();
    assertThat(noticeShowing(NOMINEE)).contains(NOMINEE + ": tổng số phiếu (10)").doesNotContain("Cannot");
    screenshot("thu-ky-so-phieu-vuot-so-nguoi-du-hop");
    type("Số phiếu không đồng ý", "1" + Keys.TAB);
    completes("thu-ky-ghi-ket-qua-hop-xet", "recordSelectionMeeting", number + "/so-gddt");
    assertThat(runtime.getVariable(unitDrive(plan, "so-gddt").getId(), "meetingDate")).isEqualTo(iso(5));
  }

  private void unitHeadApprovesTheProposal(String number) {
    takes("gddt.thutruong", "Duyệt đề nghị của đơn vị", number);
    assertThat(formText()).contains(NOMINEE);
    assertThat(shownValue("Ngày họp xét")).isEqualTo(SHOWN_DATE.format(day(5)));
    assertThat(shownValue("Chỉ tiêu đề nghị")).isEqualTo("Không quá 02 tập thể, cá nhân");
    chooseOption("Quyết định", "Đồng ý đề nghị");
    completes("thu-truong-duyet-de-nghi", "approveSelection", number + "/so-gddt");
  }

  private void gddtSubmitsItsDossier(ProcessInstance plan, String number, Path files) throws IOException {
    takes("gddt.canbo", "Nộp hồ sơ đề nghị khen thưởng", number);
    // A plan without components of its own asks for the usual ones, each slot saying what it wants.
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[data-tdkt-slot='meetingMinutesFile'] [data-tdkt-help]"))).getText())
        .contains("có phân tích thành tích của từng tập thể, cá nhân");
    fillDossier("15/TTr-SGDĐT", dossierFile(files, "to-trinh.pdf"), dossierFile(files, "bien-ban.pdf"),
        dossierFile(files, "bao-cao-thanh-tich.pdf"));
    completes("can-bo-so-gddt-nop-ho-so", "submitDossier", number + "/so-gddt");
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("appraiseDossier");
  }

  private void boardAsksForASupplement(ProcessInstance plan, String number) {
    takes("canbo.bantdkt", "Thẩm định hồ sơ", number);
    assertThat(formText()).contains("Tờ trình đề nghị khen thưởng", "Biên bản họp xét", "Báo cáo thành tích của " + NOMINEE)
        .doesNotContain("Select");
    chooseOption("Kết quả thẩm định", "Trả lại để bổ sung");
    type("Nội dung yêu cầu bổ sung", "Báo cáo thành tích chưa có xác nhận của Thủ trưởng đơn vị.");
    // The field's calendar speaks Vietnamese, weeks from Monday.
    clickCentred(field("Hạn bổ sung").findElement(By.cssSelector("input")));
    String calendar = wait.until(d -> field("Hạn bổ sung").findElements(By.cssSelector(".flatpickr-calendar.open")).stream()
        .findFirst().orElse(null)).getText();
    screenshot("ban-tdkt-lich-chon-ngay");
    assertThat(calendar).contains("Tháng", "T2").doesNotContain("Mon", "Sun");
    assertThat(calendar.indexOf("T2")).isLessThan(calendar.indexOf("CN"));
    typeDate("Hạn bổ sung", day(9));
    completes("ban-tdkt-yeu-cau-bo-sung", "appraiseDossier", number + "/so-gddt");
    assertThat(runtime.getVariable(unitDrive(plan, "so-gddt").getId(), "supplementDeadline")).isEqualTo(iso(9));
  }

  private void gddtSupplementsItsDossier(ProcessInstance plan, String number, Path files) throws IOException {
    takes("gddt.canbo", "Bổ sung hồ sơ", number);
    WebElement request = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-tdkt='supplementBox']")));
    assertThat(request.getText()).contains("chưa có xác nhận của Thủ trưởng", SHOWN_DATE.format(day(9)));
    upload("achievementReport_n1", dossierFile(files, "bao-cao-thanh-tich-co-xac-nhan.pdf"));
    completes("can-bo-so-gddt-bo-sung-ho-so", "supplementDossier", number + "/so-gddt");
    assertThat(((FileValue) runtime.getVariableTyped(unitDrive(plan, "so-gddt").getId(), "achievementReport_n1"))
        .getFilename()).isEqualTo("bao-cao-thanh-tich-co-xac-nhan.pdf");
  }

  private void boardAppraisesAgain(String number) {
    takes("canbo.bantdkt", "Thẩm định hồ sơ", number);
    select("Kết luận thẩm định", "Đạt");
    type("Lý do / nhận xét", "Hồ sơ đầy đủ, thành tích đạt tiêu chuẩn.");
    chooseOption("Kết quả thẩm định", "Hoàn thành thẩm định, trình lãnh đạo duyệt");
    completes("ban-tdkt-tham-dinh-dat", "appraiseDossier", number + "/so-gddt");
  }

  private void boardHeadApprovesTheAppraisal(String number) {
    takes("truongban.bantdkt", "Duyệt kết quả thẩm định", number);
    assertThat(formText()).contains(NOMINEE, "Đạt");
    chooseOption("Quyết định", "Đồng ý kết quả thẩm định");
    completes("lanh-dao-ban-duyet-tham-dinh", "approveAppraisal", number + "/so-gddt");
  }

  private void boardDraftsTheProposal(ProcessInstance plan, String number) {
    takes("canbo.bantdkt", "Lập tờ trình đề nghị khen thưởng", number);
    assertThat(formText()).contains(NOMINEE, "Sở Giáo dục và Đào tạo");
    // Leaving the nominee out asks why; unticked again, the question goes and the nominee stays in.
    tick("Không đưa vào tờ trình");
    field("Lý do không đưa vào tờ trình");
    clickCentred(field("Không đưa vào tờ trình").findElement(By.cssSelector("input[type=checkbox]")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(
        By.xpath("//label[starts-with(normalize-space(.), 'Lý do không đưa vào tờ trình')]")));
    type("Số tờ trình", "45/TTr-BTĐKT");
    typeDate("Ngày tờ trình", day(7));
    type("Nội dung tờ trình", "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 01 cá nhân.");
    completes("ban-tdkt-lap-to-trinh", "draftProposal", number);
    assertThat(runtime.getVariable(plan.getId(), "proposalDate")).isEqualTo(iso(7));
    assertThat(runtime.getVariable(plan.getId(), "proposalNominees").toString()).contains("\"withdrawn\":false")
        .doesNotContain("\"withdrawn\":true");
  }

  private void boardHeadSignsTheProposal(String number) {
    takes("truongban.bantdkt", "Ký tờ trình đề nghị", number);
    assertThat(shownValue("Ngày tờ trình")).isEqualTo(SHOWN_DATE.format(day(7)));
    chooseOption("Quyết định", "Ký tờ trình, trình người có thẩm quyền");
    completes("lanh-dao-ban-ky-to-trinh", "signProposal", number);
  }

  private void authorityDecides(ProcessInstance plan, String number) {
    takes("chutich.ubnd", "Quyết định khen thưởng", number);
    assertThat(formText()).contains(NOMINEE);
    // The proposal's list opens from the form with the Chairman's Tasklist sign-in.
    assertThat(listLinked("Tải danh sách đề nghị khen thưởng", "/api/proposals.xlsx?plan=" + number + "&phase=1"))
        .isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    chooseOption("Quyết định", "Quyết định (khen thưởng, hoặc không khen thưởng ai)");
    type("Số quyết định", "1234/QĐ-UBND");
    typeDate("Ngày quyết định", day(7));
    completes("chu-tich-quyet-dinh-khen-thuong", "decideAwards", number);
    // The plan goes on to its final report once the notices are sent; it does not wait for the units.
    assertThat(plan).isWaitingAt("writeFinalReport");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId()).variableName("decisionDate")
        .singleResult().getValue()).isEqualTo(iso(7));
  }

  private void gddtAcknowledgesItsOutcome(String number) {
    takes("gddt.canbo", "Nhận kết quả khen thưởng", number, "Sở Giáo dục và Đào tạo");
    assertThat(formText()).contains(NOMINEE, "1234/QĐ-UBND", SHOWN_DATE.format(day(7)));
    // The award list opens from the notice with the official's Tasklist sign-in, no second one.
    assertThat(awardListLinked(number)).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    tick("Đã nhận kết quả");
    completes("can-bo-so-gddt-nhan-ket-qua", "notifyUnit", number + "/so-gddt");
  }

  private void boardWritesTheFinalReport(ProcessInstance plan, String number) {
    takes("canbo.bantdkt", "Báo cáo tổng kết kế hoạch", number);
    assertThat(formText()).contains("1 được khen thưởng theo Quyết định số 1234/QĐ-UBND ngày " + SHOWN_DATE.format(day(7)));
    assertThat(awardListLinked(number)).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(listLinked("Tải danh sách đề nghị khen thưởng của kế hoạch", "/api/proposals.xlsx?plan=" + number))
        .isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    type("Số báo cáo tổng kết", "215/BC-SNV");
    typeDate("Ngày báo cáo", day(7));
    type("Đánh giá kết quả thực hiện kế hoạch", "Các đơn vị hưởng ứng tích cực; hồ sơ nộp đúng hạn.");
    completes("ban-tdkt-bao-cao-tong-ket", "writeFinalReport", number);
    assertThat(plan).isEnded();
  }

  // ---- helpers of this walk ---------------------------------------------------------------------

  private LocalDate day(int n) {
    return start.plusDays(n);
  }

  /**
   * The first Monday after today whose drive has no weekday off (Tết, 30/4, 2/9…): its days are
   * deadlines, and the draft refuses a deadline on a day off, whichever week the suite runs in.
   */
  private LocalDate firstQuietMonday() {
    LocalDate monday = LocalDate.now(Deadlines.VIETNAM).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    while (monday.datesUntil(monday.plusDays(DRIVE_DAYS)).anyMatch(d -> d.getDayOfWeek().getValue() <= 5
        && !calendar.isWorkingDay(d))) {
      monday = monday.plusWeeks(1);
    }
    return monday;
  }

  private String iso(int n) {
    return day(n).toString();
  }

  /** The award list the form links to, fetched as the browser follows the link: its status and type. */
  private String awardListLinked(String number) {
    return listLinked("Tải danh sách khen thưởng", "/api/awards.xlsx?planNumber=" + number);
  }

  /** The Excel list the form links to under that text, fetched as the browser follows the link: its status and type. */
  private String listLinked(String linkText, String href) {
    WebElement link = browser.findElement(By.partialLinkText(linkText));
    assertThat(link.getDomAttribute("href")).isEqualTo(href);
    return (String) ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('Content-Type')), e => done(String(e)));",
        link.getDomAttribute("href"));
  }

  /** The text a read-only date field shows. */
  private String shownValue(String label) {
    return field(label).findElement(By.cssSelector("input")).getDomProperty("value");
  }

  /** The official logs in, picks the task in "Việc của đơn vị" by what the list shows of it, and claims it. */
  private void takes(String user, String... listed) {
    logIn(user);
    openFromList("Việc của đơn vị", listed);
    claim();
  }

  /**
   * Keeps a screenshot of the filled form, completes it and waits until the task of that process
   * instance (business key) is no longer open: Tasklist and the engine accepted the form.
   */
  private void completes(String screenshot, String taskKey, String businessKey) {
    screenshot(screenshot);
    completeTheTaskForm();
    wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).count() == 0);
    runAsynchronousContinuations();
    screenshot(taskKey + "-xong");
  }

  @Override
  void screenshot(String name) {
    super.screenshot(String.format("%02d-%s", ++step, name));
  }
}
