package vn.tdkt.calendar;

import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.common.Pages;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.RoleGroups;
import vn.tdkt.identity.RoleGroups.Role;
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

  private final HistoryService history;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CurrentUser currentUser;
  private final UnitRegistry units;
  private final Set<String> allowed;

  public OverdueController(HistoryService history, RuntimeService runtime, IdentityService identity,
      CurrentUser currentUser, RoleGroups roleGroups, UnitRegistry units) {
    this.history = history;
    this.runtime = runtime;
    this.identity = identity;
    this.currentUser = currentUser;
    this.units = units;
    allowed = roleGroups.idsWithAdministrators(List.of(Role.BOARD_OFFICER, Role.BOARD_HEAD, Role.MONITOR));
  }

  @GetMapping("/api/overdue")
  public List<OverdueTask> overdue(@RequestParam(required = false) String planNumber,
      @RequestParam(required = false) String unitCode) {
    currentUser.requireAnyOf(allowed,
        "Chỉ Ban Thi đua - Khen thưởng, người giám sát và quản trị hệ thống xem được việc quá hạn.");
    List<HistoricTaskInstance> open = asTheEngine(() -> Pages.all(history.createHistoricTaskInstanceQuery()
        .unfinished().taskDueBefore(ClockUtil.getCurrentTime()).orderByTaskDueDate().asc().orderByTaskId().asc()));
    Map<String, List<VariableInstance>> scopeOfInstance = scopeVariablesOf(open);
    Map<HistoricTaskInstance, Map<String, Object>> listed = new LinkedHashMap<>();
    for (HistoricTaskInstance task : open) {
      Map<String, Object> scope = scopeOf(task, scopeOfInstance.getOrDefault(task.getProcessInstanceId(), List.of()));
      if ((isBlank(planNumber) || planNumber.equals(scope.get("planNumber")))
          && (isBlank(unitCode) || unitCode.equals(unitOf(scope)))) {
        listed.put(task, scope);
      }
    }
    Map<String, String> unitNames = units.names(listed.values().stream().map(OverdueController::unitOf)
        .filter(Objects::nonNull).collect(Collectors.toSet()));
    return listed.entrySet().stream().map(row -> describe(row.getKey(), row.getValue(), unitNames)).toList();
  }

  /**
   * The roles allowed here read the history of every process (identity/AccessSetup), so the open
   * tasks are read as the engine: in the caller's name Camunda matches each row against the grants
   * on its process, its instance and itself (historic instance permissions, application.yaml),
   * which took /api/overdue's p95 to 58 ms at national scale; 44 ms as the engine (docs/benchmark.md).
   */
  private <T> T asTheEngine(Supplier<T> reading) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return reading.get();
    } finally {
      identity.setAuthentication(caller);
    }
  }

  /** Plan and unit come from the task's scope: a unit's line has both, the plan's tasks per unit too. */
  private Map<String, Object> scopeOf(HistoricTaskInstance task, List<VariableInstance> ofItsInstance) {
    return task.getExecutionId() == null ? Map.of() // created in Tasklist: no plan, no unit
        : resolved(task, ofItsInstance).orElseGet(() -> scopeVariables(task));
  }

  private static String unitOf(Map<String, Object> scope) {
    return (String) (scope.get("coordinatingUnit") != null ? scope.get("coordinatingUnit") : scope.get("unitCode"));
  }

  private static OverdueTask describe(HistoricTaskInstance task, Map<String, Object> scope, Map<String, String> unitNames) {
    String unitCode = unitOf(scope);
    return new OverdueTask((String) scope.get("planNumber"), unitCode, unitNames.get(unitCode), task.getName(),
        task.getId(), task.getDueDate(), Deadlines.display(Deadlines.lastDayBefore(task.getDueDate())),
        task.getAssignee());
  }

  /** The plan and unit variables of every task's process instance, read together: one read per row took 2 ms. */
  private Map<String, List<VariableInstance>> scopeVariablesOf(List<HistoricTaskInstance> tasks) {
    String[] instances = tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).filter(Objects::nonNull)
        .distinct().toArray(String[]::new);
    if (instances.length == 0) {
      return Map.of();
    }
    return Pages.all(runtime.createVariableInstanceQuery().processInstanceIdIn(instances)
            .variableNameIn(SCOPE.toArray(String[]::new)).disableBinaryFetching()).stream()
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
