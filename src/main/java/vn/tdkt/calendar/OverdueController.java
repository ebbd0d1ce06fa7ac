package vn.tdkt.calendar;

import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.common.Pages;
import vn.tdkt.common.PlanInstances;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.RoleGroups;
import vn.tdkt.identity.RoleGroups.Role;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;

/**
 * What is overdue, per plan and per unit: {@code GET /api/overdue?planNumber=…&unitCode=…}. For
 * the board and supervisors, who follow every unit up. The open tasks are read from the task
 * history, which these roles read for every line: reading the tasks themselves would need the
 * board to read every task (READ_TASK), which slows its own task list (docs/benchmark.md, Tuning).
 */
@RestController
public class OverdueController {

  /** {@code dueDate} is the instant it passed; {@code lastDay} the day as officials write it ("hạn đến hết ngày"). */
  public record OverdueTask(String planNumber, String unitCode, String unitName, String taskName, String taskId,
      Date dueDate, String lastDay, String assignee) {}

  /** A work plan's coordinating unit owes its own input: its round's {@code coordinatingUnit} names it. */
  private static final List<String> SCOPE = List.of("planNumber", "unitCode", "coordinatingUnit");

  /**
   * A work plan row's review and follow-up are owed by its reviewing units, a late congress's decision
   * by the unit its delegates go to: the groups the task is offered to, not the unit of its scope.
   */
  private static final Set<String> OWED_BY_CANDIDATES = Set.of("reviewWorkItem", "followUpWorkItem", "handleLateCongress");

  /** An open task as listed: its plan, and the units that owe it (the first is the listed unitCode). */
  private record Owed(String planNumber, List<String> units) {}

  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final CurrentUser currentUser;
  private final UnitRegistry units;
  private final Set<String> allowed;

  public OverdueController(HistoryService history, RuntimeService runtime, TaskService tasks, CurrentUser currentUser,
      RoleGroups roleGroups, UnitRegistry units) {
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
    this.currentUser = currentUser;
    this.units = units;
    allowed = roleGroups.idsWithAdministrators(List.of(Role.BOARD_OFFICER, Role.BOARD_HEAD, Role.MONITOR));
  }

  @GetMapping("/api/overdue")
  public List<OverdueTask> overdue(@RequestParam(required = false) String planNumber,
      @RequestParam(required = false) String unitCode) {
    currentUser.requireAnyOf(allowed,
        "Chỉ Ban Thi đua - Khen thưởng, người giám sát và quản trị hệ thống xem được việc quá hạn.");
    String plan = isBlank(planNumber) ? null : planNumber.trim();
    Map<String, String> heirs = units.heirs();
    // A merged unit's code still names its work, which its successor carries now.
    String unit = isBlank(unitCode) ? null : heirs.getOrDefault(unitCode.trim(), unitCode.trim());
    // As the engine: these roles read every history; in their name each row costs a grant check.
    List<HistoricTaskInstance> open = currentUser.readingHistory(() -> Pages.all(history.createHistoricTaskInstanceQuery()
        .unfinished().taskDueBefore(ClockUtil.getCurrentTime()).orderByTaskDueDate().asc().orderByTaskId().asc()));
    Map<String, List<VariableInstance>> scopeOfInstance = scopeVariablesOf(open);
    Map<HistoricTaskInstance, Owed> listed = new LinkedHashMap<>();
    for (HistoricTaskInstance task : open) {
      Map<String, Object> scope = scopeOf(task, scopeOfInstance.getOrDefault(task.getProcessInstanceId(), List.of()));
      if (plan == null || plan.equals(scope.get("planNumber"))) {
        Owed owed = new Owed((String) scope.get("planNumber"), owingUnits(task, scope, heirs));
        if (unit == null || owed.units().contains(unit)) {
          listed.put(task, owed);
        }
      }
    }
    Map<String, String> unitNames = units.names(listed.values().stream().flatMap(owed -> owed.units().stream())
        .collect(Collectors.toSet()));
    return listed.entrySet().stream().map(row -> describe(row.getKey(), row.getValue(), unitNames)).toList();
  }

