package vn.tdkt.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Lists that forms edit (units, nominees, results) are Camunda Json variables; this reads them
 * into records and writes records back as Json, never as serialized Java objects.
 */
public final class JsonVariables {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .findAndRegisterModules()
      .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private JsonVariables() {}

  public static <T> List<T> readList(VariableScope scope, String name, Class<T> type) {
    return readList(stored(scope, name), type, "Danh sách " + name);
  }

  /**
   * One Json object (not a list) the application wrote itself, never a form's input: one it
   * cannot read is a defect to report to the administrator, not a message for the official.
   * Null when there is no such variable.
   */
  public static <T> T readObject(VariableScope scope, String name, Class<T> type) {
    Object value = stored(scope, name);
    return value == null ? null : readObject(value, type);
  }

  /** A Json variable's stored text ("" when there is none), for a reader that keeps what it parsed ({@link LastParsed}). */
  public static String storedText(VariableScope scope, String name) {
    Object value = stored(scope, name);
    return value == null ? "" : text(value);
  }

  /**
   * A Json variable's stored text as it is (any other variable's value): read as a value, Spin
   * would parse it into its own tree (which this class then writes out and parses again into
   * records) and, as the command ends, write the tree out once more to see whether anyone changed it.
   */
  private static Object stored(VariableScope scope, String name) {
    TypedValue typed = scope.getVariableTyped(name, false);
    if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return typed == null ? null : typed.getValue();
  }

  public static <T> List<T> readList(Object value, Class<T> type) {
    return readList(value, type, "Dữ liệu danh sách");
  }

  /** The list, or a refusal naming it with the parser's words (for whoever wrote a REST call; forms send it right). */
  private static <T> List<T> readList(Object value, Class<T> type, String what) {
    String json = value == null ? "" : text(value);
    if (json.isBlank()) {
      return List.of();
    }
    try {
      return MAPPER.readValue(json, MAPPER.getTypeFactory().constructCollectionType(List.class, type));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(List.of(what + " không hợp lệ: cần một mảng JSON mà mỗi dòng đúng kiểu ("
          + where(e) + ")."));
    }
  }

  /**
   * Where the list went wrong, in the reader's words, not the parser's (English, and naming Java
   * types): "dòng 2, «directWorker»: cần true hoặc false".
   */
  private static String where(JsonProcessingException e) {
    boolean unreadable = e.getCause() instanceof StreamReadException && !(e.getCause() instanceof InputCoercionException);
    if (!(e instanceof JsonMappingException mapping) || unreadable) {
      return "nội dung không phải JSON đọc được";
    }
    StringBuilder at = new StringBuilder();
    for (JsonMappingException.Reference step : mapping.getPath()) {
      at.append(step.getFieldName() != null ? ", «" + step.getFieldName() + "»" : ", dòng " + (step.getIndex() + 1));
    }
    String problem = e instanceof MismatchedInputException mismatch ? wanted(mismatch.getTargetType())
        : e.getCause() instanceof InputCoercionException ? "số quá lớn" : "giá trị không đúng kiểu";
    return (at.length() == 0 ? "" : at.substring(2) + ": ") + problem;
  }

  private static String wanted(Class<?> type) {
    if (type == null) {
      return "giá trị không đúng kiểu";
    }
    return Boolean.class == type || boolean.class == type ? "cần true hoặc false"
        : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "cần một số"
        : String.class == type ? "cần văn bản"
        : List.class.isAssignableFrom(type) ? "cần một mảng [ … ]" : "cần một đối tượng { … }";
  }

  private static <T> T readObject(Object value, Class<T> type) {
    try {
      return MAPPER.readValue(text(value), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Json variable is not a readable " + type.getSimpleName() + ": "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * A Json variable's value, or JSON text, as plain Java values (lists, maps, text, numbers);
   * anything else, and text that is not JSON, as it is.
   */
  public static Object plain(Object value) {
    if (value instanceof SpinJsonNode || value instanceof String) {
      try {
        return MAPPER.readValue(text(value), Object.class);
      } catch (JsonProcessingException e) {
        return value;
      }
    }
    return value;
  }

  private static String text(Object value) {
    return value instanceof SpinJsonNode node ? node.toString() : value.toString();
  }

  /**
   * Tasklist sends nothing for a form's list emptied of all its rows, so the rows stored before
   * would stay. The form counts the list's rows in an expression field ({@code rowCount}, computed
   * as the form is sent): a count of 0 empties the stored list. The count is not kept; a REST
   * client that does not send it changes the list only by sending it.
   */
  public static void emptyIfSentEmpty(VariableScope scope, String list, String rowCount) {
    Object count = scope.getVariable(rowCount);
    if (count == null) {
      return;
    }
    if (count instanceof Number rows && rows.longValue() == 0 && !readList(scope, list, Object.class).isEmpty()) {
      scope.setVariable(list, json(List.of()));
    }
    scope.removeVariable(rowCount);
  }

  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON variable", e);
    }
  }
}
