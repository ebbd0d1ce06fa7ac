package vn.tdkt.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Camunda ships its webapps in English and German only; ours carry Vietnamese. Every key of the
 * English locale of the Camunda version on the class path must have a Vietnamese value, so an
 * upgrade cannot silently leave English behind.
 */
@DisplayName("Giao diện Camunda bằng tiếng Việt")
class WebappTranslationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  @DisplayName("mọi khóa tiếng Anh đều có bản tiếng Việt, giữ nguyên các chỗ điền dữ liệu")
  void everyEnglishKeyHasAVietnameseValue(String app) throws IOException {
    Map<String, String> english = flatten(read("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json"));
    Map<String, String> vietnamese = flatten(read("META-INF/resources/webjars/camunda/app/" + app + "/locales/vi.json"));

    assertThat(vietnamese.keySet()).as("keys of %s/vi.json", app).containsAll(english.keySet());
    english.forEach((key, text) -> {
      assertThat(vietnamese.get(key)).as("%s: %s", app, key).isNotBlank();
      assertThat(placeholders(vietnamese.get(key))).as("placeholders of %s: %s", app, key)
          .containsExactlyInAnyOrderElementsOf(placeholders(text));
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  @DisplayName("tiếng Việt là ngôn ngữ mặc định")
  void vietnameseIsTheDefault(String app) throws IOException {
    String config = text("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");

    assertThat(config).containsPattern("availableLocales:\\s*\\[\\s*'vi'").containsPattern("fallbackLocale:\\s*'vi'");
  }

  private static JsonNode read(String resource) throws IOException {
    String content = text(resource);
    return JSON.readTree(content.startsWith("\uFEFF") ? content.substring(1) : content);
  }

  /** The first resource of that name on the class path, as the webapp serves it. */
  private static String text(String resource) throws IOException {
    URL url = WebappTranslationTest.class.getClassLoader().getResource(resource);
    assertThat(url).as(resource).isNotNull();
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, String> flatten(JsonNode node) {
    Map<String, String> flat = new TreeMap<>();
    flatten("", node, flat);
    return flat;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), flat));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(prefix + "[" + i + "]", node.get(i), flat);
      }
    } else {
      flat.put(prefix, node.asText());
    }
  }

  private static List<String> placeholders(String text) {
    if (text == null) {
      return Collections.emptyList();
    }
    List<String> found = new java.util.ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group().replace(" ", ""));
    }
    return found;
  }
}
