package vn.tdkt.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tdkt.support.DriveTest;

/**
 * Officials in a real browser (Debian's headless chromium) on the application of the test: what
 * a person does in Tasklist — log in, pick a filter and a task, claim it, fill a Camunda Form or
 * the dossier form, complete it — with waits that survive form-js rendering a form again. Every
 * step can keep a screenshot under target/screenshots for review.
 */
abstract class BrowserTest extends DriveTest {

  /** How Tasklist shows dates (tasklist/scripts/config.js), and the date fields of forms too (tdkt-fixes.js). */
  static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** Tasklist's button that submits the task's form. */
  static final By COMPLETE_BUTTON = By.xpath("//button[normalize-space(.)='Hoàn thành']");

  /** The content of a task's form: a Camunda Form's fields, or the dossier form. */
  private static final By TASK_FORM = By.cssSelector(".task-details .fjs-form-field, .task-details form.tdkt-dossier-form");

  WebDriver browser;
  WebDriverWait wait;
  private final Path screenshots;

  BrowserTest(Path screenshots) {
    this.screenshots = screenshots;
  }

  /** A failing step leaves a screenshot of what the browser showed then, and the report its address. */
  @RegisterExtension
  final TestExecutionExceptionHandler screenshotOnFailure = (context, error) -> {
    screenshot("loi-" + context.getRequiredTestMethod().getName());
    error.addSuppressed(new IllegalStateException("the browser was at " + browser.getCurrentUrl()));
    throw error;
  };

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
    // form-js renders parts of a form again at moments of its own: an element found may be gone.
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  // ---- Tasklist ---------------------------------------------------------------------------------

