package vn.tdkt.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Biểu mẫu và quy trình dùng cùng tên dữ liệu")
class FormFieldsReadTest {

  private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "radio", "select",
      "datetime", "checklist", "taglist", "dynamiclist");

  /** A meeting's rating columns, one per year the plan rates, read by the year ("rating" + year). */
  private static final Pattern RATING_OF_A_YEAR = Pattern.compile("rating\\d{4}");

  @Test
  @DisplayName("mọi ô cán bộ nhập trên biểu mẫu đều có nơi đọc (mã Java, mô hình BPMN/DMN hay biểu mẫu của bước sau):"
      + " đổi tên ô mà không đổi nơi đọc thì điều cán bộ nhập mất lặng lẽ")
  void everyFieldAnOfficialFillsInIsRead() throws IOException {
    String java = readAll(Path.of("src/main/java"), ".java");
    String models = readAll(Path.of("processes"), ".bpmn") + readAll(Path.of("processes"), ".dmn");
    Map<String, String> forms = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.sorted().toList()) {
        forms.put(file.getFileName().toString(), Files.readString(file));
      }
    }

    List<String> unread = new ArrayList<>();
    for (Map.Entry<String, String> form : forms.entrySet()) {
      if (!form.getKey().endsWith(".form")) {
        continue;
      }
      String elsewhere = models + forms.entrySet().stream().filter(f -> !f.getKey().equals(form.getKey()))
          .map(Map.Entry::getValue).collect(Collectors.joining());
      for (String field : fieldsFilledIn(new ObjectMapper().readTree(form.getValue()).path("components"), null)) {
        String name = field.substring(field.indexOf('.') + 1);
        // A list's column is read as a record's component (Delegate.basis), a top-level field by its name.
        boolean read = java.contains("\"" + name + "\"") || (field.contains(".") && word(name).matcher(java).find())
            || word(name).matcher(elsewhere).find() || RATING_OF_A_YEAR.matcher(name).matches();
        if (!read) {
          unread.add(form.getKey() + ": " + field);
        }
      }
    }

    assertThat(unread).as("fields an official fills in that nothing reads").isEmpty();
    assertThat(forms).as("the check reads the forms it guards").containsKeys("decideAwards.form", "recordCongress.form");
  }

  /** The editable inputs of a form, a list's columns as list.column. */
  private static List<String> fieldsFilledIn(JsonNode components, String list) {
    List<String> fields = new ArrayList<>();
    for (JsonNode c : components) {
      String type = c.path("type").asText();
      String key = "dynamiclist".equals(type) ? c.path("path").asText() : c.path("key").asText();
      boolean editable = !c.path("disabled").asBoolean(false) && !c.path("readonly").asBoolean(false);
      if (INPUTS.contains(type) && editable && !key.isEmpty()) {
        fields.add(list == null ? key : list + "." + key);
      }
      fields.addAll(fieldsFilledIn(c.path("components"), "dynamiclist".equals(type) ? key : list));
    }
    return fields;
  }

  private static Pattern word(String name) {
    return Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
  }

  private static String readAll(Path root, String suffix) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      StringBuilder all = new StringBuilder();
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        all.append(Files.readString(file)).append('\n');
      }
      return all.toString();
    }
  }
}
