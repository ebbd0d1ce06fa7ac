package vn.tdkt.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A list a form edits row by row (a Camunda Forms {@code dynamiclist}): whether the official may
 * add or remove rows, and which columns they may change. The rest of each row is the step
 * before's result: the board's appraisal must not rename a nominee or add one the unit's council
 * never voted on, nor the decision award someone the proposal does not name.
 */
record EditableList(String label, boolean addsRows, Set<String> columns, Set<String> fixedColumns,
    Map<String, FieldKind> kinds) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The list as the form declares it: columns read-only, disabled or computed ({@code expression}) are not editable. */
  static EditableList of(JsonNode list) {
    Set<String> columns = new LinkedHashSet<>();
    Set<String> fixed = new LinkedHashSet<>();
    Map<String, FieldKind> kinds = new HashMap<>();
    for (JsonNode column : list.path("components")) {
      if (column.hasNonNull("key")) {
        boolean editable = !column.path("readonly").asBoolean(false) && !column.path("disabled").asBoolean(false)
            && !"expression".equals(column.path("type").asText());
        (editable ? columns : fixed).add(column.get("key").asText());
        FieldKind kind = editable ? FieldKind.of(column) : null;
        if (kind != null) {
          kinds.put(column.get("key").asText(), kind);
        }
      }
    }
    return new EditableList(list.path("label").asText(list.path("path").asText()),
        list.path("allowAddRemove").asBoolean(false), columns, fixed, Map.copyOf(kinds));
  }

  /**
   * Why the sent list cannot be read as the form's rows, one entry per problem: not a list, a row
   * that is not one (an empty row of the Json), a cell of an editable column of another kind.
   */
  List<String> kindProblems(String sent) {
    if (sent == null || sent.equals("null")) {
      return List.of();
    }
    JsonNode rows = rows(sent);
    if (rows == null) {
      return List.of("«" + label + "» phải là một danh sách (Json) các dòng.");
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      if (!row.isObject()) {
        problems.add("«" + label + "» dòng " + (i + 1) + " trống hoặc không phải một dòng của danh sách.");
        continue;
      }
      for (Map.Entry<String, FieldKind> column : kinds.entrySet()) {
        String problem = column.getValue().problem(row.get(column.getKey()));
        if (problem != null) {
          problems.add("«" + label + "» dòng " + (i + 1) + ", «" + column.getValue().label() + "» " + problem + ".");
        }
      }
    }
    return problems;
  }

  /**
   * What the sent rows change beyond the form, one entry per change (empty when nothing). A value
   * that is not a Json list is left to the step's listener, which names it.
   */
  List<String> outside(String path, String sent, String stored) {
    JsonNode sentRows = rows(sent);
    if (sentRows == null) {
      return List.of();
    }
    JsonNode storedRows = rows(stored);
    int storedCount = storedRows == null ? 0 : storedRows.size();
    List<String> outside = new ArrayList<>();
    if (!addsRows && sentRows.size() != storedCount) {
      outside.add(path + " (thêm hoặc bớt dòng)");
    }
    for (int i = 0; i < sentRows.size(); i++) {
      JsonNode row = sentRows.get(i);
      JsonNode before = i < storedCount ? storedRows.get(i) : JSON.createObjectNode();
      for (Iterator<String> keys = row.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (!columns.contains(key) && !same(row.get(key), before.get(key))) {
          outside.add(path + " dòng " + (i + 1) + ": " + key);
        }
      }
      // A read-only cell left out would drop what it holds (a nominee no longer proposed, unappraised).
      for (String key : fixedColumns) {
        if (!row.has(key) && before.hasNonNull(key)) {
          outside.add(path + " dòng " + (i + 1) + ": " + key);
        }
      }
    }
    return outside;
  }

  private static JsonNode rows(String text) {
    try {
      JsonNode rows = text == null ? null : JSON.readTree(text);
      return rows != null && rows.isArray() ? rows : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  /** As the form shows it: a number however written, an empty field or unticked box for nothing stored. */
  private static boolean same(JsonNode sent, JsonNode stored) {
    if (stored == null || stored.isNull()) {
      return sent.isNull() || sent.isValueNode() && sent.asText().isEmpty() || sent.isBoolean() && !sent.asBoolean();
    }
    if (sent.isNumber() && stored.isNumber()) {
      return new BigDecimal(sent.asText()).compareTo(new BigDecimal(stored.asText())) == 0;
    }
    return sent.equals(stored);
  }
}
