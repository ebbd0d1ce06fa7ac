package vn.tdkt.common;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.SingleQueryVariableValueCondition;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.StringUtil;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.spin.plugin.impl.JsonValueSerializer;
import org.camunda.spin.plugin.variable.type.JsonValueType;
import org.springframework.stereotype.Component;

/**
 * Every text variable stored — a plan sent to {@code POST /api/plans}, a start form, an official's
 * task form, an administrator over REST, a delegate — is kept in one Unicode form (NFC): Vietnamese
 * typed with combining accents (Unikey's "Unicode tổ hợp", text pasted from some documents) and the
 * same letters precomposed are then the same text for every search and comparison that reads it back.
 * A String variable is also checked against its column: a longer text is refused with its name and
 * length (400 over REST) and nothing of the command is kept, where the database would fail the
 * transaction at its end with an error naming no field. Officials' task forms are checked before,
 * with the field's label ({@code TaskInputGuard}). Query values are normalized alike, so they match.
 */
@Component
public class StoredTextPlugin extends AbstractProcessEnginePlugin {

  /** Once the engine is built: Spin adds its Json serializer in its own postInit, which may run after this plugin's. */
  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    VariableSerializers serializers = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getVariableSerializers();
    replace(serializers, ValueType.STRING.getName(), new CheckedStringSerializer());
    replace(serializers, JsonValueType.TYPE_NAME, new NormalizedJsonSerializer());
  }

  private static void replace(VariableSerializers serializers, String name, TypedValueSerializer<?> serializer) {
    int index = serializers.getSerializerIndexByName(name);
    serializers.removeSerializer(serializers.getSerializerByName(name));
    serializers.addSerializer(serializer, index);
  }

  static final class CheckedStringSerializer extends StringValueSerializer {
    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      String text = TextVariables.nfc(value.getValue());
      // A transient variable is never stored, whatever its length; a query's value is compared, not stored.
      if (!(fields instanceof SingleQueryVariableValueCondition) && !value.isTransient() && text != null
          && !TextVariables.fits(text)) {
        throw new InvalidInputException(List.of(TextVariables.tooLongToStore(fields.getName(), text)));
      }
      super.writeValue(text == value.getValue() ? value : Variables.stringValue(text, value.isTransient()), fields);
    }
  }

  /** Spin's Json serializer (the same data format), writing the text in NFC. */
  static final class NormalizedJsonSerializer extends JsonValueSerializer {
    @Override
    protected byte[] serializeToByteArray(Object deserializedObject) throws Exception {
      byte[] written = super.serializeToByteArray(deserializedObject);
      String text = StringUtil.fromBytes(written);
      String normalized = TextVariables.nfc(text);
      return normalized == text ? written : StringUtil.toByteArray(normalized);
    }

    @Override
    protected byte[] getSerializedBytesValue(String serializedStringValue) {
      return super.getSerializedBytesValue(TextVariables.nfc(serializedStringValue));
    }
  }
}
