package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Văn bản lưu trong biến chuỗi của Camunda (tối đa 4.000 ký tự)")
class TextVariablesTest {

  @Test
  @DisplayName("tên các đơn vị: đủ chỗ thì ghi hết; quá dài thì ghi những tên vừa chỗ và số đơn vị còn lại")
  void unitNamesFitTheColumn() {
    assertThat(TextVariables.unitNames(List.of("Sở Y tế", "Sở Tư pháp"))).isEqualTo("Sở Y tế; Sở Tư pháp");

    List<String> communes = IntStream.rangeClosed(1, 200).mapToObj("Ủy ban nhân dân xã thử nghiệm số %03d"::formatted).toList();
    String names = TextVariables.unitNames(communes);

    assertThat(names.length()).isLessThanOrEqualTo(TextVariables.MAX_LENGTH);
    int shown = names.split("; ").length;
    assertThat(names).startsWith("Ủy ban nhân dân xã thử nghiệm số 001; ")
        .endsWith("Ủy ban nhân dân xã thử nghiệm số %03d … và %d đơn vị khác".formatted(shown, 200 - shown));
  }

  @Test
  @DisplayName("tên các đề nghị của một đơn vị (mỗi tên đến 255 ký tự) cũng vừa chỗ, kèm số đề nghị còn lại")
  void nomineeNamesFitTheColumn() {
    List<String> nominees = IntStream.rangeClosed(1, 30).mapToObj(i -> "Tập thể %02d ".formatted(i) + "x".repeat(240)).toList();

    String names = TextVariables.names(nominees, "đề nghị");

    assertThat(names.length()).isLessThanOrEqualTo(TextVariables.MAX_LENGTH);
    assertThat(names).startsWith("Tập thể 01 ").endsWith(" … và %d đề nghị khác".formatted(30 - names.split("; ").length));
  }

  @Test
  @DisplayName("văn bản của cán bộ dài quá 4.000 ký tự: nêu mục và độ dài")
  void tooLongNamesTheField() {
    assertThat(TextVariables.tooLong("Ý kiến", "x".repeat(4000))).isNull();
    assertThat(TextVariables.tooLong("Ý kiến", 12)).isNull();
    assertThat(TextVariables.tooLong("Ý kiến", "x".repeat(4001))).startsWith("Mục «Ý kiến» dài 4.001 ký tự, quá giới hạn 4.000 ký tự");
  }

  @Test
  @DisplayName("mọi ô văn bản cán bộ nhập trên biểu mẫu báo ngay khi quá dài: tối đa 4.000 ký tự; số kế hoạch, số quyết"
      + " định, tên kế hoạch, hình thức khen thưởng, tên và chức vụ người được đề nghị theo cột của sổ khen thưởng")
  void everyEditableTextOfTheFormsHasItsLimit() throws IOException {
    Map<String, Integer> limits = new TreeMap<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        collect(form.getFileName().toString().replace(".form", ""), null, new ObjectMapper().readTree(form.toFile())
            .path("components"), limits);
      }
    }
    List<String> unlimited = new ArrayList<>();
    limits.forEach((field, limit) -> {
      if (limit == 0 || limit > TextVariables.MAX_LENGTH) {
        unlimited.add(field);
      }
    });

    assertThat(unlimited).as("editable texts without a length a variable keeps").isEmpty();
    assertThat(limits).containsEntry("draftPlan:planNumber", 100).containsEntry("launchCongressPlan:planNumber", 100)
        .containsEntry("draftPlan:planTitle", 1000).containsEntry("draftPlan:awardName", 255)
        .containsEntry("decideAwards:decisionNumber", 100)
        .containsEntry("recordSelectionMeeting:nominees.name", 255).containsEntry("recordSelectionMeeting:nominees.position", 255)
        .containsEntry("recordPartySelectionMeeting:nominees.name", 255)
        .containsEntry("recordPartySelectionMeeting:nominees.position", 255)
        .containsEntry("registerUnit:registrationCommitments", 4000)
        .as("a phase's name becomes a variable of its own").containsEntry("draftPlan:phases.name", 255);
  }

  /** Each editable text field by form and key (a list's columns as list.column, kept as Json: only those limited). */
  private static void collect(String form, String list, JsonNode components, Map<String, Integer> limits) {
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      boolean editable = !c.path("disabled").asBoolean(false) && !c.path("readonly").asBoolean(false);
      int limit = c.path("validate").path("maxLength").asInt(0);
      if (("textfield".equals(type) || "textarea".equals(type)) && editable && (list == null || limit > 0)) {
        limits.put(form + ":" + (list == null ? "" : list + ".") + c.path("key").asText(), limit);
      }
      collect(form, "dynamiclist".equals(type) ? c.path("path").asText() : list, c.path("components"), limits);
    }
  }
}
