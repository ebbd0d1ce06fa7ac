package vn.tdkt.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list as an Excel workbook (.xlsx) of one sheet: a title if it has one, a headings' row that
 * stays in view, then one numbered row per entry (column A: STT). Written as the few parts of Office Open XML a workbook
 * needs, texts as inline strings, so a name an official typed is never read as a formula, whatever
 * the locale Excel runs in (a CSV's separator depends on it: ";" in Vietnamese Windows).
 */
public final class Workbook {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

  /** A column: its heading, and its width in characters, so names and titles show whole when the file opens. */
  public record Column(String heading, int width) {}

  private static final Column NUMBER = new Column("STT", 6);
  private static final Pattern SHEET_NAME_FORBIDS = Pattern.compile("[\\[\\]:*?/\\\\]|^'|'$");

  private Workbook() {
  }

  /**
   * The sheet {@code sheetName}: the {@code title}'s lines (none for a plain list), the headings —
   * STT, then the {@code columns}' — and each row numbered, its texts after the number (null as empty).
   */
  public static byte[] of(String sheetName, List<String> title, List<Column> columns, List<List<String>> rows) {
    if (sheetName.isEmpty() || sheetName.length() > 31 || SHEET_NAME_FORBIDS.matcher(sheetName).find()
        || columns.size() + 1 > 26 * 27) {
      throw new IllegalArgumentException("Excel takes no sheet named '" + sheetName
          + "' (1 to 31 characters, none of []:*?/\\), nor a sheet of more than 702 columns");
    }
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
          + "<sheet name=\"" + escaped(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      part(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
          + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      part(zip, "xl/worksheets/sheet1.xml", sheet(title, columns, rows));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the workbook " + sheetName, e);
    }
    return bytes.toByteArray();
  }

  /** The workbook as a download named after the plan ({@link #fileName}). */
  public static ResponseEntity<byte[]> download(String prefix, String planNumber, byte[] workbook) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(CONTENT_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName(prefix, planNumber)).build().toString())
        .body(workbook);
  }

  /**
   * The file's name, the plan's number in letters every client keeps ("56-KH/ĐUK" after
   * danh-sach-khen-thuong gives danh-sach-khen-thuong-56-KH-DUK.xlsx): a number holds "/", which a
   * file name cannot, and some clients save an encoded Vietnamese name as it is.
   */
  public static String fileName(String prefix, String planNumber) {
    String plain = planNumber == null ? "" : TextVariables.plainLetters(planNumber.strip()).replaceAll("[^A-Za-z0-9.-]+", "-");
    return prefix + (plain.isEmpty() ? "" : "-" + plain) + ".xlsx";
  }

  private static String sheet(List<String> title, List<Column> columns, List<List<String>> rows) {
    StringBuilder data = new StringBuilder();
    for (int i = 0; i < title.size(); i++) {
      data.append(row(i + 1, null, List.of(title.get(i))));
    }
    // A blank row between the title and the headings, as a document's list is laid out.
    int headings = title.isEmpty() ? 1 : title.size() + 2;
    List<String> names = new ArrayList<>(List.of(NUMBER.heading()));
    columns.forEach(c -> names.add(c.heading()));
    data.append(row(headings, null, names));
    for (int i = 0; i < rows.size(); i++) {
      data.append(row(headings + 1 + i, i + 1, rows.get(i)));
    }
    StringBuilder widths = new StringBuilder();
    List<Column> all = new ArrayList<>(List.of(NUMBER));
    all.addAll(columns);
    for (int i = 0; i < all.size(); i++) {
      widths.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
          .append(all.get(i).width()).append("\" customWidth=\"1\"/>");
    }
    // The headings' row stays in view as the list scrolls.
    return "<worksheet xmlns=\"" + MAIN + "\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"" + headings
        + "\" topLeftCell=\"A" + (headings + 1) + "\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>"
        + widths + "</cols><sheetData>" + data + "</sheetData></worksheet>";
  }

  /** A row: its number in column A (none for a title's or the headings' row), then the texts. */
  private static String row(int r, Integer number, List<String> texts) {
    StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
    if (number != null) {
      row.append("<c r=\"A").append(r).append("\"><v>").append(number).append("</v></c>");
    }
    for (int i = 0; i < texts.size(); i++) {
      String text = fitted(texts.get(i) == null ? "" : texts.get(i));
      row.append("<c r=\"").append(column(i + (number == null ? 0 : 1))).append(r)
          .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(escaped(text)).append("</t></is></c>");
    }
    return row.append("</row>").toString();
  }

  /** The most characters a cell holds in Excel; a longer one makes it report the file damaged. */
  static final int CELL_LIMIT = 32_767;

  /** A text cut to what a cell holds, marked "…" where cut (an achievement summary pasted whole, say), never inside a character. */
  static String fitted(String text) {
    if (text.length() <= CELL_LIMIT) {
      return text;
    }
    int end = CELL_LIMIT - 1;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /** A column's letters from its index: 0 is A, 25 Z, 26 AA. */
  private static String column(int index) {
    return index < 26 ? String.valueOf((char) ('A' + index))
        : String.valueOf((char) ('A' + index / 26 - 1)) + (char) ('A' + index % 26);
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
