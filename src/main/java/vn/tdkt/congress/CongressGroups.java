package vn.tdkt.congress;

import org.springframework.stereotype.Component;
import vn.tdkt.identity.Roles;
import vn.tdkt.unit.UnitGroups;

/**
 * Who records a congress and who is told when it is overdue ({@code congressGroups} in BPMN): a
 * unit's emulation officer and its head; for the province's own congress (no unit), the emulation
 * board, which the seed charges with preparing it, and the board's head.
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

  /** EL hands a missing unit code over as an empty string. */
  static boolean isProvince(String unitCode) {
    return unitCode == null || unitCode.isBlank();
  }
}
