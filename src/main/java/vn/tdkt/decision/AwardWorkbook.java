package vn.tdkt.decision;

import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.common.Workbook;
import vn.tdkt.selection.Nominee;

/**
 * The award register as an Excel workbook, the list an office attaches to a decision ("danh sách
 * kèm theo quyết định"): by decision, then award, collectives before individuals, as decisions list them.
 */
final class AwardWorkbook {

  private static final List<Workbook.Column> COLUMNS = List.of(new Workbook.Column("Hình thức khen thưởng", 28), new Workbook.Column("Tập thể/Cá nhân", 15),
      new Workbook.Column("Tên tập thể, cá nhân", 40), new Workbook.Column("Chức vụ", 28), new Workbook.Column("Đơn vị", 36),
      new Workbook.Column("Số quyết định", 18), new Workbook.Column("Ngày quyết định", 16),
      new Workbook.Column("Số kế hoạch", 18), new Workbook.Column("Tên kế hoạch", 50), new Workbook.Column("Thu hồi", 40));
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Pattern LEADING_DIGITS = Pattern.compile("^\\s*(\\d{1,18})");

  /**
   * The order of a decision's list: decisions by day, then number (3/QĐ before 12/QĐ), awards in
   * Vietnamese alphabetical order («Đ» after «D», not after «Z»); the register's own order (plan,
   * unit, name) is kept within.
   */
  static final Comparator<AwardRegister.Award> DECISION_ORDER = Comparator
      .comparing(AwardRegister.Award::decisionDate)
      .thenComparingLong(award -> leadingNumber(award.decisionNumber()))
      .thenComparing(AwardRegister.Award::decisionNumber, vietnamese())
      .thenComparing(AwardRegister.Award::awardName, vietnamese())
      .thenComparing(award -> Nominee.COLLECTIVE.equals(award.nomineeKind()) ? 0 : 1);

  private AwardWorkbook() {
  }

  private static Comparator<Object> vietnamese() {
    return Collator.getInstance(Locale.forLanguageTag("vi"));
  }

  /** A document number's running number ("12/QĐ-UBND": 12); none written first sorts last. */
  private static long leadingNumber(String documentNumber) {
    Matcher digits = LEADING_DIGITS.matcher(documentNumber);
    return digits.find() ? Long.parseLong(digits.group(1)) : Long.MAX_VALUE;
  }

  static byte[] of(List<AwardRegister.Award> awards) {
    return Workbook.of("Danh sách khen thưởng", List.of(), COLUMNS, awards.stream().sorted(DECISION_ORDER)
        .map(a -> Arrays.asList(a.awardName(), Nominee.kindHeading(a.nomineeKind()), a.nomineeName(), a.position(),
            a.unitName(), a.decisionNumber(), DAY.format(a.decisionDate()), a.planNumber(), a.planTitle(),
            a.withdrawn() ? "Thu hồi ngày " + DAY.format(a.withdrawnOn()) + ": " + a.withdrawalReason() : ""))
        .toList());
  }
}
