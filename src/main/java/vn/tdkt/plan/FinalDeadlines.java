package vn.tdkt.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;

/**
 * Which of a unit's deadlines the plan declares final ("hạn cuối"): when a final deadline passes,
 * the unit's task closes and the board takes over; any other deadline only escalates the overdue
 * task to the unit head, and the unit can still do the work. Each unit drive reads one Boolean per
 * deadline ({@code registrationFinal}, …), which its gateways test.
 */
final class FinalDeadlines {

  /** Key in the plan's {@code finalDeadlines} list → what officials call that deadline. */
  static final Map<String, String> LABELS = labels();

  private FinalDeadlines() {}

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("registration", "hạn đăng ký thi đua");
    labels.put("report", "hạn báo cáo kết quả");
    labels.put("submission", "hạn nộp hồ sơ");
    labels.put("supplement", "hạn bổ sung hồ sơ");
    return labels;
  }

  /** The unit drive's variable that says whether this deadline is final. */
  static String variable(String key) {
    return key + "Final";
  }

  /** The Booleans a unit drive receives. */
  static Stream<String> variables() {
    return LABELS.keySet().stream().map(FinalDeadlines::variable);
  }

  /** Checks the plan's list and sets one Boolean per deadline; an unknown name is a problem, not ignored. */
  static Map<String, Boolean> read(DelegateExecution plan, InvalidInputException.Problems problems) {
    List<String> declared = JsonVariables.readList(plan, "finalDeadlines", String.class);
    declared.stream().filter(key -> !LABELS.containsKey(key)).forEach(key -> problems.add(
        "Hạn cuối \"" + key + "\" không có; chỉ chọn được: " + LABELS.entrySet().stream()
            .map(label -> label.getKey() + " (" + label.getValue() + ")").collect(Collectors.joining(", ")) + "."));
    Map<String, Boolean> finals = new LinkedHashMap<>();
    LABELS.keySet().forEach(key -> finals.put(variable(key), declared.contains(key)));
    return finals;
  }
}
