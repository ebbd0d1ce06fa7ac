package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.tdkt.common.Workbook;
import vn.tdkt.selection.Nominee;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.WorkbookFiles;

@DisplayName("Danh sách khen thưởng dạng Excel")
class AwardWorkbookTest extends DriveTest {

  private static final String PLAN = "77/KH-UBND";
  private static final String INSTANCE = "award-workbook-test";

  @Autowired AwardRegister register;
  @Autowired TestRestTemplate http;

  @AfterEach
  void emptyTheRegister() {
    register.replaceAll(INSTANCE, List.of(), List.of());
  }

  @Test
  @DisplayName("danh sách khen thưởng tải về dạng Excel: theo quyết định và hình thức, tập thể trước cá nhân, tên gõ vào giữ nguyên")
  void theAwardListOpensInExcel() throws Exception {
    register.recordAll(INSTANCE, "12/QĐ-UBND", List.of(
        award("Giấy khen", "Nguyễn Văn An", Nominee.INDIVIDUAL, "Chuyên viên", "12/QĐ-UBND", LocalDate.of(2025, 10, 30)),
        award("Bằng khen", "=HYPERLINK(\"http://x\")", Nominee.INDIVIDUAL, null, "12/QĐ-UBND", LocalDate.of(2025, 10, 30)),
        award("Bằng khen", "Phòng Kế hoạch & Tài chính <KHTC>", Nominee.COLLECTIVE, null, "12/QĐ-UBND", LocalDate.of(2025, 10, 30))));
    register.recordAll(INSTANCE, "3/QĐ-UBND", List.of(
        award("Bằng khen", "Lê Thị Bình", Nominee.INDIVIDUAL, "Giáo viên", "3/QĐ-UBND", LocalDate.of(2025, 10, 30))));

    ResponseEntity<byte[]> reply = http.withBasicAuth("canbo.bantdkt", DEMO_PASSWORD)
        .getForEntity("/api/awards.xlsx?planNumber={p}", byte[].class, PLAN);

    assertThat(reply.getStatusCode().value()).isEqualTo(200);
    assertThat(reply.getHeaders().getContentType()).hasToString(Workbook.CONTENT_TYPE);
    assertThat(reply.getHeaders().getContentDisposition().getFilename()).isEqualTo("danh-sach-khen-thuong-77-KH-UBND.xlsx");
    Map<String, String> parts = WorkbookFiles.parts(reply.getBody());
    assertThat(parts).containsOnlyKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/worksheets/sheet1.xml");
    // What Excel follows to the sheet: every relationship's target is in the package, every cell where it says it is.
    assertThat(parts.get("_rels/.rels")).contains("Target=\"xl/workbook.xml\"");
    assertThat(parts.get("xl/_rels/workbook.xml.rels")).contains("Target=\"worksheets/sheet1.xml\"");
    assertThat(parts.get("[Content_Types].xml")).contains("PartName=\"/xl/workbook.xml\"", "PartName=\"/xl/worksheets/sheet1.xml\"");
    assertThat(WorkbookFiles.cellReferences(parts.get("xl/worksheets/sheet1.xml"))).hasSize(5).allSatisfy((row, references) ->
        assertThat(references).containsExactly("A" + row, "B" + row, "C" + row, "D" + row, "E" + row, "F" + row, "G" + row,
            "H" + row, "I" + row, "J" + row, "K" + row));
    assertThat(WorkbookFiles.rows(parts.get("xl/worksheets/sheet1.xml"))).containsExactly(
        List.of("STT", "Hình thức khen thưởng", "Tập thể/Cá nhân", "Tên tập thể, cá nhân", "Chức vụ", "Đơn vị", "Số quyết định",
            "Ngày quyết định", "Số kế hoạch", "Tên kế hoạch", "Thu hồi"),
        // Two decisions of one day: by their running number, 3 before 12.
        List.of("1", "Bằng khen", "Cá nhân", "Lê Thị Bình", "Giáo viên", "Sở Y tế", "3/QĐ-UBND", "30/10/2025", PLAN, "Kế hoạch thi đua", ""),
        List.of("2", "Bằng khen", "Tập thể", "Phòng Kế hoạch & Tài chính <KHTC>", "", "Sở Y tế", "12/QĐ-UBND", "30/10/2025", PLAN,
            "Kế hoạch thi đua", ""),
        List.of("3", "Bằng khen", "Cá nhân", "=HYPERLINK(\"http://x\")", "", "Sở Y tế", "12/QĐ-UBND", "30/10/2025", PLAN,
            "Kế hoạch thi đua", ""),
        List.of("4", "Giấy khen", "Cá nhân", "Nguyễn Văn An", "Chuyên viên", "Sở Y tế", "12/QĐ-UBND", "30/10/2025", PLAN,
            "Kế hoạch thi đua", ""));
    // Opened, the headings stay in view and every column has its width.
    assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("<pane ySplit=\"1\" topLeftCell=\"A2\"")
        .containsPattern("<cols>(<col min=\"(\\d+)\" max=\"\\2\" width=\"\\d+\" customWidth=\"1\"/>){11}</cols>");
    // Typed names are text cells, never formulas Excel would run.
    assertThat(parts.get("xl/worksheets/sheet1.xml")).doesNotContain("<f>").contains("t=\"inlineStr\"");

    assertThat(http.getForEntity("/api/awards.xlsx", byte[].class).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  @DisplayName("tên tệp tải về theo số kế hoạch, chữ không dấu: mọi trình duyệt và trình tải giữ đúng tên")
  void theFileIsNamedAfterThePlanInPlainLetters() {
    assertThat(Workbook.fileName(AwardController.FILE_NAME, " 56-KH/ĐUK ")).isEqualTo("danh-sach-khen-thuong-56-KH-DUK.xlsx");
    // Typed with combining marks (Unikey's «Unicode tổ hợp»): the same name.
    assertThat(Workbook.fileName(AwardController.FILE_NAME, "12/KH-BTG Bắc Ninh".replace("ắ", "a\u0306\u0301"))).isEqualTo("danh-sach-khen-thuong-12-KH-BTG-Bac-Ninh.xlsx");
    assertThat(Workbook.fileName(AwardController.FILE_NAME, null)).isEqualTo("danh-sach-khen-thuong.xlsx");
  }

  private static AwardRegister.Award award(String awardName, String name, String kind, String position, String decision,
      LocalDate decisionDate) {
    return new AwardRegister.Award(PLAN, "Kế hoạch thi đua", awardName, name, kind, position, "so-yte", "Sở Y tế", decision,
        decisionDate, INSTANCE);
  }
}
