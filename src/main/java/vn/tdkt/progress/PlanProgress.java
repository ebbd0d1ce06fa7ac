package vn.tdkt.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.PlanInstances;
import vn.tdkt.common.PlanNumbers;

/**
 * Where a plan stands, for the board that follows it: the plan's own steps and, for each process
 * it started (a unit's line, a work plan's row, a congress of any level, a unit's outcome notice),
 * the steps open with their last day, the steps done, and how it ended — the name of its end event
 * in the model, so an administrator's renamed or added ending reads as they wrote it. Read from
 * the history: the same for running and ended plans.
 */
@Component
public class PlanProgress {

  /** What a line holds that tells it apart and how it went, where it has it (its process's own variables). */
  private static final String[] FACTS = {"unitCode", "unitName", "unitStatus", "registrationCommitments", "resultsReport",
      "rowNumber",
      "content", "congressDate", "congressLate", "congressNotHeld", "notHeldReason", "congressReport", "congressDirection",
      "implementationPlanNumber", "implementationPlanDate", "implementationPlanSummary",
      "workResult", "dueDay", "notDoneReason", "notDoneOn", "closedByUnitName", "notDoneAcknowledged", "reportsSummary",
      "dossierLate", "closingReason", "supplementClosingReason", "closedOn", "closingAcknowledged",
      "supplementClosedAcknowledged", "outcomeAcknowledged", "nomineeName", "adHocOutcome", "adHocOutcomeAcknowledged"};

  public record Step(String step, String lastDay, boolean overdue, String assignee) {}

  /** One process of the plan; {@code place} the unit code or row id of its business key, {@code phase} "Đợt N" in a plan of several. */
  public record Line(String process, String place, String phase, String status, List<Step> open, List<String> done,
      Map<String, Object> facts) {}

  public record Progress(String planNumber, String plan, String title, String status, List<Line> lines) {}

  private final HistoryService history;
  private final RepositoryService repository;

  public PlanProgress(HistoryService history, RepositoryService repository) {
    this.history = history;
    this.repository = repository;
  }

  /** The plan under that number ({@link PlanNumbers#numbered}), narrowed to one unit when {@code unitCode} is given. */
  public Optional<Progress> of(String planNumber, String unitCode) {
    return PlanNumbers.numbered(history, planNumber).map(plan -> progressOf(plan, unitCode));
  }

  private Progress progressOf(HistoricProcessInstance plan, String unitCode) {
    List<HistoricProcessInstance> all = new ArrayList<>(List.of(plan));
    all.addAll(PlanInstances.calledAndNotified(history, plan));
    Map<String, Map<String, Object>> facts = factsOf(all);
    // A unit's line, notice and congress carry its code in their key; a row it leads for its cluster, in its unitCode.
    List<HistoricProcessInstance> called = all.subList(1, all.size()).stream().filter(instance -> unitCode == null
        || concerns(PlanInstances.placeOf(plan, instance), unitCode)
        || unitCode.equals(facts.getOrDefault(instance.getId(), Map.of()).get("unitCode"))).toList();
    Map<String, List<HistoricTaskInstance>> steps = stepsOf(plan, all);
    Map<String, String> endings = new HashMap<>();
    List<Line> lines = new ArrayList<>();
    lines.add(line(plan, plan, null, steps, facts, endings));
    called.forEach(instance -> lines.add(line(instance, plan, PlanInstances.placeOf(plan, instance), steps, facts, endings)));
    Object title = facts.getOrDefault(plan.getId(), Map.of()).get("planTitle");
    return new Progress(plan.getBusinessKey(), plan.getProcessDefinitionName(), title == null ? null : title.toString(),
        status(plan, plan, endings), lines);
  }

