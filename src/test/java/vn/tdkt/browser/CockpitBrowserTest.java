package vn.tdkt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Cockpit (and Welcome) as the monitor sees them in a real browser, with a running plan: in Vietnamese. */
@DisplayName("Cockpit trong trình duyệt thật")
class CockpitBrowserTest extends BrowserTest {

  CockpitBrowserTest() {
    super(Path.of("target", "screenshots"));
  }

  @Test
  @DisplayName("giám sát viên xem các quy trình và luồng việc của từng đơn vị bằng tiếng Việt")
  void monitorFollowsARunningPlanInVietnamese() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-yte");
    logInTo("cockpit", "giamsat");

    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
    String processes = wait.until(d -> {
      String text = d.findElement(By.tagName("body")).getText();
      return text.contains("Kế hoạch thi đua") && text.contains("Thi đua của đơn vị") ? text : null;
    });
    screenshot("10-giam-sat-cockpit-danh-sach-quy-trinh");
    assertThat(showsCamundaEndOfLifeNotice()).as("Camunda's end-of-life notice in Cockpit").isTrue();
    assertThat(processes).contains("định nghĩa quy trình đã triển khai", "Số phiên đang chạy")
        .doesNotContain("Process Definitions", "Running Instances");

    // The units' lines of this plan, under a header Camunda writes in English in its code.
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + plan.getId()
        + "/runtime?tab=called-process-instances-tab");
    String called = wait.until(d -> {
      String text = d.findElement(By.tagName("body")).getText();
      return text.contains(plan.getBusinessKey() + "/so-gddt") ? text : null;
    });
    screenshot("11-giam-sat-cockpit-luong-viec-cua-don-vi");
    assertThat(called).contains("Trạng thái", plan.getBusinessKey() + "/so-yte").doesNotContain("State");
    assertThat(browser.findElements(By.cssSelector("[title='zoom in'], [title='reset zoom']"))).isEmpty();

    // Welcome loads the same script: its profile form suggests Vietnamese names.
    browser.get("http://localhost:" + port + "/camunda/app/welcome/default/#!/welcome");
    click(By.xpath("//*[self::a or self::button][contains(., 'Sửa hồ sơ cá nhân')]"));
    wait.until(d -> "Nguyễn".equals(d.findElement(By.cssSelector("input[ng-model='user.lastName']")).getDomProperty("placeholder")));

    // And it links the public list of awards; Camunda's end-of-life notice is left to Cockpit and Admin.
    browser.get("http://localhost:" + port + "/camunda/app/welcome/default/#!/welcome");
    assertThat(showsCamundaEndOfLifeNotice()).as("Camunda's end-of-life notice on the Welcome page").isFalse();
    By publicResults = By.xpath("//a[contains(., 'Công khai kết quả khen thưởng')]");
    wait.until(d -> !d.findElements(publicResults).isEmpty());
    assertThat(browser.findElement(publicResults).getDomAttribute("href")).isEqualTo("/cong-khai");
  }
}
