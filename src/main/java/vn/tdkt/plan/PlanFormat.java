package vn.tdkt.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.tdkt.common.JsonVariables;

/**
 * The fields of the plan format, version 1 (docs/plan-format.md): a template's "plan" object and
 * a launch request, each with the kind of JSON value it takes. A value of another kind is refused
 * by name before anything starts: taken as it came, a list written as text would fail deep in the
 * checks, and "registrationRequired": "có" would silently mean yes.
 */
final class PlanFormat {

  /** What a field's JSON value must be; ranges and dates are the plan check's (ValidatePlan). */
  enum Kind {
    TEXT("chuỗi ký tự (trong dấu nháy kép)", String.class::isInstance),
    BOOLEAN("true hoặc false", Boolean.class::isInstance),
    NUMBER("số", Number.class::isInstance),
    TEXT_LIST("danh sách chuỗi ký tự, ví dụ [\"so-gddt\", \"so-yte\"]", listOf(String.class::isInstance)),
    YEAR_LIST("danh sách năm, ví dụ [2023, 2024]",
        listOf(v -> v instanceof Number n && n.doubleValue() == n.intValue())),
    OBJECT_LIST("danh sách đối tượng, ví dụ [{…}, {…}]", listOf(Map.class::isInstance));

    private final String label;
    private final Predicate<Object> accepts;

    Kind(String label, Predicate<Object> accepts) {
      this.label = label;
      this.accepts = accepts;
    }

    private boolean isList() {
      return this == TEXT_LIST || this == YEAR_LIST || this == OBJECT_LIST;
    }

    private static Predicate<Object> listOf(Predicate<Object> element) {
      return value -> value instanceof List<?> list && list.stream().allMatch(element);
    }
  }

  static final Map<String, Kind> FIELDS = Map.ofEntries(
      Map.entry("planTemplate", Kind.TEXT), Map.entry("planNumber", Kind.TEXT), Map.entry("planTitle", Kind.TEXT),
      Map.entry("planTheme", Kind.TEXT), Map.entry("issuingAuthority", Kind.TEXT), Map.entry("awardName", Kind.TEXT),
      Map.entry("boardGroup", Kind.TEXT), Map.entry("boardHeadGroup", Kind.TEXT), Map.entry("decidingGroup", Kind.TEXT),
      Map.entry("registrationRequired", Kind.BOOLEAN), Map.entry("registrationDeadline", Kind.TEXT),
      Map.entry("phaseName", Kind.TEXT), Map.entry("periodStart", Kind.TEXT), Map.entry("periodEnd", Kind.TEXT),
      Map.entry("reportDeadline", Kind.TEXT), Map.entry("selectionFrom", Kind.TEXT),
      Map.entry("submissionOpens", Kind.TEXT), Map.entry("submissionCloses", Kind.TEXT),
      Map.entry("phases", Kind.OBJECT_LIST), Map.entry("proposalDeadline", Kind.TEXT),
      Map.entry("decisionDeadline", Kind.TEXT),
      Map.entry("appraisalWorkingDays", Kind.NUMBER), Map.entry("quotaRule", Kind.TEXT),
      Map.entry("quotaStandard", Kind.NUMBER), Map.entry("quotaMajor", Kind.NUMBER),
      Map.entry("eligibilityRule", Kind.TEXT), Map.entry("proposalGateRule", Kind.TEXT),
      Map.entry("ratingYears", Kind.YEAR_LIST), Map.entry("selectionMeetingForm", Kind.TEXT),
      Map.entry("dossierComponents", Kind.OBJECT_LIST), Map.entry("finalDeadlines", Kind.TEXT_LIST),
      Map.entry("participatingUnits", Kind.TEXT_LIST));

  /** Sent with a launch besides the plan: the REST launch's "straight to approval", which skips the draft. */
  static final String SUBMIT_DIRECTLY = "submitDirectly";

  private PlanFormat() {}

  /**
   * The variables a plan was launched with, however it was launched (POST /api/plans, Tasklist's
   * start form, Camunda's REST start or submit-form): the same check as a template's plan, on
   * values as the engine stores them — a list as a Json variable or JSON text. A name outside the
   * format is refused by name, its value never read.
   */
  static List<String> launchProblems(Set<String> sent, Function<String, Object> valueOf) {
    Map<String, Object> plan = new HashMap<>();
    for (String name : sent) {
      Kind kind = FIELDS.get(name);
      Object value = kind != null || SUBMIT_DIRECTLY.equals(name) ? valueOf.apply(name) : null;
      plan.put(name, kind != null && kind.isList() ? JsonVariables.plain(value) : value);
    }
    Object direct = plan.remove(SUBMIT_DIRECTLY);
    List<String> problems = problems(plan);
    if (direct != null && !Kind.BOOLEAN.accepts.test(direct)) {
      problems.add("Trường " + SUBMIT_DIRECTLY + " phải là " + Kind.BOOLEAN.label + ".");
    }
    return problems;
  }

  /** Fields the format does not have, and values of the wrong kind (null is "not given"), each named. */
  static List<String> problems(Map<String, Object> plan) {
    List<String> problems = new ArrayList<>();
    TreeSet<String> unknown = new TreeSet<>(plan.keySet());
    unknown.removeAll(FIELDS.keySet());
    if (!unknown.isEmpty()) {
      problems.add("Trường không có trong định dạng kế hoạch: " + String.join(", ", unknown) + ". Xem docs/plan-format.md.");
    }
    new TreeSet<>(plan.keySet()).stream()
        .filter(name -> FIELDS.containsKey(name) && plan.get(name) != null && !FIELDS.get(name).accepts.test(plan.get(name)))
        .forEach(name -> problems.add("Trường " + name + " phải là " + FIELDS.get(name).label + "."));
    return problems;
  }
}