  /**
   * Who owes the task: the unit of its scope, or for a row's review and follow-up and a late
   * congress's decision the units it is offered to, in code order (one query for each such task;
   * they are few) — none when it is offered to a role (the board, the Chairman), like the plan's own
   * tasks. A task completed since the history was read falls back to the scope's unit. The work of a
   * unit merged into another is the other's now ({@code heirs}), as its tasks are.
   */
  private List<String> owingUnits(HistoricTaskInstance task, Map<String, Object> scope, Map<String, String> heirs) {
    // A task created in Tasklist has no definition key, which Set.of's contains refuses.
    if (task.getTaskDefinitionKey() != null && OWED_BY_CANDIDATES.contains(task.getTaskDefinitionKey())) {
      List<IdentityLink> candidates = offeredTo(task.getId()).stream()
          .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
      if (!candidates.isEmpty()) {
        return candidates.stream().map(link -> Unit.ofOfficerGroup(link.getGroupId())).filter(Objects::nonNull).sorted()
            .toList();
      }
    }
    String unit = (String) (scope.get("coordinatingUnit") != null ? scope.get("coordinatingUnit") : scope.get("unitCode"));
    return unit == null ? List.of() : List.of(heirs.getOrDefault(unit, unit));
  }

  private List<IdentityLink> offeredTo(String taskId) {
    try {
      return currentUser.asTheEngine(() -> tasks.getIdentityLinksForTask(taskId));
    } catch (NullValueException completedMeanwhile) {
      return List.of();
    }
  }

  /** Plan and unit come from the task's scope: a unit's line has both, the plan's tasks per unit too. */
  private Map<String, Object> scopeOf(HistoricTaskInstance task, List<VariableInstance> ofItsInstance) {
    return task.getExecutionId() == null ? Map.of() // created in Tasklist: no plan, no unit
        : resolved(task, ofItsInstance).orElseGet(() -> scopeVariables(task));
  }

  /** Several units owing one task (a row reviewed by two directing units) are named together. */
  private static OverdueTask describe(HistoricTaskInstance task, Owed owed, Map<String, String> unitNames) {
    String unitCode = owed.units().isEmpty() ? null : owed.units().get(0);
    String unitName = owed.units().stream().map(unitNames::get).filter(Objects::nonNull).collect(Collectors.joining(", "));
    return new OverdueTask(owed.planNumber(), unitCode, unitName.isEmpty() ? null : unitName, task.getName(),
        task.getId(), task.getDueDate(), Deadlines.display(Deadlines.lastDayBefore(task.getDueDate())),
        task.getAssignee());
  }

  /** The plan and unit variables of every task's process instance, read together: one read per row took 2 ms. */
  private Map<String, List<VariableInstance>> scopeVariablesOf(List<HistoricTaskInstance> tasks) {
    List<String> instances = tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).filter(Objects::nonNull)
        .distinct().toList();
    // In parts: years of unacknowledged notices would pass what one IN list may hold.
    return PlanInstances.inParts(instances, part -> Pages.all(runtime.createVariableInstanceQuery().processInstanceIdIn(part)
            .variableNameIn(SCOPE.toArray(String[]::new)).disableBinaryFetching())).stream()
        .filter(variable -> variable.getTaskId() == null) // a task's own variables are not its scope's
        .collect(Collectors.groupingBy(VariableInstance::getProcessInstanceId));
  }

  /**
   * Each variable as the task's execution sees it, when the instance's variables decide it: held
   * by the task's own execution, or else only by the process instance. When another execution of
   * the instance holds one too (a sub-process or multi-instance of its own), that may be nearer:
   * empty, and the engine resolves it.
   */
  private static Optional<Map<String, Object>> resolved(HistoricTaskInstance task, List<VariableInstance> variables) {
    Map<String, Object> scope = new HashMap<>();
    for (String name : SCOPE) {
      List<VariableInstance> named = variables.stream().filter(v -> name.equals(v.getName())).toList();
      Optional<VariableInstance> own = named.stream().filter(v -> task.getExecutionId().equals(v.getExecutionId())).findFirst();
      if (own.isPresent()) {
        scope.put(name, own.get().getValue());
      } else if (named.stream().allMatch(v -> task.getProcessInstanceId().equals(v.getExecutionId()))) {
        named.stream().findFirst().ifPresent(v -> scope.put(name, v.getValue()));
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(scope);
  }

  /**
   * The engine's own resolution, for a row the instance's variables do not decide. The history
   * keeps the execution a task was created in; when a parallel branch beside it ends, Camunda
   * moves the task to the enclosing execution without writing that to the history, and the
   * process instance answers then.
   */
  private Map<String, Object> scopeVariables(HistoricTaskInstance task) {
    try {
      return runtime.getVariables(task.getExecutionId(), SCOPE);
    } catch (NullValueException executionGone) {
      return runtime.getVariables(task.getProcessInstanceId(), SCOPE);
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
