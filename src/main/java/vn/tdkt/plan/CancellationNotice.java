package vn.tdkt.plan;

import java.util.ArrayList;
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
import vn.tdkt.common.People;

/**
 * A unit whose line of work is cancelled, with its plan or alone, is told so ("Nhận thông báo hủy" in
 * {@code cancellationNotice}): its tasks vanish from its list, and without a notice the officials would not
 * know whether to wait. Hooked into {@code unitDrive} by the engine, not in the model, because Cockpit
 * cancels with custom listeners skipped by default; the engine's own listeners still run.
 */
@Component
public class CancellationNotice extends AbstractProcessEnginePlugin {

  /** The message {@code cancellationNotice} starts on. */
  public static final String MESSAGE = "unitDriveCancelled";

  private static final String LINE = "unitDrive";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        if (LINE.equals(definition.getKey())) {
          definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) CancellationNotice::tellIfCancelled);
        }
      }
    });
  }

  private static void tellIfCancelled(DelegateExecution end) {
    ExecutionEntity line = (ExecutionEntity) end;
    // A line that reaches an end event ends there; one cancelled ends nowhere (the history's "terminated").
    if (!line.isProcessInstanceExecution() || line.getActivity() != null) {
      return;
    }
    ExecutionEntity superExecution = line.getSuperExecution();
    if (superExecution != null) {
      LastRunningLine.refuseDeletingAlone(line, superExecution);
    }
    boolean planCancelled = superExecution != null && superExecution.getProcessInstance().isEnded();
    CommandContext command = Context.getCommandContext();
    VariableMap notice = Variables.createVariables()
        .putValue("planNumber", line.getVariable("planNumber"))
        .putValue("planTitle", line.getVariable("planTitle"))
        .putValue("unitCode", line.getVariable("unitCode"))
        .putValue("unitName", line.getVariable("unitName"))
        .putValue("planCancelled", planCancelled)
        .putValue("cancelledOn", Deadlines.display(Deadlines.today()))
        .putValue("cancelledBy", nameOf(command, command.getAuthenticatedUserId()))
        .putValue("cancellationReason", line.getDeleteReason());
    // As the engine: a batch cancels with nobody signed in, and the unit, not the administrator, reads the notice.
    command.runWithoutAuthorization(() -> line.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MESSAGE).processInstanceBusinessKey(line.getBusinessKey()).setVariables(notice)
        .correlateStartMessage());
  }

  private static String nameOf(CommandContext command, String userId) {
    return userId == null ? "Quản trị hệ thống" : command.runWithoutAuthorization(() -> People.nameAndId(command, userId));
  }
}
