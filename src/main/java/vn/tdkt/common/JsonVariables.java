package vn.tdkt.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
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
    return readList(scope.getVariable(name), type);
  }

  public static <T> List<T> readList(Object value, Class<T> type) {
    if (value == null) {
      return List.of();
    }
    String json = value instanceof SpinJsonNode node ? node.toString() : value.toString();
    if (json.isBlank()) {
      return List.of();
    }
    return read(json, MAPPER.getTypeFactory().constructCollectionType(List.class, type));
  }

  /** One Json object (not a list) as a record. */
  public static <T> T readObject(Object value, Class<T> type) {
    return read(value instanceof SpinJsonNode node ? node.toString() : value.toString(),
        MAPPER.getTypeFactory().constructType(type));
  }

  private static <T> T read(String json, JavaType type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(List.of("Dữ liệu danh sách không hợp lệ: " + e.getOriginalMessage()));
    }
  }

  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON variable", e);
    }
  }
}
