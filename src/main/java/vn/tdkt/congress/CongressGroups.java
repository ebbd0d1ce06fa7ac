package vn.tdkt.congress;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.tdkt.congress.CongressPlanData.PlanUnit;
import vn.tdkt.identity.Roles;
import vn.tdkt.unit.UnitGroups;

/**
 * Who records a congress and who is told when it is overdue ({@code congressGroups} in BPMN): a
 * unit's emulation officer and its head; for the province's own congress (no unit), the emulation
 * board, which the seed charges with preparing it, and the board's head. An overdue congress is
 * then its organiser's to settle: the unit its delegates go to.
 */
@Component("congressGroups")
public class CongressGroups {

  private final UnitGroups unitGroups;

  public CongressGroups(UnitGroups unitGroups) {
    this.unitGroups = unitGroups;
  }

  public String recorder(String unitCode) {
    return isProvince(unitCode) ? Roles.BOARD_OFFICER : unitGroups.officer(unitCode);
  }

  public String supervisor(String unitCode) {
    return isProvince(unitCode) ? Roles.BOARD_HEAD : unitGroups.head(unitCode);
  }

  /**
   * Who decides on a congress still not recorded after its deadline (keep waiting, or close it as
   * not held): the officers of the unit whose congress it sends delegates to; for a unit just below
   * the province the board, which follows every unit up for the province (seed 003, III.3); for the
   * province's own congress the deciding authority (the Chairman): not holding the congress the
   * province's plan sets departs from that plan, which is not the board's alone to decide.
   */
  public String organiser(VariableScope congress) {
    String unitCode = (String) congress.getVariable("unitCode");
    if (isProvince(unitCode)) {
      return Roles.DECIDING_AUTHORITY;
    }
    String parent = CongressPlans.of(congress).unit(unitCode).map(PlanUnit::parent).orElse(null);
    return isProvince(parent) ? Roles.BOARD_OFFICER : unitGroups.officer(parent);
  }

  /** EL hands a missing unit code over as an empty string. */
  static boolean isProvince(String unitCode) {
    return unitCode == null || unitCode.isBlank();
  }
}
