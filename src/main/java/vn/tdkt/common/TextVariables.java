package vn.tdkt.common;

import java.text.Normalizer;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Camunda keeps a String variable in a column of 4,000 characters (TEXT_ of ACT_RU_VARIABLE,
 * ACT_HI_VARINST and ACT_HI_DETAIL, on H2 and PostgreSQL alike): a longer text fails the whole
 * transaction with a database error. What officials write is refused with its length before that;
 * what the application writes is kept shorter.
 */
public final class TextVariables {

  public static final int MAX_LENGTH = 4000;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private TextVariables() {}

  /** The text in one Unicode form (NFC): accents typed as combining marks become the precomposed letters. */
  public static String nfc(String text) {
    return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** The text in its base letters: "Đặng Thị Thuý" is "Dang Thi Thuy" (tone marks and other diacritics dropped, đ as d). */
  public static String plainLetters(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
  }

  /**
   * The text as a search compares it: its {@link #plainLetters} in lower case, spaces collapsed.
   * "Hoà" and "Hòa" (two ways offices place the tone), "HÒA" and "hoa" are one key, and the
   * comparison does not depend on the database's locale (a PostgreSQL created with locale C
   * lower-cases no accented capital).
   */
  public static String searchKey(String text) {
    return plainLetters(text.strip()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  public static boolean fits(String text) {
    return text.length() <= MAX_LENGTH;
  }

  /**
   * Unit names joined with "; " for a text variable: all of them when they fit, else as many as fit
   * and how many more ("… và 12 đơn vị khác").
   */
  public static String unitNames(List<String> names) {
    return names(names, "đơn vị");
  }

  /** Names of {@code what} ("đơn vị", "đề nghị"…) joined as {@link #unitNames} joins units'. */
  public static String names(List<String> names, String what) {
    String all = String.join("; ", names);
    if (fits(all)) {
      return all;
    }
    StringBuilder shown = new StringBuilder();
    int count = 0;
    for (String name : names) {
      String more = " … và " + (names.size() - count) + " " + what + " khác";
      if (shown.length() + name.length() + 2 + more.length() > MAX_LENGTH) {
        return shown + more;
      }
      shown.append(count == 0 ? "" : "; ").append(name);
      count++;
    }
    return shown.toString();
  }

  /** The text, cut to what the column keeps when longer, with "…" at the end. */
  public static String cut(String text) {
    return fits(text) ? text : text.substring(0, MAX_LENGTH - 1) + "…";
  }

  /** The text, its beginning cut when longer than the column keeps, with "…" first. */
  public static String lastPart(String text) {
    return fits(text) ? text : "…" + text.substring(text.length() - MAX_LENGTH + 1);
  }

  /** The text as a message names it: its first 100 characters when longer. */
  public static String start(String text) {
    return text == null || text.length() <= 100 ? text : text.substring(0, 100) + "…";
  }

  /** Why a field's text cannot be stored, or null: {@code label} is the field as the form names it. */
  public static String tooLong(String label, Object value) {
    String problem = longerThan("Mục «" + label + "»", value, MAX_LENGTH);
    return problem == null ? null : problem + " Xin rút gọn (văn bản đầy đủ gửi kèm dưới dạng tệp nếu công việc có mục đính kèm).";
  }

  /** Why a variable's text cannot be stored, for whoever set it by its name (a plan's field, over REST). */
  public static String tooLongToStore(String name, String text) {
    return longerThan("Giá trị «" + name + "»", text, MAX_LENGTH) + " Đây là giới hạn của một biến văn bản (String)"
        + " trong cơ sở dữ liệu của Camunda.";
  }

  /** Why a text is longer than {@code max} characters, or null: {@code what} names it as its writer knows it. */
  public static String longerThan(String what, Object value, int max) {
    return value instanceof String text && text.length() > max
        ? what + " dài " + count(text.length()) + " ký tự, quá giới hạn " + count(max) + " ký tự." : null;
  }

  /** A count written the Vietnamese way: 4.001. */
  private static String count(int n) {
    return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(n);
  }
}
