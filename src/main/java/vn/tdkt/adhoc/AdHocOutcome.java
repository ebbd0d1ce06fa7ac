package vn.tdkt.adhoc;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * How an ad hoc proposal ended for the unit: the model's last gateway reads it ({@code adHocResult})
 * to end at the matching end event, and the unit's notice shows the sentence ({@code adHocOutcome}).
 */
enum AdHocOutcome {
  AWARDED, NOT_AWARDED, NOT_PROPOSED;

  void tell(VariableScope scope, String sentence) {
    scope.setVariable("adHocResult", name());
    scope.setVariable("adHocOutcome", sentence);
  }
}
