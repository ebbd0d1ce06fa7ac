package vn.tdkt.congress;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.congress.CongressPlanData.PlanUnit;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Giao các đơn vị gửi kế hoạch triển khai": the seed's units "xây dựng Kế hoạch triển khai thực
 * hiện, gửi Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh) để theo dõi, tổng hợp". Each unit just below
 * the province is sent a request of its own ({@code implementationPlan}, keyed as its congress), so
 * its congress and the plan never wait for it; grassroots units send theirs to their district,
 * which the province's plan does not follow.
 */
@Component("requestImplementationPlans")
public class RequestImplementationPlans implements JavaDelegate {

  /** The message {@code implementationPlan} starts on. */
  static final String MESSAGE = "implementationPlanRequested";
  /** The day the plans are due (a day off moved to the next working day), set at launch; null when the plan asks none. */
  static final String DEADLINE = "implementationPlanDeadline";

  private final UnitRegistry units;

  public RequestImplementationPlans(UnitRegistry units) {
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution plan) {
    CongressPlanData data = CongressPlans.of(plan);
    for (PlanUnit unit : data.units()) {
      if (!CongressGroups.isProvince(unit.parent())) {
        continue;
      }
      plan.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE)
          .processInstanceBusinessKey(plan.getProcessBusinessKey() + "/" + unit.code())
          .setVariables(Variables.createVariables()
              .putValue("planNumber", plan.getVariable("planNumber"))
              .putValue("planTitle", data.title())
              .putValue("planIssuedOn", data.issuedOn())
              .putValue("issuingAuthority", data.issuingAuthority())
              .putValue("unitCode", unit.code())
              .putValue("unitName", units.current(unit.code()).name())
              .putValue(DEADLINE, plan.getVariable(DEADLINE)))
          .correlateStartMessage();
    }
  }
}
