package vn.tdkt.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * What Camunda holds of one plan: every process it called, at any depth (the units' lines, a work
 * plan's rows, the congresses of every level), and the notices it sent — instances of their own,
 * keyed as the unit's line or the row they tell of, or "<plan>/<unit>" for a cancellation, started
 * while the plan ran (a cancelled plan's number may be reused). All from the history, so ended
 * plans read the same as running ones.
 */
public final class PlanInstances {

  /** How a phase begins a business key: "<plan>/Đợt 2/<unit>" in a plan of several phases. */
  public static final String PHASE = "Đợt ";

  /**
   * Where an instance sits under its plan, read from its business key "<plan>[/Đợt N]/<rest>": the
   * rest is a unit's code ("so-gddt"), the province's congress ("province") or a work plan's row
   * for one unit ("I.7/bn-so-noi-vu").
   */
  public record Place(String phase, String unitOrRow) {}

  private static final int PER_QUERY = 500;

  /** The notices sent under the key of the line or row they tell of. */
  private static final Map<String, List<String>> NOTICES = Map.of("emulationPlan",
      List.of("unitNotice", "unitLineClosedNotice", "supplementClosedNotice"),
      "workPlan", List.of("workItemNotDoneNotice"));

  /** The notice of a unit's cancelled work, of any plan, keyed "<plan>/<unit>": one per unit for all its cancelled work. */
  public static final String CANCELLATION = "cancellationNotice";

  /** A unit's ad hoc award proposal in an emulation plan, keyed "<plan>/<unit>": a unit may make several. */
  public static final String AD_HOC_AWARD = "adHocAward";

  private PlanInstances() {}

  public static List<HistoricProcessInstance> calledAndNotified(HistoryService history, HistoricProcessInstance plan) {
    List<HistoricProcessInstance> called = Pages.all(history.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(plan.getId())).stream().filter(instance -> !instance.getId().equals(plan.getId()))
        .collect(Collectors.toCollection(ArrayList::new));
    List<String> byLine = NOTICES.getOrDefault(plan.getProcessDefinitionKey(), List.of());
    // Exact keys, not a LIKE on the plan's number: the index on business keys serves them.
    List<String> lineKeys = byLine.isEmpty() ? List.of()
        : called.stream().map(HistoricProcessInstance::getBusinessKey).distinct().toList();
    called.addAll(inParts(lineKeys, keys -> sentWhileRunning(plan, history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(byLine.toArray(String[]::new)).processInstanceBusinessKeyIn(keys))));
    // Cancellations and ad hoc awards are rare: the index on definition keys leaves few to compare with the plan's number.
    String prefix = plan.getBusinessKey() + "/";
    sentWhileRunning(plan, history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(CANCELLATION, AD_HOC_AWARD)
        .processInstanceBusinessKeyLike(prefix + "%")).stream()
        .filter(notice -> isUnitOf(notice.getBusinessKey(), prefix)).forEach(called::add);
    return called;
  }

  /**
   * The ad hoc award proposals made in this plan instance (by {@code planProcessInstanceId}, not by
   * number: an earlier plan of the same number, cancelled, had its own), ended or not.
   */
  public static Set<String> adHocProposalsOf(HistoryService history, String planProcessInstanceId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(AD_HOC_AWARD)
        .variableValueEquals("planProcessInstanceId", planProcessInstanceId).list().stream()
        .map(HistoricProcessInstance::getId).collect(Collectors.toSet());
  }

  /** "<plan>/<unit>", not "<plan>/2025/<unit>" of a plan numbered "<plan>/2025": unit codes hold no "/". */
  private static boolean isUnitOf(String key, String prefix) {
    return key.startsWith(prefix) && key.indexOf('/', prefix.length()) < 0;
  }

  private static List<HistoricProcessInstance> sentWhileRunning(HistoricProcessInstance plan, HistoricProcessInstanceQuery notices) {
    HistoricProcessInstanceQuery sent = notices.rootProcessInstances().startedAfter(plan.getStartTime());
    return Pages.all(plan.getEndTime() == null ? sent : sent.startedBefore(plan.getEndTime()));
  }

  /**
   * The processes a plan's notices run in: an emulation plan's outcome to each unit and its line
   * the board closed, a work plan's row closed as not done to its executing unit, and for any plan a
   * unit's cancelled work; and the ad hoc award proposals its units make, which the plan did not call either.
   */
  public static List<String> noticesOf(HistoricProcessInstance plan) {
    List<String> notices = new ArrayList<>(NOTICES.getOrDefault(plan.getProcessDefinitionKey(), List.of()));
    notices.add(CANCELLATION);
    notices.add(AD_HOC_AWARD);
    return notices;
  }

  /**
   * Each business key's latest instance: an administrator may have cancelled a unit's
   * line or congress and started it again under the same key.
   */
  public static Map<String, HistoricProcessInstance> latestByBusinessKey(List<HistoricProcessInstance> instances) {
    return instances.stream().sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
        .collect(Collectors.toMap(HistoricProcessInstance::getBusinessKey, instance -> instance, (earlier, later) -> later));
  }

  /**
   * The process-level variables of those names of each instance, not null, from the history (so
   * of ended instances too), in a few queries: instance id → name → value.
   */
  public static Map<String, Map<String, Object>> variablesOf(HistoryService history, List<String> instanceIds,
      String... names) {
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (HistoricVariableInstance variable : inParts(instanceIds, ids -> history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids).variableNameIn(names).disableBinaryFetching().disableCustomObjectDeserialization().list())) {
      if (variable.getProcessInstanceId().equals(variable.getExecutionId()) && variable.getValue() != null) {
        variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new LinkedHashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return variables;
  }

  /** A query over many keys or ids, asked in parts: some databases refuse longer IN lists. */
  public static <T> List<T> inParts(List<String> values, Function<String[], List<T>> query) {
    List<T> found = new ArrayList<>();
    for (int from = 0; from < values.size(); from += PER_QUERY) {
      found.addAll(query.apply(values.subList(from, Math.min(from + PER_QUERY, values.size())).toArray(String[]::new)));
    }
    return found;
  }

  /** Plan numbers hold "/" too, so the key is read after the plan's own. */
  public static Place placeOf(HistoricProcessInstance plan, HistoricProcessInstance instance) {
    String rest = instance.getBusinessKey().substring(plan.getBusinessKey().length() + 1);
    int slash = rest.indexOf('/');
    return rest.startsWith(PHASE) && slash > 0 ? new Place(rest.substring(0, slash), rest.substring(slash + 1))
        : new Place(null, rest);
  }
}
