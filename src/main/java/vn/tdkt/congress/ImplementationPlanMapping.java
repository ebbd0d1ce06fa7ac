package vn.tdkt.congress;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Kế hoạch triển khai của các đơn vị": the seed's units "xây dựng Kế hoạch triển khai thực hiện,
 * gửi Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh) để theo dõi, tổng hợp". What the request of the
 * unit just below the province ({@code memberCode}) is given: the plan and its deadline. Nothing
 * comes back: the board reads the unit's answer in the plan's progress. Units lower down send
 * theirs to the unit above them, which the province's plan does not follow.
 */
@Component("implementationPlanMapping")
public class ImplementationPlanMapping implements DelegateVariableMapping {

  /** The day the plans are due (a day off moved to the next working day), set at launch; null when the plan asks none. */
  static final String DEADLINE = "implementationPlanDeadline";

  private final UnitRegistry units;

  public ImplementationPlanMapping(UnitRegistry units) {
    this.units = units;
  }

  @Override
  public void mapInputVariables(DelegateExecution plan, VariableMap request) {
    CongressPlanData data = CongressPlans.of(plan);
    String unitCode = (String) plan.getVariable("memberCode");
    request.put("planNumber", plan.getVariable("planNumber"));
    request.put("planTitle", data.title());
    request.put("planIssuedOn", data.issuedOn());
    request.put("issuingAuthority", data.issuingAuthority());
    request.put("unitCode", unitCode);
    request.put("unitName", units.current(unitCode).name());
    request.put(DEADLINE, plan.getVariable(DEADLINE));
  }

  @Override
  public void mapOutputVariables(DelegateExecution plan, VariableScope request) {
    // The plan keeps no copy of the units' answers: they stay in each request, shown in the plan's progress.
  }
}