  private Line line(HistoricProcessInstance instance, HistoricProcessInstance plan, PlanInstances.Place place,
      Map<String, List<HistoricTaskInstance>> steps, Map<String, Map<String, Object>> facts, Map<String, String> endings) {
    List<HistoricTaskInstance> ofInstance = steps.getOrDefault(instance.getId(), List.of());
    Date now = ClockUtil.getCurrentTime();
    List<Step> open = ofInstance.stream().filter(t -> t.getEndTime() == null)
        .map(t -> new Step(t.getName(), t.getDueDate() == null ? null : Deadlines.display(Deadlines.lastDayBefore(t.getDueDate())),
            t.getDueDate() != null && t.getDueDate().before(now), t.getAssignee()))
        .toList();
    List<String> done = ofInstance.stream().filter(t -> t.getEndTime() != null && "completed".equals(t.getDeleteReason()))
        .sorted(Comparator.comparing(HistoricTaskInstance::getEndTime)).map(HistoricTaskInstance::getName).toList();
    Map<String, Object> known = new LinkedHashMap<>(facts.getOrDefault(instance.getId(), Map.of()));
    known.remove("planTitle");
    return new Line(instance.getProcessDefinitionName(), place == null ? null : place.unitOrRow(),
        place == null ? null : place.phase(), status(instance, plan, endings), open, done, known);
  }

  /** A unit's line or notice ("so-gddt"), congress, or work plan row done by it ("I.7/bn-so-noi-vu"). */
  private static boolean concerns(PlanInstances.Place place, String unitCode) {
    return place.unitOrRow().equals(unitCode) || place.unitOrRow().endsWith("/" + unitCode);
  }

  /**
   * Running; cancelled by an administrator; closed unfinished by the plan's own model (a congress
   * plan's end closes the implementation plans nobody sent); or ended, named by the end event it ended at.
   */
  private String status(HistoricProcessInstance instance, HistoricProcessInstance plan, Map<String, String> endings) {
    if (instance.getEndTime() == null) {
      return "Đang thực hiện";
    }
    if (PlanNumbers.cancelled(instance)) {
      boolean closedByThePlan = !instance.getId().equals(plan.getId()) && !PlanNumbers.cancelled(plan)
          && HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(instance.getState());
      return closedByThePlan ? "Đóng theo kế hoạch, chưa hoàn thành" : "Đã hủy";
    }
    String endedAt = instance.getEndActivityId();
    return endedAt == null ? "Đã kết thúc" : endings.computeIfAbsent(instance.getProcessDefinitionId() + "#" + endedAt, key -> {
      FlowElement end = repository.getBpmnModelInstance(instance.getProcessDefinitionId()).getModelElementById(endedAt);
      return end == null || end.getName() == null ? "Đã kết thúc" : end.getName();
    });
  }

  /** Every task of the plan and what it called, in one query, and of its notices by their keys. */
  private Map<String, List<HistoricTaskInstance>> stepsOf(HistoricProcessInstance plan, List<HistoricProcessInstance> all) {
    List<HistoricTaskInstance> found = new ArrayList<>(history.createHistoricTaskInstanceQuery()
        .rootProcessInstanceId(plan.getId()).list());
    // A notice the plan called (models before session 23) came with the plan's own tasks already.
    for (String notice : PlanInstances.noticesOf(plan)) {
      List<String> noticeKeys = all.stream().filter(i -> i.getProcessDefinitionKey().equals(notice)
              && i.getSuperProcessInstanceId() == null).map(HistoricProcessInstance::getBusinessKey).distinct().toList();
      found.addAll(PlanInstances.inParts(noticeKeys, keys -> history.createHistoricTaskInstanceQuery()
          .processDefinitionKey(notice).processInstanceBusinessKeyIn(keys).list()));
    }
    Set<String> ids = all.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
    return found.stream().filter(t -> ids.contains(t.getProcessInstanceId()))
        .collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId));
  }

  /** The process-level variables of {@link #FACTS} (and the plan's title) of every instance, in one query. */
  private Map<String, Map<String, Object>> factsOf(List<HistoricProcessInstance> all) {
    String[] names = Stream.concat(Arrays.stream(FACTS), Stream.of("planTitle")).toArray(String[]::new);
    return PlanInstances.variablesOf(history, all.stream().map(HistoricProcessInstance::getId).toList(), names);
  }
}
