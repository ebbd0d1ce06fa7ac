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
    pickUnit("Giáo dục", "Sở Giáo dục và Đào tạo");
    pickUnit("Y tế", "Sở Y tế");
    screenshot("01-ban-tdkt-soan-ke-hoach");
    click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Khởi tạo']"));
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
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + approval);
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
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//div[contains(@class,'fjs-form-field')][.//label[normalize-space(.)='" + label + "' or normalize-space(.)='"
            + label + "*']]")));
  }

  private void type(String label, String text) {
    field(label).findElement(By.cssSelector("input, textarea")).sendKeys(text);
  }

  /** Picks a day in the field's calendar, as a person does: month by month, then the day. */
  private void pickDate(String label, int year, int month, int day) {
    WebElement field = field(label);
    field.findElement(By.cssSelector("input.flatpickr-input")).click();
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
    calendar.findElement(By.xpath(".//span[contains(@class,'flatpickr-day') and not(contains(@class,'prevMonthDay'))"
        + " and not(contains(@class,'nextMonthDay')) and normalize-space(text())='" + day + "']")).click();
  }

  private void pickUnit(String search, String unitName) {
    WebElement input = field("Đơn vị tham gia").findElement(By.cssSelector("input.fjs-taglist-input"));
    input.click();
    input.sendKeys(search);
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(., '" + unitName + "')]"));
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
