package vn.tdkt.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.People;
import vn.tdkt.common.PlanInstances;
import vn.tdkt.unit.UnitRegistry;

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

  /** The processes a unit's officers work in for a plan: a unit's line, a work plan's row, a congress, an implementation plan. */
  private static final Set<String> LINES = Set.of("unitDrive", "workItem", "congress", "implementationPlan");

  private final UnitRegistry units;

  public CancellationNotice(UnitRegistry units) {
    this.units = units;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        if (LINES.contains(definition.getKey())) {
          definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CancellationNotice.this::tellIfCancelled);
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
    Map<String, String> told = workOfEachUnit(line);
    ExecutionEntity superExecution = line.getSuperExecution();
    if (superExecution != null) {
      LastRunningLine.refuseDeletingAlone(line, superExecution, told.values().stream().findFirst().orElse(""));
    }
    // Not when the plan's own model closes what it started (a congress plan's end closes the implementation plans nobody sent).
    if (!AdministratorAct.cancelling()) {
      return;
    }
    ExecutionEntity plan = line;
    while (plan.getSuperExecution() != null) {
      plan = plan.getSuperExecution().getProcessInstance();
    }
    for (Map.Entry<String, String> unit : told.entrySet()) {
      tell(line, plan, unit.getKey(), unit.getValue());
    }
  }

  /** The units whose officers worked in the line, each with what it did there as they know it. */
  private static Map<String, String> workOfEachUnit(ExecutionEntity line) {
    Map<String, String> told = new LinkedHashMap<>();
    Object content = line.getVariable("content");
    String work = line.getVariable("congressName") instanceof String congress ? congress
        : content != null ? "Nhiệm vụ " + line.getVariable("rowNumber") + ": " + content
        : line.getProcessDefinition().getName();
    if (line.getVariable("unitCode") instanceof String unitCode && !unitCode.isBlank()) {
      told.put(unitCode, work);
    }
    if (line.hasVariable("coordinatingUnits")) {
      JsonVariables.readList(line, "coordinatingUnits", String.class)
          .forEach(unitCode -> told.putIfAbsent(unitCode, work + " (đơn vị phối hợp)"));
    }
    return told;
  }

  private void tell(ExecutionEntity line, ExecutionEntity plan, String unitCode, String work) {
    CommandContext command = Context.getCommandContext();
    String key = plan.getBusinessKey() + "/" + unitCode;
    ExecutionEntity sent = sentInThisCommand(command, key);
    if (sent != null) {
      List<CancelledWork> listed = new ArrayList<>(JsonVariables.readList(sent, WORK, CancelledWork.class));
      listed.add(new CancelledWork(work));
      sent.setVariable(WORK, JsonVariables.json(listed));
      return;
    }
    VariableMap notice = Variables.createVariables()
        .putValue("planNumber", line.getVariable("planNumber"))
        .putValue("planTitle", line.getVariable("planTitle"))
        .putValue("unitCode", unitCode)
        .putValue("unitName", unitCode.equals(line.getVariable("unitCode")) ? line.getVariable("unitName")
            : units.current(unitCode).name())
        .putValue(WORK, JsonVariables.json(List.of(new CancelledWork(work))))
        .putValue("planCancelled", plan != line && plan.isEnded())
        .putValue("cancelledOn", Deadlines.display(Deadlines.today()))
        .putValue("cancelledBy", nameOf(command, command.getAuthenticatedUserId()))
        .putValue("cancellationReason", line.getDeleteReason());
    // As the engine: a batch cancels with nobody signed in, and the unit, not the administrator, reads the notice.
    command.runWithoutAuthorization(() -> line.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MESSAGE).processInstanceBusinessKey(key).setVariables(notice)
        .correlateStartMessage());
  }

  /** The unit's notice already started by this cancellation, which takes the unit's other cancelled work. */
  private static ExecutionEntity sentInThisCommand(CommandContext command, String key) {
    return command.getDbEntityManager().getCachedEntitiesByType(ExecutionEntity.class).stream()
        .filter(execution -> execution.isProcessInstanceExecution() && key.equals(execution.getBusinessKey())
            && !execution.isEnded() && PlanInstances.CANCELLATION.equals(execution.getProcessDefinition().getKey()))
        .findFirst().orElse(null);
  }

  private static String nameOf(CommandContext command, String userId) {
    return userId == null ? "Quản trị hệ thống" : command.runWithoutAuthorization(() -> People.nameAndId(command, userId));
  }
}
