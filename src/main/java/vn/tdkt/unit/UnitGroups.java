package vn.tdkt.unit;

import org.springframework.stereotype.Component;

/**
 * The groups a unit's task goes to, as used in BPMN ({@code unitGroups.officer(unitCode)}):
 * those of the unit in force, so work created after a merger reaches the successor's staff.
 */
@Component("unitGroups")
public class UnitGroups {

  private final UnitRegistry units;

  public UnitGroups(UnitRegistry units) {
    this.units = units;
  }

  public String officer(String unitCode) {
    return units.current(unitCode).officerGroup();
  }

  public String secretary(String unitCode) {
    return units.current(unitCode).secretaryGroup();
  }

  public String head(String unitCode) {
    return units.current(unitCode).headGroup();
  }
}
