package vn.tdkt.congress;

import java.time.LocalDate;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.TextVariables;
import vn.tdkt.decision.AwardRegister;
import vn.tdkt.selection.Nominee;

/**
 * An award presented at a congress (seed 003 III: "Biểu dương, tôn vinh, khen thưởng các điển hình
 * tiên tiến"): who received which award, under which decision — decided beforehand by the
 * authority, presented at the congress, and written to the award register with it.
 */
public record CongressAward(String kind, String name, String position, String awardName, String decisionNumber,
    String decisionDate) {

  /** Adds what is missing or wrong in the {@code row}-th award of the list. */
  void check(int row, InvalidInputException.Problems problems) {
    String at = "Khen thưởng thứ " + row + ": ";
    LocalDate decided = Deadlines.parseOrNull(decisionDate);
    problems.addIf(Decisions.isBlank(name), at + "chưa nhập tên tập thể, cá nhân.")
        .addIf(!Nominee.INDIVIDUAL.equals(kind) && !Nominee.COLLECTIVE.equals(kind), at + "chưa chọn tập thể hay cá nhân.")
        .addIf(Decisions.isBlank(awardName), at + "chưa nhập hình thức khen thưởng.")
        .addIf(Decisions.isBlank(decisionNumber), at + "chưa nhập số quyết định.")
        .addIf(decided == null, at + Deadlines.unusable(decisionDate, "chưa nhập ngày quyết định."))
        .addIf(decided != null && decided.isAfter(Deadlines.today()), at + "ngày quyết định không được sau hôm nay.")
        .addFound(TextVariables.longerThan(at + "tên", name, AwardRegister.NAME_LENGTH))
        .addFound(TextVariables.longerThan(at + "chức vụ", position, AwardRegister.NAME_LENGTH))
        .addFound(TextVariables.longerThan(at + "hình thức khen thưởng", awardName, AwardRegister.NAME_LENGTH))
        .addFound(TextVariables.longerThan(at + "số quyết định", decisionNumber, AwardRegister.NUMBER_LENGTH));
  }
}
