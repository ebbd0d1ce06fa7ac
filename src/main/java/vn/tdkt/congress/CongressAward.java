package vn.tdkt.congress;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.TextVariables;
import vn.tdkt.decision.AwardRegister;
import vn.tdkt.selection.Nominee;

/**
 * An award presented at a congress (seed 003 II.5: "Biểu dương, tôn vinh, khen thưởng các điển hình
 * tiên tiến"): who received which award, under which decision — decided beforehand by the
 * authority, presented at the congress, and written to the award register with it.
 */
public record CongressAward(String kind, String name, String position, String awardName, String decisionNumber,
    String decisionDate) {

  /**
   * Adds what is missing or wrong in each award of the list: the decision taken on or before the
   * congress's day ({@code held}, when known), and one date for all rows of a decision.
   */
  static void check(List<CongressAward> awards, LocalDate held, InvalidInputException.Problems problems) {
    for (int i = 0; i < awards.size(); i++) {
      CongressAward award = awards.get(i);
      award.check("Khen thưởng thứ " + (i + 1) + ": ", held, problems);
      for (CongressAward earlier : awards.subList(0, i)) {
        if (award.sameDecisionAs(earlier) && !award.decisionDate.equals(earlier.decisionDate)) {
          problems.add("Khen thưởng thứ " + (i + 1) + ": quyết định số " + award.decisionNumber.strip()
              + " đã ghi ngày khác ở dòng trước.");
          break;
        }
      }
    }
  }

  private void check(String at, LocalDate held, InvalidInputException.Problems problems) {
    LocalDate decided = Deadlines.parseOrNull(decisionDate);
    problems.addIf(Decisions.isBlank(name), at + "chưa nhập tên tập thể, cá nhân.")
        .addIf(!Nominee.INDIVIDUAL.equals(kind) && !Nominee.COLLECTIVE.equals(kind), at + "chưa chọn tập thể hay cá nhân.")
        .addIf(Decisions.isBlank(awardName), at + "chưa nhập hình thức khen thưởng.")
        .addIf(Decisions.isBlank(decisionNumber), at + "chưa nhập số quyết định.")
        .addIf(Decisions.isBlank(decisionDate), at + "chưa nhập ngày quyết định.")
        .addIf(!Decisions.isBlank(decisionDate) && decided == null,
            () -> at + "ngày quyết định không hợp lệ: " + decisionDate + " (cần dạng YYYY-MM-DD).")
        .addIf(decided != null && held != null && decided.isAfter(held), () -> at + "ngày quyết định ("
            + Deadlines.display(decided) + ") sau ngày tổ chức Đại hội (hội nghị): chỉ ghi khen thưởng đã trao tại Đại hội.")
        .addFound(TextVariables.longerThan(at + "tên", name, AwardRegister.NAME_LENGTH))
        .addFound(TextVariables.longerThan(at + "chức vụ", position, AwardRegister.NAME_LENGTH))
        .addFound(TextVariables.longerThan(at + "hình thức khen thưởng", awardName, AwardRegister.NAME_LENGTH))
        .addFound(TextVariables.longerThan(at + "số quyết định", decisionNumber, AwardRegister.NUMBER_LENGTH))
        .addFound(AwardRegister.numberProblem(at + "số quyết định", decisionNumber));
  }

  private boolean sameDecisionAs(CongressAward other) {
    return !Decisions.isBlank(decisionNumber) && !Decisions.isBlank(other.decisionNumber) && decisionDate != null
        && AwardRegister.comparable(decisionNumber).equals(AwardRegister.comparable(other.decisionNumber));
  }
}
