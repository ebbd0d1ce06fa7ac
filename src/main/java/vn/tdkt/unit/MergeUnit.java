package vn.tdkt.unit;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.EscalateOverdueTask;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.NamedLocks;
import vn.tdkt.common.Pages;

/**
 * Sáp nhập đơn vị: a unit ceases and another carries on its work. Its open tasks move to the
 * successor's groups; its plans, dossiers and history stay under its own code, still readable.
 */
@Service
public class MergeUnit {

  private final UnitRegistry units;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final GrantUnitAccess unitAccess;
  private final NamedLocks locks;
  private final AuthorizationService authorizations;
  private final EscalateOverdueTask escalation;

  public MergeUnit(UnitRegistry units, TaskService tasks, RuntimeService runtime, GrantUnitAccess unitAccess,
      NamedLocks locks, AuthorizationService authorizations, EscalateOverdueTask escalation) {
    this.units = units;
    this.tasks = tasks;
    this.runtime = runtime;
    this.unitAccess = unitAccess;
    this.locks = locks;
    this.authorizations = authorizations;
    this.escalation = escalation;
  }

  /** Returns how many open tasks moved. */
  @Transactional
  public int merge(String code, String successorCode, LocalDate lastDay) {
    locks.hold(NamedLocks.UNIT_MERGER);
    Unit unit = units.find(code).orElse(null);
    Unit successor = units.find(successorCode).orElse(null);
    new InvalidInputException.Problems()
        .addIf(unit == null, "Không có đơn vị mã " + code + " trong danh mục đơn vị.")
        .addIf(successor == null, "Không có đơn vị mã " + successorCode + " trong danh mục đơn vị.")
        .addIf(code.equals(successorCode), "Không thể sáp nhập một đơn vị vào chính nó.")
        .addIf(unit != null && unit.successor() != null, "Đơn vị " + code + " đã được sáp nhập trước đó.")
        // Back into a unit it took in, the work would go round in a circle to a unit that has ceased.
        .addIf(unit != null && successor != null && !code.equals(successorCode)
            && units.current(successorCode).code().equals(code),
            "Đơn vị " + successorCode + " đã sáp nhập vào đơn vị " + code + "; không thể sáp nhập ngược lại.")
        .addIf(lastDay == null, "Chưa nhập ngày cuối cùng đơn vị còn hoạt động.")
        .addIf(lastDay != null && lastDay.isAfter(Deadlines.today()), notYetCeased(lastDay))
        .throwIfAny();
    units.recordMerge(code, successorCode, lastDay);
    Unit heir = units.current(successorCode);
    Map<String, String> moves = Map.of(unit.officerGroup(), heir.officerGroup(),
        unit.secretaryGroup(), heir.secretaryGroup(), unit.headGroup(), heir.headGroup());
    int moved = 0;
    Set<String> carriedOn = new HashSet<>();
    for (Map.Entry<String, String> move : moves.entrySet()) {
      List<Task> open = Pages.all(tasks.createTaskQuery().taskCandidateGroup(move.getKey()).includeAssignedTasks());
      for (Task task : open) {
        boolean mayAssign = revokeGrant(task.getId(), move.getKey());
        tasks.deleteCandidateGroup(task.getId(), move.getKey());
        if (mayAssign) {
          escalation.allowAssigning(task.getId(), move.getValue());
        }
        tasks.addCandidateGroup(task.getId(), move.getValue());
        carriedOn.add(task.getProcessInstanceId());
        moved++;
      }
    }
    // The successor's staff may read the merged unit's running work — its drives, work-plan rows,
    // congresses — as they carry it on: the instances of the moved tasks and those of the unit.
    Pages.all(runtime.createProcessInstanceQuery().variableValueEquals("unitCode", code))
        .forEach(line -> carriedOn.add(line.getId()));
    carriedOn.forEach(instance -> unitAccess.grantMissingRead(instance, heir));
    return moved;
  }

  /**
   * Removes the group's grant on the task, which the engine keeps when a candidate group goes:
   * the merged unit's staff would still see, claim and complete the work moved away. Returns
   * whether the group could hand the task on (an overdue task's supervisor), for the successor's.
   */
  private boolean revokeGrant(String taskId, String group) {
    // A group has one grant per task (the authorization table's unique key).
    Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK).resourceId(taskId).groupIdIn(group).singleResult();
    if (grant == null) {
      return false;
    }
    authorizations.deleteAuthorization(grant.getId());
    return grant.isPermissionGranted(Permissions.TASK_ASSIGN);
  }

  /** The merger moves the unit's work at once: a unit still working until a later day would lose it early. */
  private static String notYetCeased(LocalDate lastDay) {
    return lastDay == null ? null : "Chưa đến ngày cuối cùng đơn vị còn hoạt động (" + Deadlines.display(lastDay) + "). "
        + "Khi sáp nhập, công việc của đơn vị được chuyển ngay sang đơn vị tiếp nhận; vì vậy chỉ thực hiện sáp nhập từ ngày "
        + Deadlines.display(lastDay) + " trở đi.";
  }
}
