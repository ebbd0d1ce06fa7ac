package vn.tdkt.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tdkt.support.FormValues;

@DisplayName("Tệp hồ sơ: loại tệp xét theo nội dung, dung lượng, tên tệp")
class DossierFileTest {

  private static final long LIMIT = 20 * 1024 * 1024;
  private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

  @Test
  @DisplayName("nhận PDF, DOC, DOCX, XLS, XLSX, JPG, JPEG và PNG đúng nội dung")
  void acceptsEveryKindWithMatchingContent() {
    assertThat(problem("to-trinh.pdf", PDF)).isEmpty();
    assertThat(problem("bien-ban.doc", ole("WordDocument"))).isEmpty();
    assertThat(problem("bang-diem.xls", ole("Workbook"))).isEmpty();
    assertThat(problem("bang-diem-cu.XLS", ole("Book"))).isEmpty();
    assertThat(problem("bao-cao.docx", zip("word/document.xml"))).isEmpty();
    assertThat(problem("tong-hop.xlsx", zip("xl/workbook.xml"))).isEmpty();
    assertThat(problem("anh.jpg", JPG)).isEmpty();
    assertThat(problem("anh.JPEG", JPG)).isEmpty();
    assertThat(problem("anh.png", PNG)).isEmpty();
  }

  @ParameterizedTest(name = "{0} mang nội dung {1} thì bị từ chối")
  @DisplayName("tệp đội lốt: đuôi một loại, nội dung loại khác hoặc không phải tài liệu")
  @CsvSource({
      "to-trinh.pdf, exe, PDF",
      "bao-cao.docx, xlsx, DOCX",
      "bao-cao.docx, plain zip, DOCX",
      "tong-hop.xlsx, docx, XLSX",
      "bien-ban.doc, xls, DOC",
      "bang-diem.xls, doc, XLS",
      "bien-ban.doc, pdf, DOC",
      "anh.png, jpg, PNG",
      "anh.jpg, html, JPG"})
  void disguisedFilesAreRefused(String name, String content, String claimed) {
    byte[] bytes = switch (content) {
      case "exe" -> "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
      case "xlsx" -> zip("xl/workbook.xml");
      case "docx" -> zip("word/document.xml");
      case "plain zip" -> zip("readme.txt");
      case "xls" -> ole("Workbook");
      case "doc" -> ole("WordDocument");
      case "pdf" -> PDF;
      case "jpg" -> JPG;
      default -> "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    };
    assertThat(problem(name, bytes)).contains("Tờ trình (" + name + ") có đuôi tệp " + claimed
        + " nhưng nội dung không phải tệp " + claimed + " hợp lệ.");
  }

  @Test
  @DisplayName("loại tệp khác (html, exe, zip…) bị từ chối và được nêu các loại được nhận")
  void otherKindsAreRefused() {
    assertThat(problem("trang.html", PDF)).contains("Tờ trình (trang.html): chỉ nhận tệp PDF, DOC, DOCX, XLS, XLSX, JPG hoặc PNG.");
    assertThat(problem("to-trinh.pdf.exe", PDF))
        .contains("Tờ trình (to-trinh.pdf.exe): chỉ nhận tệp PDF, DOC, DOCX, XLS, XLSX, JPG hoặc PNG.");
    assertThat(problem("khong-duoi", PDF)).contains("Tờ trình (khong-duoi): chỉ nhận tệp PDF, DOC, DOCX, XLS, XLSX, JPG hoặc PNG.");
  }

  @Test
  @DisplayName("tệp rỗng hoặc vượt dung lượng cấu hình bị từ chối")
  void emptyAndOversizedFilesAreRefused() {
    assertThat(problem("to-trinh.pdf", new byte[0])).contains("Tờ trình (to-trinh.pdf) là tệp rỗng.");
    byte[] big = new byte[2 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    FileValue file = Variables.fileValue("to-trinh.pdf").file(big).create();
    assertThat(DossierFile.problem(file, "tờ trình", 2 * 1024 * 1024))
        .contains("Tờ trình (to-trinh.pdf) vượt quá dung lượng cho phép (2 MB).");
    assertThat(DossierFile.problem(file, "tờ trình", 2 * 1024 * 1024 + 1)).isEmpty();
  }

  @Test
  @DisplayName("tên tệp được làm sạch: không dấu, không đường dẫn, không ký tự lạ, không quá dài")
  void namesAreSanitised() {
    assertThat(DossierFile.downloadableName("Biên bản họp xét Đợt 1.pdf")).isEqualTo("Bien ban hop xet Dot 1.pdf");
    assertThat(DossierFile.downloadableName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
    assertThat(DossierFile.downloadableName("C:\\Users\\a\\to trinh.docx")).isEqualTo("to trinh.docx");
    assertThat(DossierFile.downloadableName("<img src=x onerror=alert(1)>.png")).isEqualTo("_img src_x onerror_alert(1)_.png");
    assertThat(DossierFile.downloadableName("a\"b;\r\nSet-Cookie: x.pdf")).isEqualTo("a_b___Set-Cookie_ x.pdf");
    assertThat(DossierFile.downloadableName("..")).isEqualTo("tep");
    String longName = "a".repeat(300) + ".xlsx";
    assertThat(DossierFile.downloadableName(longName)).hasSize(150).endsWith(".xlsx");
  }

  @Test
  @DisplayName("tệp được phục vụ với kiểu nội dung theo loại đã kiểm tra")
  void servedWithTheCheckedType() {
    assertThat(DossierFile.mimeType("a.pdf")).isEqualTo("application/pdf");
    assertThat(DossierFile.mimeType("a.jpeg")).isEqualTo("image/jpeg");
    assertThat(DossierFile.mimeType("a.xlsx")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  private static java.util.Optional<String> problem(String name, byte[] content) {
    return DossierFile.problem(Variables.fileValue(name).file(content).mimeType("text/html").create(), "tờ trình", LIMIT);
  }

  /** A minimal OLE2 compound file: the header, then one directory entry naming the stream. */
  static byte[] ole(String stream) {
    byte[] file = new byte[1024];
    int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    for (int i = 0; i < magic.length; i++) {
      file[i] = (byte) magic[i];
    }
    byte[] name = (stream + "\0").getBytes(StandardCharsets.UTF_16LE);
    int entry = 512 + 128;
    System.arraycopy(name, 0, file, entry, name.length);
    file[entry + 0x40] = (byte) name.length;
    file[entry + 0x42] = 2;
    return file;
  }

  private static byte[] zip(String entry) {
    return FormValues.zip("[Content_Types].xml", entry);
  }
}
