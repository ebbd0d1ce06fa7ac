package vn.tdkt.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tdkt.support.DriveTest;

/**
 * Officials in a real browser (Debian's headless chromium): the Vietnamese Tasklist, the board's
 * start form with its date pickers and unit list, and each user seeing only their own work.
 * Screenshots of every step are kept under target/screenshots for review.
 */
@DisplayName("Tasklist trong trình duyệt thật")
class TasklistBrowserTest extends DriveTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=vi", "--window-size=1400,1800");
    // An official's browser asks for Vietnamese first.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,en"));
    browser = new ChromeDriver(new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  @DisplayName("Ban TĐKT phát động kế hoạch bằng biểu mẫu tiếng Việt; mỗi người chỉ thấy việc của mình")
  void boardLaunchesAPlanAndEachUserSeesOwnWork() {
    String number = "TRINH-DUYET-" + System.nanoTime() + "/KH-UBND";
    logIn("canbo.bantdkt");
    click(By.xpath("//a[contains(., 'Khởi tạo quy trình')]"));
    click(By.xpath("//div[contains(@class,'modal')]//*[normalize-space(text())='Kế hoạch thi đua']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal .fjs-form")));
    field("Mẫu kế hoạch");
    screenshot("01-ban-tdkt-chon-mau-ke-hoach");
    long draftsBefore = tasks.createTaskQuery().taskDefinitionKey("draftPlan").taskAssignee("canbo.bantdkt").count();
    click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Khởi tạo']"));
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
    screenshot("01b-ban-tdkt-hoan-thien-ke-hoach");
    completeTheTaskForm();
    wait.until(d -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).count() == 1);
    screenshot("02-ban-tdkt-da-khoi-tao");

    ProcessInstance plan = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
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
    choose(By.xpath("//div[contains(@class,'fjs-form-field')]//label[contains(., 'Phê duyệt kế hoạch')]"));
    screenshot("03b-chu-tich-phe-duyet-tren-bieu-mau");
    choose(By.xpath("//button[normalize-space(.)='Hoàn thành']"));
    wait.until(d -> runtime.createProcessInstanceQuery().processInstanceId(plan.getId()).activityIdIn("approvePlan").count() == 0);
    assertThat(runtime.getVariable(plan.getId(), "planApproved")).isEqualTo(true);

    logIn("yte.canbo");
    String yteList = unitWorkListShowing("Sở Y tế");
    screenshot("04-can-bo-so-y-te-chi-thay-viec-cua-minh");
    assertThat(yteList).contains("Đăng ký thi đua").doesNotContain("Sở Giáo dục và Đào tạo");
  }

  @Test
  @DisplayName("đơn vị nộp hồ sơ bằng tệp thật trên Tasklist; Ban TĐKT nhận việc thẩm định")
  void unitUploadsItsDossierInTheBrowser(@org.junit.jupiter.api.io.TempDir Path files) throws IOException {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    register(plan, "so-gddt");
    at(java.time.LocalDateTime.of(2025, 10, 1, 8, 0));
    reportResults(plan, "so-gddt");
    proposesOne(plan, "so-gddt", "Nguyễn Văn An");
    at(java.time.LocalDateTime.of(2025, 10, 14, 9, 0));
    byte[] pdf = pdf("x.pdf").getValue().readAllBytes();
    for (String name : new String[] {"to-trinh.pdf", "bien-ban.pdf", "bao-cao-thanh-tich.pdf"}) {
      Files.write(files.resolve(name), pdf);
    }

    logIn("gddt.canbo");
    openTask(unitTask(plan, "so-gddt", "submitDossier").getId());
    click(By.xpath("//*[self::a or self::button][normalize-space(.)='Nhận việc']"));
    wait.until(d -> tasks.createTaskQuery().processInstanceId(unitDrive(plan, "so-gddt").getId())
        .taskAssignee("gddt.canbo").count() == 1);
    WebElement number = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[cam-variable-name='proposalLetterNumber']")));
    number.sendKeys("15/TTr-SGDĐT");
    upload("proposalLetterFile", files.resolve("to-trinh.pdf"));
    upload("meetingMinutesFile", files.resolve("bien-ban.pdf"));
    upload("achievementReport_n1", files.resolve("bao-cao-thanh-tich.pdf"));
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
  @DisplayName("thư ký nhập từng dòng người được xét trên Tasklist và bấm Hoàn thành ngay, không phải Lưu trước")
  void secretaryRecordsTheMeetingRowByRow() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    registeredAndReported(plan, "so-gddt");

    logIn("gddt.thuky");
    openTask(unitTask(plan, "so-gddt", "recordSelectionMeeting").getId());
    click(By.xpath("//*[self::a or self::button][normalize-space(.)='Nhận việc']"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-form")));
    pickDate("Ngày họp", 2025, 10, 1);
    type("Số thành viên dự họp", "9");
    type("Thành phần dự họp", "Các thành viên Hội đồng Thi đua - Khen thưởng Sở");
    clickCentred(field("Đối tượng").findElement(By.xpath(".//label[contains(., 'Cá nhân')]")));
    type("Tên tập thể / Họ và tên", "Nguyễn Văn An");
    type("Chức vụ", "Giáo viên");
    type("Tóm tắt thành tích", "Hoàn thành xuất sắc nhiệm vụ năm học 2024 - 2025.");
    type("Số phiếu đồng ý", "8");
    type("Số phiếu không đồng ý", "1");
    clickCentred(field("Đề nghị khen thưởng cấp trên").findElement(By.cssSelector("input[type=checkbox]")));
    assertThat(browser.findElement(By.cssSelector(".task-details .fjs-form")).getText()).contains("Thêm dòng")
        .doesNotContain("Add new");

    // The row was edited and nothing saved: "Hoàn thành" is available at once, and what is
    // missing (the row's code) is named in Vietnamese.
    completeTheTaskForm();
    wait.until(d -> field("Mã").getText().contains("Chưa nhập mục bắt buộc này."));
    screenshot("07-thu-ky-thieu-muc-bat-buoc");
    type("Mã", "n1" + org.openqa.selenium.Keys.TAB);
    wait.until(d -> !field("Mã").getText().contains("Chưa nhập mục bắt buộc này."));
    screenshot("08-thu-ky-ghi-ket-qua-hop-xet");
    completeTheTaskForm();
    ProcessInstance drive = unitDrive(plan, "so-gddt");
    wait.until(d -> !tasks.createTaskQuery().processInstanceId(drive.getId()).taskDefinitionKey("approveSelection").list().isEmpty());
    assertThat(runtime.getVariable(drive.getId(), "nominees").toString()).contains("Nguyễn Văn An", "\"proposeUpward\":true");
  }

  /** Opens a task by its address in Tasklist: other tests' plans may have tasks of the same name. */
  private void openTask(String taskId) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
  }

  /** Clicks "Hoàn thành" once it is enabled; Tasklist's notices may float over it, the click goes to the button. */
  private void completeTheTaskForm() {
    WebElement button;
    try {
      button = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Hoàn thành']")));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("loi-nut-hoan-thanh-khong-bam-duoc");
      throw e;
    }
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();", button);
  }

  /** Chooses a file for one of the dossier's slots, as a person does with the file picker. */
  private void upload(String slot, Path file) {
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("[data-tdkt-slot='" + slot + "'] input[type=file]")));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  private void logIn(String user) {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    name.sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(., 'Việc của đơn vị')]")));
  }

  /** The task list of the filter "Việc của đơn vị", once it shows the expected task. */
  private String unitWorkListShowing(String expectedTask) {
    click(By.xpath("//a[contains(., 'Việc của đơn vị')]"));
    return wait.until(d -> {
      String text = d.findElement(By.cssSelector(".tasks-list")).getText();
      return text.contains(expectedTask) ? text : null;
    });
  }

  private WebElement field(String label) {
    // The field nearest to its label: a list of rows is a field too, holding its rows' fields.
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "(//label[normalize-space(.)='" + label + "' or normalize-space(.)='" + label + "*']"
            + "/ancestor::div[contains(@class,'fjs-form-field')][1])[1]")));
  }

  /**
   * Types into a field and waits until the form holds the text: form-js may render a list's row
   * again while a person types (after a choice in the same row), and the keys then land nowhere.
   */
  private void type(String label, String text) {
    String expected = text.replace(org.openqa.selenium.Keys.TAB, "");
    wait.until(d -> {
      WebElement input = field(label).findElement(By.cssSelector("input, textarea"));
      if (!expected.equals(input.getDomProperty("value"))) {
        input.clear();
        input.sendKeys(text);
      }
      return expected.equals(field(label).findElement(By.cssSelector("input, textarea")).getDomProperty("value"));
    });
  }

  /** Picks a day in the field's calendar, as a person does: month by month, then the day. */
  private void pickDate(String label, int year, int month, int day) {
    WebElement field = field(label);
    clickCentred(field.findElement(By.cssSelector("input.flatpickr-input")));
    WebElement calendar = wait.until(d -> field.findElements(By.cssSelector(".flatpickr-calendar.open")).stream()
        .findFirst().orElse(null));
    for (int i = 0; i < 36; i++) {
      int shown = Integer.parseInt(calendar.findElement(By.cssSelector("input.cur-year")).getDomProperty("value")) * 12
          + Integer.parseInt(calendar.findElement(By.cssSelector("select.flatpickr-monthDropdown-months")).getDomProperty("value"));
      int wanted = year * 12 + month - 1;
      if (shown == wanted) {
        break;
      }
      calendar.findElement(By.cssSelector(shown < wanted ? ".flatpickr-next-month" : ".flatpickr-prev-month")).click();
    }
    clickCentred(calendar.findElement(By.xpath(".//span[contains(@class,'flatpickr-day') and not(contains(@class,'prevMonthDay'))"
        + " and not(contains(@class,'nextMonthDay')) and normalize-space(text())='" + day + "']")));
  }

  private void pickUnit(String search, String unitName) {
    WebElement input = field("Đơn vị tham gia").findElement(By.cssSelector("input.fjs-taglist-input"));
    input.click();
    input.sendKeys(search);
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + unitName + "']"));
  }

  /** Clicks an element brought to the middle of the window, clear of Tasklist's notification panel. */
  private void clickCentred(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private void click(By target) {
    wait.until(ExpectedConditions.elementToBeClickable(target)).click();
  }

  /** Clicks a form's option or button where the page's frame may overlap it (the bottom of a long form). */
  private void choose(By target) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].click()",
        wait.until(ExpectedConditions.elementToBeClickable(target)));
  }

  private void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
