package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;

@DisplayName("FEEL của các bảng quy tắc")
class RuleTableFeelPluginTest extends DriveTest {

  /** Camunda's own adapter, as the engine would use it without the plugin. */
  private static final FeelEngine CAMUNDA = new ScalaFeelEngine(List.of());

  private static final VariableContext VARIABLES = Variables.createVariables()
      .putValue("unitCategory", "MAJOR").putValue("planQuota", 2).putValue("votesFor", 8L).putValue("attendees", 9)
      .putValue("rating2024", "HTXSNV").putValue("ratings", List.of("HTXSNV", "HTTNV")).putValue("meetingDate", "2025-10-01")
      .putValue("nothing", null).putValue("cellInput", 3).putValue("kind", "INDIVIDUAL")
      .asVariableContext();


  private FeelEngine used() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDmnEngineConfiguration().getFeelEngine();
  }

  @Test
  @DisplayName("máy chạy bảng quy tắc dùng FEEL dựng sẵn hàm có sẵn, không dựng lại cho từng biểu thức")
  void theEngineEvaluatesRuleTablesWithThePlugin() {
    assertThat(used()).isInstanceOf(RuleTableFeelPlugin.BuiltinsOnceFeelEngine.class);
  }

  @Test
  @DisplayName("biểu thức đầu vào cho cùng kết quả, cùng lỗi như bộ FEEL của Camunda")
  void expressionsGiveWhatCamundasFeelGives() {
    for (String expression : List.of("unitCategory", "planQuota + 1", "votesFor / attendees > 0.5", "votesFor * 2 >= attendees",
        "count(ratings[item = \"HTXSNV\"])", "date(meetingDate) < date(\"2026-01-01\")", "string length(unitCategory)",
        "if nothing = null then \"trống\" else nothing", "upper case(kind)", "sum([1, 2, 3])", "notThere", "min(ratings)",
        "date(\"không phải ngày\")", "votesFor +", "assert(planQuota, planQuota > 5)", "{a: 1}.a", "ratings[1]")) {
      assertSame(expression, () -> used().evaluateSimpleExpression(expression, VARIABLES),
          () -> CAMUNDA.evaluateSimpleExpression(expression, VARIABLES));
      // The second evaluation uses the parsed expression kept from the first.
      assertSame(expression, () -> used().evaluateSimpleExpression(expression, VARIABLES),
          () -> CAMUNDA.evaluateSimpleExpression(expression, VARIABLES));
    }
    // Among them, failures of each kind: syntax, a failed assertion.
    assertThat(catchFeel(() -> used().evaluateSimpleExpression("votesFor +", VARIABLES))).isInstanceOf(FeelException.class);
    assertThat(catchFeel(() -> used().evaluateSimpleExpression("assert(planQuota, planQuota > 5)", VARIABLES)))
        .isInstanceOf(FeelException.class).hasMessageContaining("Assertion failure");
  }

  @Test
  @DisplayName("ô điều kiện của bảng cho cùng kết quả, cùng lỗi như bộ FEEL của Camunda")
  void unaryTestsGiveWhatCamundasFeelGives() {
    for (String test : List.of("3", "> 2", "< 3", "[1..5]", "(3..5]", "1, 2, 3", "not(3)", "-", "\"MAJOR\"", "? > planQuota",
        "planQuota + 1", "> notThere", "[1..", "even(?)")) {
      assertSame(test, () -> used().evaluateSimpleUnaryTests(test, "cellInput", VARIABLES),
          () -> CAMUNDA.evaluateSimpleUnaryTests(test, "cellInput", VARIABLES));
      assertSame(test, () -> used().evaluateSimpleUnaryTests(test, "cellInput", VARIABLES),
          () -> CAMUNDA.evaluateSimpleUnaryTests(test, "cellInput", VARIABLES));
    }
  }

  /** Both give the same value, or both fail with the same message. */
  private static void assertSame(String expression, Callable<Object> plugin, Callable<Object> camunda) {
    Object expected;
    try {
      expected = camunda.call();
    } catch (Exception e) {
      assertThat(e).isInstanceOf(FeelException.class);
      assertThat(catchFeel(plugin)).as(expression).isInstanceOf(FeelException.class).hasMessage(e.getMessage());
      return;
    }
    try {
      assertThat(plugin.call()).as(expression).isEqualTo(expected);
    } catch (Exception e) {
      throw new AssertionError(expression + ": Camunda's FEEL gave " + expected + ", the plugin failed", e);
    }
  }

  private static Throwable catchFeel(Callable<Object> plugin) {
    try {
      return new AssertionError("no failure, value " + plugin.call());
    } catch (Exception e) {
      return e;
    }
  }
}
