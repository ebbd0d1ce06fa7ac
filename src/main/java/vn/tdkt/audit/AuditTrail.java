package vn.tdkt.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.tdkt.common.PlanInstances;
import vn.tdkt.common.PlanNumbers;
import vn.tdkt.common.TextVariables;

/**
 * Who did what and when in a plan, read from Camunda's history (level FULL), which no official
 * can change: every operation an official took on the plan or a unit's line — the launch,
 * completing a task (approvals and returns, registration, the meeting's votes, the dossier, the
 * appraisal's verdicts and reasons, the decision), claiming, changing a variable — with the
 * values it stored. Read as the engine ({@link AuditController}), so each query reads whole, with
 * no page limit.
 */
@Component
public class AuditTrail {

  /**
   * One operation: when, by whom, on which step of which plan, phase (of a plan of several) and
   * unit, with the values it stored; {@code planCancelled} marks the operations of a plan an
   * administrator cancelled, whose number a later plan may carry.
   */
  public record Entry(Date time, String user, String operation, String step, String planNumber, boolean planCancelled,
      String phase, String unitCode, Map<String, Object> values) {}

  private final HistoryService history;

  public AuditTrail(HistoryService history) {
    this.history = history;
  }

  /**
   * The trail of one plan, or of every plan when {@code planNumber} is null; narrowed to a nominee
   * when given. Empty when no emulation plan has that number (an empty trail would read as "nobody
   * did anything": every plan has at least its launch).
   */
  public Optional<List<Entry>> of(String planNumber, String nominee) {
    var query = history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan");
    List<HistoricProcessInstance> plans = (planNumber == null ? query : query.processInstanceBusinessKey(planNumber)).list();
    if (planNumber != null && plans.isEmpty()) {
      return Optional.empty();
    }
    // As the award register finds a name: with or without accents, whatever their Unicode form.
    String wanted = nominee == null ? null : TextVariables.searchKey(nominee);
    List<Entry> entries = new ArrayList<>();
    for (HistoricProcessInstance plan : plans) {
      List<HistoricProcessInstance> instances = new ArrayList<>(List.of(plan));
      instances.addAll(PlanInstances.calledAndNotified(history, plan));
      Map<String, Map<String, Map<String, Object>>> stored = storedByOfficials(instances);
      if (wanted != null) {
        instances.removeIf(instance -> stored.getOrDefault(instance.getId(), Map.of()).values().stream()
            .noneMatch(values -> concerns(values, wanted)));
      }
      Map<String, String> steps = stepNames(instances);
      for (HistoricProcessInstance instance : instances) {
        entries.addAll(operations(plan, instance, stored.getOrDefault(instance.getId(), Map.of()), steps));
      }
    }
    return Optional.of(entries.stream().filter(e -> wanted == null || concerns(e.values(), wanted))
        .sorted(Comparator.comparing(Entry::time)).toList());
  }

  /**
   * What officials stored, by instance and operation, read for all of a plan's instances in a few
   * queries, not one per unit's line and notice: a search for a nominee across every plan then
   * reads the operations of those instances only that stored something about them. Whole, not in
   * pages: pages by id could miss a row that officials' work inserts between two of them.
   */
  private Map<String, Map<String, Map<String, Object>>> storedByOfficials(List<HistoricProcessInstance> instances) {
    List<String> ids = instances.stream().map(HistoricProcessInstance::getId).toList();
    List<HistoricVariableUpdate> updates = PlanInstances.inParts(ids, part -> history.createHistoricDetailQuery()
            .processInstanceIdIn(part).variableUpdates().disableBinaryFetching().disableCustomObjectDeserialization().list())
        .stream().filter(d -> d.getUserOperationId() != null && d instanceof HistoricVariableUpdate)
        .map(HistoricVariableUpdate.class::cast).collect(Collectors.toCollection(ArrayList::new));
    // A value a delegate rewrote in the same operation has the same time and a later revision: the later one is kept.
    updates.sort(Comparator.comparing(HistoricVariableUpdate::getTime).thenComparingInt(HistoricVariableUpdate::getRevision));
    Map<String, Map<String, Map<String, Object>>> stored = new HashMap<>();
    for (HistoricVariableUpdate update : updates) {
      stored.computeIfAbsent(update.getProcessInstanceId(), id -> new HashMap<>())
          .computeIfAbsent(update.getUserOperationId(), id -> new LinkedHashMap<>())
          .put(update.getVariableName(), shown(update.getTypedValue()));
    }
    return stored;
  }

