package vn.tdkt.congress;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The units whose congresses belong under this one, as the multi-instance collection of BPMN
 * ({@code congressMembers.codes(execution)}): the province's members are the units just below it,
 * a unit's members are the units whose parent it is in the plan data.
 */
@Component("congressMembers")
public class CongressMembers {

  public List<String> codes(VariableScope scope) {
    return CongressPlans.of(scope).members((String) scope.getVariable("unitCode"));
  }
}
