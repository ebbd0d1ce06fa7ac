package vn.tdkt.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The kind of value an editable field of a Camunda Form produces, as Tasklist sends it: text, a
 * whole number (every number field of forms/ has no decimals), a ticked box, a day (YYYY-MM-DD),
 * one of the listed choices. A caller of the REST API may send anything under a field's name; a
 * value of another kind would reach the step's code as something it does not read (a number for
 * a decision number, "true" as text for a ticked box) and either fail the completion with an
 * engine error or be read as nothing. Refused here, in Vietnamese, naming the field.
 */
record FieldKind(String label, String type, List<JsonNode> choices, List<String> choiceLabels) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final BigDecimal MAX_NUMBER = new BigDecimal(999_999_999);

  /** The field's kind, or null for a component whose value is not checked here (lists, choices from a variable). */
  static FieldKind of(JsonNode component) {
    String type = component.path("type").asText();
    String label = component.path("label").asText(component.path("key").asText());
    return switch (type) {
      case "textfield", "textarea", "number", "checkbox", "datetime" -> new FieldKind(label, type, List.of(), List.of());
      case "radio", "select", "checklist" -> component.path("values").isArray() && !component.path("values").isEmpty()
          ? new FieldKind(label, type, choices(component, "value"), choices(component, "label").stream()
              .map(JsonNode::asText).toList()) : null;
      default -> null;
    };
  }

  private static List<JsonNode> choices(JsonNode component, String part) {
    List<JsonNode> values = new ArrayList<>();
    component.path("values").forEach(option -> values.add(option.path(part)));
    return values;
  }

  /** Why the value, as sent, is not of this kind; null when it is, or when none is sent (null or empty: the step's own check asks for it). */
  String problem(Object value) {
    if (value == null || "".equals(value)) {
      return null;
    }
    return switch (type) {
      case "textfield", "textarea" -> value instanceof String ? null : "phải là văn bản";
      case "number" -> !(value instanceof Number n && isWhole(n)) ? "phải là số nguyên"
          : isCountable(n) ? null : "phải là số nguyên có tối đa 9 chữ số";
      case "checkbox" -> value instanceof Boolean ? null : "phải là true hoặc false (ô đánh dấu)";
      case "datetime" -> value instanceof String day && isDay(day) ? null : "phải là một ngày dạng YYYY-MM-DD, ví dụ 2025-10-14";
      case "checklist" -> everyChosen(value) ? null : "phải là danh sách gồm các lựa chọn: " + choiceList();
      default -> choices.contains(JSON.valueToTree(value)) ? null : "phải là một trong các lựa chọn: " + choiceList();
    };
  }

  /** The same check on a cell of a Json list, as parsed. */
  String problem(JsonNode cell) {
    if (cell == null || cell.isNull()) {
      return null;
    }
    Object value = cell.isTextual() ? cell.asText() : cell.isBoolean() ? cell.asBoolean()
        : cell.isNumber() ? cell.decimalValue() : cell;
    return problem(value);
  }

  /**
   * A count, a day's number or a year, as forms ask for: beyond that, a sum of two counts could
   * overflow, and a value beyond a long is refused by the parser in its own English words.
   */
  private static boolean isCountable(Number number) {
    return new BigDecimal(number.toString()).abs().compareTo(MAX_NUMBER) <= 0;
  }

  private static boolean isWhole(Number number) {
    try {
      return new BigDecimal(number.toString()).stripTrailingZeros().scale() <= 0;
    } catch (NumberFormatException notFinite) {
      return false;
    }
  }

  private static boolean isDay(String text) {
    if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return false;
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private boolean everyChosen(Object value) {
    JsonNode list = value instanceof JsonNode node ? node : JSON.valueToTree(value);
    if (list.isTextual()) {
      try {
        list = JSON.readTree(list.asText());
      } catch (IOException notJson) {
        return false;
      }
    }
    if (!list.isArray()) {
      return false;
    }
    for (JsonNode item : list) {
      if (!choices.contains(item)) {
        return false;
      }
    }
    return true;
  }

  /** The values a caller sends, with the words Tasklist shows for them. */
  private String choiceList() {
    List<String> listed = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      listed.add(choices.get(i).asText() + " («" + choiceLabels.get(i) + "»)");
    }
    return String.join(", ", listed);
  }
}
