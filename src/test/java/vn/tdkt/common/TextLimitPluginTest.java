package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Văn bản dài hơn cột của Camunda")
class TextLimitPluginTest extends DriveTest {

  @Test
  @DisplayName("quản trị ghi qua REST một biến văn bản quá 4.000 ký tự: trả 400 nêu tên biến và độ dài, giá trị cũ còn nguyên;"
      + " đúng 4.000 ký tự thì được lưu")
  void administratorsLongTextIsRefusedByName() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String path = "/engine-rest/process-instance/" + plan.getId() + "/variables/planTheme";
    Object before = runtime.getVariable(plan.getId(), "planTheme");

    Http.Reply refused = http().call("admin", "PUT", path, "{\"value\": \"" + "x".repeat(4001) + "\", \"type\": \"String\"}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("message").asText()).contains("Giá trị «planTheme» dài 4.001 ký tự, quá giới hạn"
        + " 4.000 ký tự. Đây là giới hạn của một biến văn bản (String) trong cơ sở dữ liệu của Camunda.");
    assertThat(runtime.getVariable(plan.getId(), "planTheme")).isEqualTo(before);
    assertThat(http().call("admin", "PUT", path, "{\"value\": \"" + "x".repeat(4000) + "\", \"type\": \"String\"}").status())
        .isEqualTo(204);
    assertThat(runtime.getVariable(plan.getId(), "planTheme")).isEqualTo("x".repeat(4000));
  }

  @Test
  @DisplayName("một đoạn mã ghi biến văn bản quá dài thì bị dừng ngay, nêu tên biến; biến tạm (không lưu) thì dài bao nhiêu cũng được")
  void codeWritingALongTextIsStoppedAtOnce() {
    ProcessInstance plan = launchedAndApproved("so-gddt");

    assertThatThrownBy(() -> runtime.setVariable(plan.getId(), "note", "y".repeat(4001)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Giá trị «note» dài 4.001 ký tự");
    assertThat(runtime.getVariable(plan.getId(), "note")).isNull();
    runtime.setVariable(plan.getId(), "note", Variables.stringValue("y".repeat(5000), true));
  }
}
