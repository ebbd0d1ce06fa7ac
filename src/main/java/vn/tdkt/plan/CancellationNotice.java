package vn.tdkt.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.CommandSessions;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.NamedLocks;
import vn.tdkt.common.PlanInstances;
import vn.tdkt.common.People;
import vn.tdkt.unit.UnitRegistry;
import vn.tdkt.workplan.WorkItemUnits;

/**
 * A unit whose work in a plan is cancelled by an administrator, with the plan or alone, is told so
 * ("Nhận thông báo hủy" in {@code cancellationNotice}): its tasks vanish from its list, and without
 * a notice the officials would not know whether to wait. One notice per unit and cancellation,
 * listing each piece of its work cancelled: a work plan cancelled whole takes many rows of one unit.
 * Hooked into the lines by the engine, not in the models, because Cockpit cancels with custom
 * listeners skipped by default; the engine's own listeners still run.
 */
@Component
public class CancellationNotice extends AbstractProcessEnginePlugin {

  /** The message {@code cancellationNotice} starts on. */
  public static final String MESSAGE = "unitDriveCancelled";

  private static final String WORK = "cancelledWork";

  /** A row of the notice's table of cancelled work (a list, not a text: a whole work plan may take many rows of one unit). */
  record CancelledWork(String work) {}

  /**
   * The processes a unit's officers work in for a plan: a unit's line, a work plan's row, a congress, an implementation
   * plan, an ad hoc award proposal.
   */
  private static final Set<String> LINES = Set.of("unitDrive", "workItem", "congress", "implementationPlan",
      PlanInstances.AD_HOC_AWARD);

  /** The plans that call those lines. */
  private static final Set<String> PLANS = Set.of("emulationPlan", "workPlan", "congressPlan");

  private final UnitRegistry units;
  private final WorkItemUnits rows;
  private final NamedLocks locks;

