package vn.tdkt.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.cluster.ClusterFile;
import vn.tdkt.identity.RoleGroups.Role;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitFile;
import vn.tdkt.unit.UnitRegistry;

/**
 * Makes sure, at every start, that each role and each registered unit has its groups, that the
 * roles hold the Camunda authorizations their work needs, and that Tasklist has the shared
 * filters. Tasks themselves are authorized by the engine through their candidate groups.
 */
@Component
public class AccessSetup {

  /** The project's processes, whose history every role reads. */
  static final String[] PROCESSES = {"emulationPlan", "unitDrive", "unitNotice", "cancellationNotice", "workPlan", "workItem",
      "workItemNotDoneNotice", "unitLineClosedNotice", "supplementClosedNotice", "congressPlan", "congress",
      "implementationPlan", "adHocAward"};
  static final String ADMINISTRATORS = "Quản trị hệ thống";
  private static final String[] DECISIONS = {"nomineeQuota", "nomineeEligibility"};

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final UnitRegistry units;
  private final ObjectProvider<DemoData> demoData;
  private final UnitFile unitFile;
  private final ClusterFile clusterFile;
  private final RoleGroups roleGroups;
  private final int reminderDays;

  public AccessSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
      TaskService tasks, UnitRegistry units, ObjectProvider<DemoData> demoData, UnitFile unitFile,
      ClusterFile clusterFile, RoleGroups roleGroups,
      @Value("${tdkt.reminder-days:2}") int reminderDays) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.units = units;
    this.demoData = demoData;
    this.unitFile = unitFile;
    this.clusterFile = clusterFile;
    this.roleGroups = roleGroups;
    this.reminderDays = reminderDays;
  }

  public void setUp() {
    demoData.ifAvailable(DemoData::loadUnits);
    unitFile.load();
    demoData.ifAvailable(DemoData::loadClusters);
    clusterFile.load();
    roleGroups.all().forEach(group -> ensureGroup(group.id(), group.name()));
    nameAdministratorsGroup();
    for (Unit unit : units.all()) {
      ensureGroup(unit.officerGroup(), "Cán bộ thi đua - " + unit.name());
      ensureGroup(unit.secretaryGroup(), "Thư ký Hội đồng TĐKT - " + unit.name());
      ensureGroup(unit.headGroup(), "Thủ trưởng - " + unit.name());
    }
    grantRoles();
    ensureFilters();
    demoData.ifAvailable(DemoData::loadUsers);
  }

  private void grantRoles() {
    grant(ANY, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(ANY, Resources.FILTER, ANY, Permissions.READ);
    // The process name in a unit's task list; the instances themselves stay per unit (GrantUnitAccess).
    grant(ANY, Resources.PROCESS_DEFINITION, "unitDrive", Permissions.READ);
    grant(ANY, Resources.PROCESS_DEFINITION, "unitNotice", Permissions.READ);
    grant(ANY, Resources.PROCESS_DEFINITION, "cancellationNotice", Permissions.READ);
    grant(ANY, Resources.PROCESS_DEFINITION, "workItem", Permissions.READ);
    grant(ANY, Resources.PROCESS_DEFINITION, "workItemNotDoneNotice", Permissions.READ);
    grant(ANY, Resources.PROCESS_DEFINITION, "unitLineClosedNotice", Permissions.READ);
    grant(ANY, Resources.PROCESS_DEFINITION, "supplementClosedNotice", Permissions.READ);
    grant(ANY, Resources.PROCESS_DEFINITION, "congress", Permissions.READ);
    grant(ANY, Resources.PROCESS_DEFINITION, "implementationPlan", Permissions.READ);
    grant(ANY, Resources.PROCESS_DEFINITION, "adHocAward", Permissions.READ);
    for (String decision : DECISIONS) {
      // Task listeners evaluate the rule tables as the user completing the task.
      grant(ANY, Resources.DECISION_DEFINITION, decision, Permissions.READ, Permissions.CREATE_INSTANCE);
    }
    for (String board : roleGroups.ids(List.of(Role.BOARD_OFFICER))) {
      grant(board, Resources.PROCESS_DEFINITION, "emulationPlan", ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(board, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    // A unit's emulation officer proposes an ad hoc award from Tasklist; each proposal is then read by its unit only (CheckAdHocProposal).
    for (Unit unit : units.all()) {
      grant(unit.officerGroup(), Resources.PROCESS_DEFINITION, "adHocAward", ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(unit.officerGroup(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    // The province's annual work plan and congresses are the provincial board's own.
    for (String provincial : new String[] {"workPlan", "congressPlan"}) {
      grant(Roles.BOARD_OFFICER, Resources.PROCESS_DEFINITION, provincial, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    for (String role : roleGroups.ids(List.of(Role.values()))) {
      for (String process : PROCESSES) {
        grant(role, Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_INSTANCE);
      }
      grant(role, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    }
    for (String monitor : roleGroups.ids(List.of(Role.MONITOR))) {
      // Supervisors follow every unit up in Cockpit's user tasks (/api/overdue reads the task history): they read every task, work on none.
      for (String process : PROCESSES) {
        grant(monitor, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ_TASK);
      }
      grant(monitor, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(monitor, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
      grant(monitor, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }
  }

  private void ensureFilters() {
    ensureFilter("Việc của tôi", -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
        "Việc đã nhận về mình");
    ensureFilter("Việc của đơn vị", -5, myGroupsWork(), "Việc giao cho nhóm, đơn vị của tôi");
    // A task's follow-up date is its reminder day: tdkt.reminder-days working days before it is due.
    ensureFilter("Sắp đến hạn", 0, myGroupsWork().followUpBeforeExpression("${now()}")
        .dueAfterExpression("${now()}"), "Việc đã đến ngày nhắc hạn (còn " + reminderDays + " ngày làm việc), chưa quá hạn");
    ensureFilter("Quá hạn", 5, myGroupsWork().dueBeforeExpression("${now()}"), "Việc đã quá hạn");
  }

  private TaskQuery myGroupsWork() {
    return tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks();
  }

  /**
   * Creates the filter, or brings an existing one up to date. The task list shows each task's
   * plan and unit, so an officer with many units' work tells them apart.
   */
  private void ensureFilter(String name, int priority, TaskQuery query, String description) {
    Filter filter = filters.createFilterQuery().filterName(name).list().stream().findFirst()
        .orElseGet(() -> filters.newTaskFilter(name).setOwner("admin"));
    filter.setQuery(query).setProperties(Map.of("priority", priority, "description", description, "refresh", true,
        "variables", List.of(Map.of("name", "unitName", "label", "Đơn vị"),
            Map.of("name", "planNumber", "label", "Số kế hoạch"))));
    filters.saveFilter(filter);
  }

  /** Camunda creates its administrators' group with an English name, which Admin shows to officials. */
  private void nameAdministratorsGroup() {
    Group administrators = identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult();
    if (administrators != null && !ADMINISTRATORS.equals(administrators.getName())) {
      administrators.setName(ADMINISTRATORS);
      identity.saveGroup(administrators);
    }
  }

  /** Creates the group, or renames it after its unit or role was renamed (its id stays). */
  private void ensureGroup(String id, String name) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
      group.setType("WORKFLOW");
    } else if (name.equals(group.getName())) {
      return;
    }
    group.setName(name);
    identity.saveGroup(group);
  }

  /**
   * Re-applied at every start: these grants are the roles' rights, so a permission taken out of
   * them in Admin comes back. An administrator's own REVOKE authorizations are never touched
   * (adding a permission to a revocation would lift it); one for a user takes that user's right.
   */
  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    boolean global = ANY.equals(groupId);
    var query = authorizations.createAuthorizationQuery().resourceType(resource).resourceId(resourceId);
    Authorization auth = (global ? query.authorizationType(AUTH_TYPE_GLOBAL)
        : query.authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)).list().stream().findFirst().orElse(null);
    if (auth == null) {
      auth = authorizations.createNewAuthorization(global ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
      if (global) {
        auth.setUserId(ANY);
      } else {
        auth.setGroupId(groupId);
      }
    }
    for (Permission permission : permissions) {
      auth.addPermission(permission);
    }
    authorizations.saveAuthorization(auth);
  }
}
