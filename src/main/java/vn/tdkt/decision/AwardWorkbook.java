package vn.tdkt.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.tdkt.selection.Nominee;

/**
 * The award register as an Excel workbook (.xlsx), the list an office attaches to a decision
 * ("danh sách kèm theo quyết định"): by decision, then award, collectives before individuals, as
 * decisions list them. Written as the few parts of Office Open XML a workbook needs, texts as
 * inline strings, so a name an official typed is never read as a formula, whatever the locale
 * Excel runs in (a CSV's separator depends on it: ";" in Vietnamese Windows).
 */
final class AwardWorkbook {

  static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final List<String> HEADINGS = List.of("STT", "Hình thức khen thưởng", "Tập thể/Cá nhân", "Tên tập thể, cá nhân",
      "Chức vụ", "Đơn vị", "Số quyết định", "Ngày quyết định", "Số kế hoạch", "Tên kế hoạch");
  /** Each column's width in characters, so names and titles show whole when the file opens. */
  private static final List<Integer> WIDTHS = List.of(6, 28, 15, 40, 28, 36, 18, 16, 18, 50);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final Pattern LEADING_DIGITS = Pattern.compile("^\\s*(\\d{1,18})");
  private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

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
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + CONTENT_TYPE + ".main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      part(zip, "_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\" Type=\""
          + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      part(zip, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>"
          + "<sheet name=\"Danh sách khen thưởng\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
          + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      part(zip, "xl/worksheets/sheet1.xml", sheet(awards));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the award workbook", e);
    }
    return bytes.toByteArray();
  }

  private static String sheet(List<AwardRegister.Award> awards) {
    StringBuilder rows = new StringBuilder(row(1, null, HEADINGS));
    List<AwardRegister.Award> ordered = awards.stream().sorted(DECISION_ORDER).toList();
    for (int i = 0; i < ordered.size(); i++) {
      AwardRegister.Award a = ordered.get(i);
      String kind = Nominee.INDIVIDUAL.equals(a.nomineeKind()) ? "Cá nhân" : "Tập thể";
      rows.append(row(i + 2, i + 1, List.of(a.awardName(), kind, a.nomineeName(), a.position() == null ? "" : a.position(),
          a.unitName(), a.decisionNumber(), DAY.format(a.decisionDate()), a.planNumber(), a.planTitle())));
    }
    StringBuilder columns = new StringBuilder();
    for (int i = 0; i < WIDTHS.size(); i++) {
      columns.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"").append(WIDTHS.get(i))
          .append("\" customWidth=\"1\"/>");
    }
    // The headings' row stays in view as the list scrolls.
    return "<worksheet xmlns=\"" + MAIN + "\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
        + "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>" + columns + "</cols><sheetData>" + rows
        + "</sheetData></worksheet>";
  }

  /** A row: its number in column A (none for the headings' row), then the texts. */
  private static String row(int r, Integer number, List<String> texts) {
    StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
    if (number != null) {
      row.append("<c r=\"A").append(r).append("\"><v>").append(number).append("</v></c>");
    }
    for (int i = 0; i < texts.size(); i++) {
      char column = (char) ('A' + i + (number == null ? 0 : 1));
      row.append("<c r=\"").append(column).append(r).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
          .append(escaped(texts.get(i))).append("</t></is></c>");
    }
    return row.append("</row>").toString();
  }

  /** XML's special characters, and the characters XML 1.0 cannot carry at all (left out). */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
              || c >= 0x10000;
          if (allowed) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml).getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