  public CancellationNotice(UnitRegistry units, WorkItemUnits rows, NamedLocks locks) {
    this.units = units;
    this.rows = rows;
    this.locks = locks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    CommandSessions.register(configuration, NoticesSent.class, NoticesSent::new);
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        if (LINES.contains(definition.getKey())) {
          definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CancellationNotice.this::tellIfCancelled);
        }
        if (PLANS.contains(definition.getKey())) {
          definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CancellationNotice.this::planCancelled);
        }
      }
    });
  }

  private void tellIfCancelled(DelegateExecution end) {
    ExecutionEntity line = (ExecutionEntity) end;
    // A line that reaches an end event ends there; one cancelled ends nowhere (the history's "terminated").
    if (!line.isProcessInstanceExecution() || line.getActivity() != null) {
      return;
    }
    String work = workOf(line);
    ExecutionEntity superExecution = line.getSuperExecution();
    if (superExecution != null) {
      LastRunningLine.refuseDeletingAlone(line, superExecution, work);
    }
    // Not when the plan's own model closes what it started (a congress plan's end closes the implementation plans nobody sent).
    if (!AdministratorAct.cancelling()) {
      return;
    }
    ExecutionEntity plan = line;
    while (plan.getSuperExecution() != null) {
      plan = plan.getSuperExecution().getProcessInstance();
    }
    // Deleted with its plan; a plan modified with every step cancelled ends after its lines (planCancelled marks those).
    boolean planCancelled = plan != line && plan.isEnded();
    for (Map.Entry<String, String> unit : workOfEachUnit(line, work).entrySet()) {
      tell(line, planCancelled, unit.getKey(), unit.getValue());
    }
  }

  /**
   * A plan cancelled as a whole: every notice its units were sent in this command tells them so,
   * those of lines a modification of every step ended before the plan and those of proposals (not
   * called by the plan) alike.
   */
  private void planCancelled(DelegateExecution end) {
    ExecutionEntity plan = (ExecutionEntity) end;
    if (!plan.isProcessInstanceExecution() || plan.getActivity() != null || !AdministratorAct.cancelling()) {
      return;
    }
    if ("emulationPlan".equals(plan.getProcessDefinition().getKey())) {
      cancelAdHocProposals(plan);
    }
    CommandContext command = Context.getCommandContext();
    command.getSession(NoticesSent.class).tellWholePlanCancelled(command, plan.getVariable("planNumber") + "/");
  }

  /**
   * A plan cancelled takes with it its units' ad hoc award proposals not yet decided, as it takes
   * the lines it called: the plan's number no longer stands for a drive, and nobody would decide
   * them. One decided (awarded, refused, not put forward) stays for its unit to read. Each unit's
   * notice lists its proposal with its other cancelled work (one notice per unit and command). Under
   * the lock a proposal's start holds while it reads the plan, so none starts unseen meanwhile.
   */
  private void cancelAdHocProposals(ExecutionEntity plan) {
    locks.hold(NamedLocks.PLAN_NUMBER);
    String reason = AdministratorAct.reason(plan.getDeleteReason());
    RuntimeService runtime = plan.getProcessEngineServices().getRuntimeService();
    Context.getCommandContext().runWithoutAuthorization(() -> {
      runtime.createProcessInstanceQuery().processDefinitionKey(PlanInstances.AD_HOC_AWARD)
          .variableValueEquals("planProcessInstanceId", plan.getId()).list().stream()
          .filter(proposal -> runtime.getVariable(proposal.getId(), "adHocResult") == null)
          // A batch may cancel a proposal and its plan in one command: the proposal is gone already.
          .forEach(proposal -> runtime.deleteProcessInstanceIfExists(proposal.getId(), reason, false, true, false, false));
      return null;
    });
  }

  /** What was done in the line, as its officers know it. */
  private static String workOf(ExecutionEntity line) {
    Object content = line.getVariable("content");
    return line.getVariable("congressName") instanceof String congress ? congress
        : content != null ? "Nhiệm vụ " + line.getVariable("rowNumber") + ": " + content
        : line.getVariable("nomineeName") instanceof String nominee ? line.getProcessDefinition().getName() + ": " + nominee
        : line.getProcessDefinition().getName();
  }

  /**
   * The units whose officers worked in the line, each with what it did there: a row's reviewing
   * units too, whose review and follow-up vanish with it.
   */
  private Map<String, String> workOfEachUnit(ExecutionEntity line, String work) {
    Map<String, String> told = new LinkedHashMap<>();
    if (line.getVariable("unitCode") instanceof String unitCode && !unitCode.isBlank()) {
      told.put(unitCode, work);
    }
    if (line.hasVariable("directingUnits")) {
      rows.reviewing(line).forEach(unit -> told.putIfAbsent(unit.code(), work + " (đơn vị chỉ đạo)"));
    }
    if (line.hasVariable("coordinatingUnits")) {
      JsonVariables.readList(line, "coordinatingUnits", String.class)
          .forEach(unitCode -> told.putIfAbsent(unitCode, work + " (đơn vị phối hợp)"));
    }
    return told;
  }

  private void tell(ExecutionEntity line, boolean planCancelled, String unitCode, String work) {
    CommandContext command = Context.getCommandContext();
    String key = line.getVariable("planNumber") + "/" + unitCode;
    NoticesSent sent = command.getSession(NoticesSent.class);
    List<CancelledWork> listed = sent.work.get(key);
    if (listed != null) {
      listed.add(new CancelledWork(work));
      command.getExecutionManager().findExecutionById(sent.ids.get(key)).setVariable(WORK, JsonVariables.json(listed));
      return;
    }
    listed = new ArrayList<>(List.of(new CancelledWork(work)));
    VariableMap notice = Variables.createVariables()
        .putValue("planNumber", line.getVariable("planNumber"))
        .putValue("planTitle", line.getVariable("planTitle"))
        .putValue("unitCode", unitCode)
        .putValue("unitName", unitCode.equals(line.getVariable("unitCode")) ? line.getVariable("unitName")
            : units.current(unitCode).name())
        .putValue(WORK, JsonVariables.json(listed))
        .putValue("planCancelled", planCancelled)
        .putValue("cancelledOn", Deadlines.display(Deadlines.today()))
        .putValue("cancelledBy", nameOf(command, command.getAuthenticatedUserId()))
        .putValue("cancellationReason", AdministratorAct.reason(line.getDeleteReason()));
    // As the engine: a batch cancels with nobody signed in, and the unit, not the administrator, reads the notice.
    String id = command.runWithoutAuthorization(() -> line.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MESSAGE)
        .processInstanceBusinessKey(key).setVariables(notice).correlateStartMessage()).getId();
    sent.ids.put(key, id);
    sent.work.put(key, listed);
  }

  /**
   * The notices this command started, by key: a unit's other work cancelled in the same command
   * joins its notice. One per command, as Camunda opens its own sessions; a batch deletes instance
   * by instance, each in its own command.
   */
  static final class NoticesSent implements Session {
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, List<CancelledWork>> work = new HashMap<>();

    /** The notices started for the plan's units ("<plan>/<unit>", unit codes hold no "/"), told the whole plan was cancelled. */
    void tellWholePlanCancelled(CommandContext command, String planPrefix) {
      ids.forEach((key, id) -> {
        if (key.startsWith(planPrefix) && key.indexOf('/', planPrefix.length()) < 0) {
          command.getExecutionManager().findExecutionById(id).setVariable("planCancelled", true);
        }
      });
    }

    @Override
    public void flush() {
      // Nothing of its own to write: the notices are the engine's entities.
    }

    @Override
    public void close() {
      // Nothing held.
    }
  }

  private static String nameOf(CommandContext command, String userId) {
    return userId == null ? "Quản trị hệ thống" : command.runWithoutAuthorization(() -> People.nameAndId(command, userId));
  }
}
