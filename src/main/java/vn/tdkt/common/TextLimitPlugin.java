package vn.tdkt.common;

import java.util.List;
import org.camunda.bpm.engine.impl.SingleQueryVariableValueCondition;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializers;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * Every String variable is checked against its column as it is set, whoever sets it — a plan sent to
 * {@code POST /api/plans}, a start form, an administrator over REST, a delegate: a longer text is
 * refused with its name and length (400 over REST) and nothing of the command is kept, where the
 * database would fail the transaction at its end with an error naming no field. Officials' task
 * forms are checked before, with the field's label ({@code TaskInputGuard}).
 */
@Component
public class TextLimitPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    VariableSerializers serializers = configuration.getVariableSerializers();
    int index = serializers.getSerializerIndexByName(ValueType.STRING.getName());
    serializers.removeSerializer(serializers.getSerializerByName(ValueType.STRING.getName()));
    serializers.addSerializer(new CheckedStringSerializer(), index);
  }

  static final class CheckedStringSerializer extends StringValueSerializer {
    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      // A transient variable is never stored, whatever its length; a query's value is compared, not stored.
      if (!(fields instanceof SingleQueryVariableValueCondition) && !value.isTransient() && value.getValue() != null
          && !TextVariables.fits(value.getValue())) {
        throw new InvalidInputException(List.of(TextVariables.tooLongToStore(fields.getName(), value.getValue())));
      }
      super.writeValue(value, fields);
    }
  }
}
