package vn.tdkt.decision;

import vn.tdkt.common.Decisions;
import vn.tdkt.plan.UnitResult;
import vn.tdkt.selection.Nominee;

/**
 * A nominee on the board's consolidated proposal. The board may leave one out of the proposal it
 * drafts ({@code withdrawn}, saying why in {@code withdrawnReason}: a discipline case come to
 * light, the board head's objection); the deciding authority sets {@code awarded} on the rest.
 */
public record ProposalNominee(String unitCode, String unitName, String id, String kind,
    String name, String position, String workUnit, String achievementSummary, Boolean awarded,
    Boolean withdrawn, String withdrawnReason) {

  static ProposalNominee of(UnitResult unit, Nominee nominee) {
    return new ProposalNominee(unit.unitCode(), unit.unitName(), nominee.id(), nominee.kind(),
        nominee.name(), nominee.position(), nominee.workUnit(), nominee.achievementSummary(), Boolean.TRUE,
        Boolean.FALSE, null);
  }

  /** The same row, not awarded. */
  ProposalNominee notAwarded() {
    return new ProposalNominee(unitCode, unitName, id, kind, name, position, workUnit, achievementSummary, false,
        withdrawn, withdrawnReason);
  }

  /** As the board drafted it: a row left out is not awarded and keeps its reason, a row kept comes ticked for the authority. */
  ProposalNominee drafted() {
    boolean out = leftOut();
    return new ProposalNominee(unitCode, unitName, id, kind, name, position, workUnit, achievementSummary, !out,
        out, out ? withdrawnReason : null);
  }

  public boolean leftOut() {
    return Boolean.TRUE.equals(withdrawn);
  }

  boolean lacksWithdrawnReason() {
    return leftOut() && Decisions.isBlank(withdrawnReason);
  }

  public boolean receivesAward() {
    return Boolean.TRUE.equals(awarded);
  }

  /** "Tên (Đơn vị)", as the messages name a row. */
  String label() {
    return name + " (" + unitName + ")";
  }
}
