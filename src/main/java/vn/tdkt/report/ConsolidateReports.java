package vn.tdkt.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.PlanInstances;
import vn.tdkt.plan.PlanPhases;
import vn.tdkt.plan.PlanUnits;
import vn.tdkt.plan.UnitResult;
import vn.tdkt.unit.Unit;

/**
 * "Tổng hợp báo cáo kết quả đợt thi đua", once the phase's report deadline has passed: the units
 * report to the board "để tổng hợp, báo cáo UBND tỉnh" (seed 000, IV.1), and their reports sit in
 * their own lines, so the board is shown each unit's as it stood then ({@code unitReports}:
 * reported, not reported on time, or the unit's status when it has one, e.g. not registered) and
 * writes the consolidated report ({@code reportsSummary}).
 */
@Component("consolidateReports")
public class ConsolidateReports implements TaskListener {

  static final String UNIT_REPORTS = "unitReports";

  public record UnitReport(String unitName, String state, String report) {}

  private final HistoryService history;

  public ConsolidateReports(HistoryService history) {
    this.history = history;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().setVariableLocal(UNIT_REPORTS, JsonVariables.json(gather(task.getExecution())));
      return;
    }
    new InvalidInputException.Problems()
        .requireText(task, "reportsSummary", "Chưa nhập báo cáo tổng hợp kết quả đợt thi đua.")
        .throwIfAny();
  }

  private List<UnitReport> gather(DelegateExecution inPhase) {
    List<Unit> units = PlanUnits.inPhase(inPhase);
    Map<String, HistoricProcessInstance> lines = PlanPhases.linesOf(history, inPhase, units);
    Map<String, Map<String, Object>> reportOfLine = PlanInstances.variablesOf(history,
        lines.values().stream().map(HistoricProcessInstance::getId).toList(), "resultsReport", "unitStatus");
    List<UnitReport> reports = new ArrayList<>();
    for (Unit unit : units) {
      HistoricProcessInstance ofUnit = lines.get(unit.code());
      Map<String, Object> line = ofUnit == null ? Map.of() : reportOfLine.getOrDefault(ofUnit.getId(), Map.of());
      Object report = line.get("resultsReport");
      Object status = line.get("unitStatus");
      // Read at the deadline or after: a unit with no report has not reported on time, whether or not its
      // own line, due at the same moment, has marked it yet (or, in a plan launched late, even started).
      String state = report != null ? "Đã báo cáo"
          : status != null ? UnitResult.statusLabel(status.toString()) : "Không báo cáo đúng hạn";
      reports.add(new UnitReport(unit.name(), state, report == null ? "" : report.toString()));
    }
    return reports;
  }
}
