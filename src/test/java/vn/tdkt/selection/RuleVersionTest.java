package vn.tdkt.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;

@DisplayName("Quản trị sửa bảng quy tắc DMN")
class RuleVersionTest extends DriveTest {

  @Test
  @DisplayName("bảng chỉ tiêu sửa xong áp dụng cho kế hoạch mới; kế hoạch đang chạy giữ phiên bản cũ")
  void newRuleAppliesToNewPlansOnly() {
    ProcessInstance running = launchedAndApproved("so-tu-phap");

    try {
      assertThat(deployWithChange("nomineeQuota.dmn", dmn -> dmn.replace(
          "<outputEntry id=\"standardUnitOutput\"><text>1</text>", "<outputEntry id=\"standardUnitOutput\"><text>3</text>")))
          .containsExactly("nomineeQuota.dmn");
      ProcessInstance launchedAfter = launchedAndApproved("so-tu-phap");
      register(running, "so-tu-phap");
      register(launchedAfter, "so-tu-phap");
      at(LocalDateTime.of(2025, 10, 1, 8, 0));
      reportResults(running, "so-tu-phap");
      reportResults(launchedAfter, "so-tu-phap");

      assertThat(runtime.getVariable(unitDrive(running, "so-tu-phap").getId(), "quotaText")).isEqualTo("Không quá 01 tập thể, cá nhân");
      assertThat(runtime.getVariable(unitDrive(launchedAfter, "so-tu-phap").getId(), "quotaText")).isEqualTo("Không quá 03 tập thể, cá nhân");
    } finally {
      assertThat(restoreModels()).containsExactly("nomineeQuota.dmn");
    }
  }
}