  /**
   * The names of the instances' tasks by id, found by the instances' business keys; a plan still in
   * its Tasklist draft has none yet, and its tasks are found by its id.
   */
  private Map<String, String> stepNames(List<HistoricProcessInstance> instances) {
    List<String> keys = instances.stream().map(HistoricProcessInstance::getBusinessKey).filter(Objects::nonNull)
        .distinct().toList();
    List<HistoricTaskInstance> tasks = new ArrayList<>(PlanInstances.inParts(keys, part ->
        history.createHistoricTaskInstanceQuery().processInstanceBusinessKeyIn(part).list()));
    instances.stream().filter(instance -> instance.getBusinessKey() == null).forEach(draft ->
        tasks.addAll(history.createHistoricTaskInstanceQuery().processInstanceId(draft.getId()).list()));
    return tasks.stream().collect(Collectors.toMap(HistoricTaskInstance::getId, t -> String.valueOf(t.getName()),
        (same, again) -> same));
  }

  /** The operations on the plan itself, or on one of its lines or notices, with the phase and unit it is of. */
  private List<Entry> operations(HistoricProcessInstance plan, HistoricProcessInstance instance,
      Map<String, Map<String, Object>> stored, Map<String, String> steps) {
    boolean ofPlan = instance == plan;
    PlanInstances.Place place = ofPlan ? new PlanInstances.Place(null, null) : PlanInstances.placeOf(plan, instance);
    Map<String, UserOperationLogEntry> operations = new LinkedHashMap<>();
    for (UserOperationLogEntry log : history.createUserOperationLogQuery().processInstanceId(instance.getId())
        .orderByTimestamp().asc().list()) {
      operations.putIfAbsent(log.getOperationId(), log);
    }
    boolean cancelled = PlanNumbers.cancelled(plan);
    return operations.values().stream().map(log -> new Entry(log.getTimestamp(), log.getUserId(),
        log.getOperationType(), step(log, steps, ofPlan ? null : instance.getProcessDefinitionName()),
        plan.getBusinessKey(), cancelled, place.phase(), place.unitOrRow(),
        stored.getOrDefault(log.getOperationId(), Map.of()))).toList();
  }

  /**
   * The task's name; the start of the plan is its launch, its deletion (Cockpit's "Hủy") its
   * cancellation, and so for a line or notice, named by its process ({@code line}, null for the
   * plan's own); otherwise what was operated on (a variable, a job…).
   */
  private static String step(UserOperationLogEntry log, Map<String, String> steps, String line) {
    if (log.getTaskId() != null) {
      return steps.get(log.getTaskId());
    }
    if (EntityTypes.PROCESS_INSTANCE.equals(log.getEntityType())) {
      String what = line == null ? "kế hoạch" : line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
      if (UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(log.getOperationType())) {
        return line == null ? "Phát động kế hoạch" : "Bắt đầu " + what;
      }
      if (UserOperationLogEntry.OPERATION_TYPE_DELETE.equals(log.getOperationType())) {
        return "Hủy " + what;
      }
    }
    return log.getEntityType();
  }

  /** Files by their name only; Json lists (nominees, verdicts) as their text. */
  private static Object shown(TypedValue value) {
    if (value instanceof FileValue file) {
      return "Tệp: " + file.getFilename();
    }
    if (value instanceof SerializableValue serializable && serializable.getValueSerialized() != null) {
      return serializable.getValueSerialized();
    }
    return value == null ? null : value.getValue();
  }

  /** The nominee's name or id, as a search key, in what the operation stored (their row, their achievement report). */
  private static boolean concerns(Map<String, Object> values, String wanted) {
    return values.entrySet().stream().anyMatch(v -> v.getKey().toLowerCase(Locale.ROOT).endsWith("_" + wanted)
        || TextVariables.searchKey(String.valueOf(v.getValue())).contains(wanted));
  }
}