  void logIn(String user) {
    logInTo("tasklist", user);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(., 'Việc của đơn vị')]")));
  }

  /**
   * Whether the page shows Camunda's notice that Camunda 7 CE has had its last release (every
   * webapp's header holds it in this edition; user-styles.css hides it where officials work).
   */
  boolean showsCamundaEndOfLifeNotice() {
    By notice = By.cssSelector(".ce-eol-banner");
    wait.until(d -> !d.findElements(notice).isEmpty());
    return browser.findElement(notice).isDisplayed();
  }

  /** Logs in to one of the webapps (tasklist, cockpit, admin) as the demo user. */
  void logInTo(String app, String user) {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/camunda/app/" + app + "/");
    By name = By.cssSelector("input[ng-model=username]");
    wait.until(ExpectedConditions.visibilityOfElementLocated(name)).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(name));
  }

  /** The user claims the task, as from the group's list, logs in to Tasklist and opens it. */
  void openAs(String user, String taskId) {
    tasks.claim(taskId, user);
    logIn(user);
    openTask(taskId);
  }

  /**
   * Opens a task by its address in Tasklist (other tests' plans may have tasks of the same name)
   * and waits for its form. Now and then Tasklist, as it loads, drops the task from its address and
   * shows none (seen once; why, not found); the address is opened again, as a person reloads.
   */
  void openTask(String taskId) {
    String address = "http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId;
    // A new page, not a change of the address's part after '#': Tasklist, still updating its own
    // address (after a start form, say), can overwrite that change and show no task.
    browser.get("about:blank");
    browser.get(address);
    wait.until(d -> {
      if (!d.findElements(TASK_FORM).isEmpty()) {
        return true;
      }
      if (!d.getCurrentUrl().contains("task=" + taskId)) {
        d.get(address);
      }
      return false;
    });
  }

  /** The task list of the filter "Việc của đơn vị", once it shows the expected task. */
  String unitWorkListShowing(String expectedTask) {
    click(By.xpath("//a[contains(., 'Việc của đơn vị')]"));
    return wait.until(d -> {
      String text = d.findElement(By.cssSelector(".tasks-list")).getText();
      return text.contains(expectedTask) ? text : null;
    });
  }

  /**
   * The entry of the task list, under the filter, that shows all the texts (a task's name, its
   * plan number, its unit): the list shows each task's plan and unit (identity/AccessSetup).
   */
  WebElement listEntry(String filter, String... texts) {
    click(By.xpath("//a[contains(., '" + filter + "')]"));
    return wait.until(d -> d.findElements(By.cssSelector(".tasks-list li")).stream()
        .filter(entry -> Arrays.stream(texts).allMatch(entry.getText()::contains)).findFirst().orElse(null));
  }

  /**
   * Picks the task in the list, as a person does, and waits for its form. Tasklist may render the
   * list again between finding the entry and clicking it; the wait then looks for it again.
   */
  void openFromList(String filter, String... texts) {
    wait.until(d -> {
      clickCentred(listEntry(filter, texts).findElement(By.cssSelector("a")));
      return true;
    });
    wait.until(ExpectedConditions.visibilityOfElementLocated(TASK_FORM));
  }

  /**
   * "Nhận việc": the form can be completed only by the one who claimed the task. Tasklist then
   * loads the form again, at a moment of its own, and what was typed before is lost; the task is
   * opened afresh instead, as a person reloads the page, and its form is loaded once, editable.
   */
  void claim() {
    By claim = By.xpath("//*[self::a or self::button][normalize-space(.)='Nhận việc']");
    click(claim);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(TASK_FORM));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-details .disabled-form")));
  }

  /**
   * Leaves the field being typed in, as a person does before reaching "Hoàn thành" (form-js takes
   * a text only then, or after a pause), and clicks "Hoàn thành" once it is enabled; Tasklist's
   * notices may float over it, the click goes to the button.
   */
  void completeTheTaskForm() {
    ((JavascriptExecutor) browser).executeScript("if (document.activeElement) { document.activeElement.blur(); }");
    ((JavascriptExecutor) browser).executeScript("arguments[0].click();",
        wait.until(ExpectedConditions.elementToBeClickable(COMPLETE_BUTTON)));
  }

  /**
   * "Khởi tạo quy trình" → the process ("Kế hoạch thi đua"): its start form, shown in Tasklist's dialog.
   * The dialog may list the processes a moment before it listens to clicks on them (a click then
   * only focuses the link), so the process is clicked again, a few seconds apart, until its form
   * shows.
   */
  void openTheStartForm(String process) {
    click(By.xpath("//a[contains(., 'Khởi tạo quy trình')]"));
    By plan = By.xpath("//div[contains(@class,'modal')]//*[normalize-space(text())='" + process + "']");
    By form = By.cssSelector(".modal .fjs-form");
    WebDriverWait aMoment = new WebDriverWait(browser, Duration.ofSeconds(5));
    wait.until(d -> {
      try {
        List<WebElement> links = d.findElements(plan);
        if (!links.isEmpty() && links.get(0).isDisplayed()) {
          links.get(0).click();
        }
        return aMoment.until(ExpectedConditions.visibilityOfElementLocated(form));
      } catch (TimeoutException notYet) {
        return null;
      }
    });
  }

  /** The start dialog's "Khởi tạo". */
  void startFromTheDialog() {
    click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Khởi tạo']"));
  }

  /** The text of Tasklist's notices (completion refused, with the server's reasons). */
  String noticeShowing(String expected) {
    return wait.until(d -> d.findElements(By.cssSelector("[notifications-panel] .alert")).stream()
        .map(WebElement::getText).filter(text -> text.contains(expected)).findFirst().orElse(null));
  }

  /** What the open task's Camunda Form shows: its texts and the values of its fields, read-only ones included. */
  String formText() {
    WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-details .fjs-form")));
    return (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].innerText + '\\n' + Array.from("
        + "arguments[0].querySelectorAll('input, textarea')).map(function (e) { return e.value; }).join('\\n');", form);
  }

  // ---- Camunda Forms and the dossier form -------------------------------------------------------

  WebElement field(String label) {
    // The field nearest to its label: a list of rows is a field too, holding its rows' fields.
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "(//label[normalize-space(.)='" + label + "' or normalize-space(.)='" + label + "*']"
            + "/ancestor::div[contains(@class,'fjs-form-field')][1])[1]")));
  }

  /**
   * Types into a field, leaves it, and waits until the form holds the text. form-js takes a text
   * some moments after the last key, or when the field is left; rendered again before that (after
   * a choice in the same row of a list, say), the field shows the form's old value and the keys
   * are lost. Leaving the field hands the text over at once, as a person moving on does.
   */
  void type(String label, String text) {
    String expected = text.replace(Keys.TAB, "");
    wait.until(d -> {
      WebElement input = field(label).findElement(By.cssSelector("input, textarea"));
      if (!expected.equals(input.getDomProperty("value"))) {
        input.clear();
        input.sendKeys(text);
        ((JavascriptExecutor) browser).executeScript("arguments[0].blur();", input);
      }
      return expected.equals(field(label).findElement(By.cssSelector("input, textarea")).getDomProperty("value"));
    });
  }

  /** Types a day into a date field as officials write it (dd/MM/yyyy) and leaves the field, which takes it. */
  void typeDate(String label, LocalDate day) {
    type(label, SHOWN_DATE.format(day) + Keys.TAB);
  }

  /** Picks a day in the field's calendar, as a person does: month by month, then the day. */
  void pickDate(String label, int year, int month, int day) {
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

  /**
   * Chooses one of a field's options (radio button) by its label, until the form holds the choice:
   * a click that lands while form-js renders the form again (taking the text just typed) is lost.
   */
  void chooseOption(String fieldLabel, String option) {
    By label = By.xpath(".//label[contains(., '" + option + "')]");
    wait.until(d -> {
      if (!field(fieldLabel).findElement(label).findElement(By.cssSelector("input")).isSelected()) {
        clickCentred(field(fieldLabel).findElement(label));
      }
      return field(fieldLabel).findElement(label).findElement(By.cssSelector("input")).isSelected();
    });
  }

  /** Ticks a checkbox field, until the form holds it ticked. */
  void tick(String fieldLabel) {
    By box = By.cssSelector("input[type=checkbox]");
    wait.until(d -> {
      if (!field(fieldLabel).findElement(box).isSelected()) {
        clickCentred(field(fieldLabel).findElement(box));
      }
      return field(fieldLabel).findElement(box).isSelected();
    });
  }

  /** Chooses in a drop-down field the option whose label starts with the text. */
  void select(String label, String option) {
    WebElement field = field(label);
    clickCentred(field.findElement(By.cssSelector(".fjs-input-group")));
    clickCentred(wait.until(d -> field.findElements(By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')]"
        + "[starts-with(normalize-space(.), '" + option + "')]")).stream().findFirst().orElse(null)));
  }

  void pickUnit(String search, String unitName) {
    WebElement input = field("Đơn vị tham gia").findElement(By.cssSelector("input.fjs-taglist-input"));
    input.click();
    input.sendKeys(search);
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + unitName + "']"));
  }

  /**
   * Fills the selection meeting's row of one individual the council proposes upward, all but the
   * row's code; the kind comes first, as its choice renders the row again.
   */
  void proposedIndividual(String name, String position, int votesFor, int votesAgainst) {
    chooseOption("Đối tượng", "Cá nhân");
    type("Tên tập thể / Họ và tên", name);
    type("Chức vụ", position);
    type("Tóm tắt thành tích", "Hoàn thành xuất sắc nhiệm vụ năm học 2024 - 2025.");
    type("Số phiếu đồng ý", String.valueOf(votesFor));
    type("Số phiếu không đồng ý", String.valueOf(votesAgainst));
    tick("Đề nghị khen thưởng cấp trên");
  }

  /** A PDF file, as a unit scans its papers, in the folder. */
  static Path dossierFile(Path folder, String name) throws IOException {
    return Files.write(folder.resolve(name), pdf(name).getValue().readAllBytes());
  }

  /** The dossier of a unit with one proposed nominee (n1): its letter's number and the three files. */
  void fillDossier(String letterNumber, Path letter, Path minutes, Path achievementReport) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[cam-variable-name='proposalLetterNumber']")))
        .sendKeys(letterNumber);
    upload("proposalLetterFile", letter);
    upload("meetingMinutesFile", minutes);
    upload("achievementReport_n1", achievementReport);
  }

  /** Chooses a file for one of the dossier's slots, as a person does with the file picker. */
  void upload(String slot, Path file) {
    WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("[data-tdkt-slot='" + slot + "'] input[type=file]")));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  // ---- clicks and screenshots -------------------------------------------------------------------

  /** Clicks an element brought to the middle of the window, clear of Tasklist's notification panel. */
  void clickCentred(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  void click(By target) {
    wait.until(ExpectedConditions.elementToBeClickable(target)).click();
  }

  /** Clicks a form's option or button where the page's frame may overlap it (the bottom of a long form). */
  void choose(By target) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].click()",
        wait.until(ExpectedConditions.elementToBeClickable(target)));
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(screenshots);
      Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
