package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.decision.AwardRegister;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Văn bản được lưu: trong giới hạn cột của Camunda, ở một dạng Unicode")
class StoredTextPluginTest extends DriveTest {

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

  /** "Nguyễn Văn Ấn" as typed with combining accents (Unikey's "Unicode tổ hợp"). */
  private static final String COMBINING = Normalizer.normalize("Nguyễn Văn Ấn", Normalizer.Form.NFD);

  @Test
  @DisplayName("tên gõ kiểu Unicode tổ hợp (dấu rời) được lưu ở dạng dựng sẵn, trong biến văn bản và danh sách; tìm theo"
      + " tên gõ kiểu nào cũng thấy")
  void textTypedWithCombiningAccentsIsStoredPrecomposed() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    assertThat(COMBINING).isNotEqualTo("Nguyễn Văn Ấn");

    runtime.setVariable(plan.getId(), "note", COMBINING);
    runtime.setVariable(plan.getId(), "rows", JsonVariables.json(List.of(Map.of("name", COMBINING))));

    assertThat(runtime.getVariable(plan.getId(), "note")).isEqualTo("Nguyễn Văn Ấn");
    assertThat(((SerializableValue) runtime.getVariableTyped(plan.getId(), "rows", false)).getValueSerialized())
        .isEqualTo("[{\"name\":\"Nguyễn Văn Ấn\"}]");
    for (String typed : List.of(COMBINING, "Nguyễn Văn Ấn")) {
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(plan.getId()).variableValueEquals("note", typed)
          .count()).as(typed).isOne();
    }
  }

  @Test
  @DisplayName("người được khen thưởng có tên gõ kiểu Unicode tổ hợp: sổ khen thưởng ghi dạng dựng sẵn, tìm kiểu nào cũng thấy")
  void theAwardRegisterFindsANameWhicheverWayItIsTyped() {
    ProcessInstance plan = proposedForDecision("so-gddt", COMBINING);
    allAwarded(plan, "77/QĐ-UBND", "2025-10-15");

    for (String typed : List.of(COMBINING, "Nguyễn Văn Ấn", "văn ấn")) {
      assertThat(register.find(plan.getBusinessKey(), typed)).as(typed).extracting(AwardRegister.Award::nomineeName)
          .containsExactly("Nguyễn Văn Ấn");
    }
  }

  @Autowired AwardRegister register;
}
