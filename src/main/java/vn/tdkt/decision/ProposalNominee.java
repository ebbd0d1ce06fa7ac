package vn.tdkt.decision;

import vn.tdkt.plan.UnitResult;
import vn.tdkt.selection.Nominee;

/**
 * A nominee on the board's consolidated proposal; the deciding authority sets {@code awarded}.
 */
public record ProposalNominee(String unitCode, String unitName, String id, String kind,
    String name, String position, String workUnit, String achievementSummary, Boolean awarded) {

  static ProposalNominee of(UnitResult unit, Nominee nominee) {
    return new ProposalNominee(unit.unitCode(), unit.unitName(), nominee.id(), nominee.kind(),
        nominee.name(), nominee.position(), nominee.workUnit(), nominee.achievementSummary(), Boolean.TRUE);
  }

  /** The same row, not awarded. */
  ProposalNominee notAwarded() {
    return new ProposalNominee(unitCode, unitName, id, kind, name, position, workUnit, achievementSummary, false);
  }

  public boolean receivesAward() {
    return Boolean.TRUE.equals(awarded);
  }
}
