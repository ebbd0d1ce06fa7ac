package vn.tdkt.common;

import camundajar.impl.scala.collection.immutable.Map.Map1;
import camundajar.impl.scala.jdk.javaapi.CollectionConverters;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;
import org.springframework.stereotype.Component;

/**
 * The rule tables' FEEL (quota, eligibility, gates) evaluated by feel-scala as Camunda's own
 * adapter does, with two costs taken out: feel-scala builds its table of built-in functions
 * anew for every expression it evaluates, and parses every expression again (7 % and 3 % of the
 * officials' thread in session 10's profile: two thirds of the rule tables' cost,
 * docs/benchmark.md). Here the built-in functions are built once per engine and each expression
 * text is parsed once (the texts of the deployed tables: a handful per table); every evaluation
 * still gets a context of its own. Same values, same errors (Camunda's FeelException with
 * feel-scala's message, RuleTableFeelPluginTest); Camunda 7.24 is the last community release, so
 * the feel-scala classes this relies on no longer change under it.
 */
@Component
public class RuleTableFeelPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    // Created after Camunda has handed the DMN configuration its custom functions.
    dmn.setFeelEngineFactory(() -> new BuiltinsOnceFeelEngine(
        dmn.getFeelCustomFunctionProviders() == null ? List.of() : dmn.getFeelCustomFunctionProviders()));
    configuration.setDmnEngineConfiguration(dmn);
  }

  /** The engine the plugin gives the DMN engine; public for the benchmark's comparison with Camunda's. */
  public static final class BuiltinsOnceFeelEngine extends ScalaFeelEngine {
    private static final String INPUT_NAME_VARIABLE = "inputVariableName";

    private final Map<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final Map<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();
    // Set while the superclass's constructor builds the feel-scala engine (buildFeelEngine).
    private ValueMapper valueMapper;
    private FunctionProvider functions;
    private FeelInterpreter interpreter;

    public BuiltinsOnceFeelEngine(List<FeelCustomFunctionProvider> customFunctions) {
      super(customFunctions);
    }

    @Override
    protected FeelEngine buildFeelEngine(CustomFunctionTransformer customFunctions,
        ValueMapper.CompositeValueMapper mapper) {
      FeelEngine engine = super.buildFeelEngine(customFunctions, mapper);
      valueMapper = engine.valueMapper();
      // What feel-scala's root context holds: the built-in functions, then the engine's own.
      functions = new FunctionProvider.CompositeFunctionProvider(
          toScalaList(new BuiltinFunctions(engine.clock(), valueMapper), engine.functionProvider()));
      interpreter = new FeelInterpreter(valueMapper);
      return engine;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
      ParsedExpression parsed = expressions.computeIfAbsent(expression, text -> parsed(feelEngine.parseExpression(text)));
      return (T) evaluate(parsed, context(new ContextVariableWrapper(variables)));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
      ParsedExpression parsed = unaryTests.computeIfAbsent(expression, text -> parsed(feelEngine.parseUnaryTests(text)));
      VariableProvider input = new VariableProvider.StaticVariableProvider(new Map1<>(INPUT_NAME_VARIABLE, inputVariable));
      // As Scala unboxes it: a test that gives no value (null, e.g. a number against a text) is false.
      return BoxesRunTime.unboxToBoolean(evaluate(parsed, context(new VariableProvider.CompositeVariableProvider(
          toScalaList(input, new ContextVariableWrapper(variables))))));
    }

    private static ParsedExpression parsed(Either<FeelEngine.Failure, ParsedExpression> result) {
      if (result.isLeft()) {
        throw LOGGER.evaluationException(result.left().get().message());
      }
      return result.right().get();
    }

    private static CustomContext context(VariableProvider variables) {
      return new CustomContext() {
        @Override
        public VariableProvider variableProvider() {
          return variables;
        }
      };
    }

    /** feel-scala's evaluation of a parsed expression, its root context aside. */
    private Object evaluate(ParsedExpression parsed, CustomContext variables) {
      EvalContext context = EvalContext.create(valueMapper, functions).merge(variables);
      Val value;
      try {
        value = interpreter.eval(parsed.expression(), context);
      } catch (RuntimeException e) {
        throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "' : " + e);
      }
      List<EvaluationFailure> failures = CollectionConverters.asJava(context.failureCollector().failures());
      for (EvaluationFailure failure : failures) {
        if (EvaluationFailureType.ASSERT_FAILURE$.MODULE$.equals(failure.failureType())) {
          throw LOGGER.evaluationException("Assertion failure on evaluate the expression '" + parsed.text() + "': "
              + failure.failureMessage());
        }
      }
      String error = value instanceof ValError e ? e.error() : value instanceof ValFatalError f ? f.error() : null;
      if (error != null) {
        throw LOGGER.evaluationException("failed to evaluate expression '" + parsed.text() + "': " + error);
      }
      return valueMapper.unpackVal(value);
    }
  }
}
