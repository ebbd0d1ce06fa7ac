package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.WorkbookFiles;

@DisplayName("Tệp Excel của danh sách")
class WorkbookTest {

  @Test
  @DisplayName("danh sách nhiều cột: sau cột Z là AA, AB; tiêu đề ở trên, dòng tên cột giữ cố định bên dưới tiêu đề")
  void columnsBeyondZAndATitle() throws Exception {
    List<Workbook.Column> columns = IntStream.rangeClosed(1, 27).mapToObj(i -> new Workbook.Column("Cột " + i, 10)).toList();
    List<String> row = new ArrayList<>(IntStream.rangeClosed(1, 27).mapToObj(i -> "ô " + i).toList());
    row.set(3, null);

    String sheet = WorkbookFiles.parts(Workbook.of("Danh sách", List.of("DANH SÁCH", "Kế hoạch số 1/KH"), columns,
        List.of(row))).get(WorkbookFiles.SHEET);

    assertThat(WorkbookFiles.cellReferences(sheet).get(5)).hasSize(28).startsWith("A5", "B5").endsWith("Z5", "AA5", "AB5");
    assertThat(WorkbookFiles.rows(sheet).get(0)).containsExactly("DANH SÁCH");
    assertThat(WorkbookFiles.rows(sheet).get(3)).startsWith("1", "ô 1", "ô 2", "ô 3", "").endsWith("ô 27");
    assertThat(sheet).contains("<pane ySplit=\"4\" topLeftCell=\"A5\"");
  }

  @Test
  @DisplayName("văn bản dài hơn một ô Excel chứa được (32.767 ký tự) thì được cắt, đánh dấu «…», không làm hỏng tệp")
  void aTextLongerThanACellHoldsIsCut() throws Exception {
    String pasted = "Báo cáo thành tích ".repeat(2_000);
    String sheet = WorkbookFiles.parts(Workbook.of("Danh sách", List.of(), List.of(new Workbook.Column("Tóm tắt", 60)),
        List.of(List.of(pasted), List.of("ngắn")))).get(WorkbookFiles.SHEET);

    String cut = WorkbookFiles.rows(sheet).get(1).get(1);
    assertThat(cut.length()).isEqualTo(Workbook.CELL_LIMIT);
    assertThat(cut.startsWith("Báo cáo thành tích") && cut.endsWith("…")).isTrue();
    assertThat(WorkbookFiles.rows(sheet).get(2)).containsExactly("2", "ngắn");
    String cutInsideACharacter = Workbook.fitted("x" + "😀".repeat(20_000));
    assertThat(cutInsideACharacter.length()).as("not inside a character").isEqualTo(Workbook.CELL_LIMIT - 1);
    assertThat(cutInsideACharacter.endsWith("😀…")).isTrue();
  }

  @Test
  @DisplayName("tên trang tính Excel không nhận (quá 31 ký tự, có / hoặc dấu nháy ở đầu) bị từ chối khi lập trình, không ra tệp hỏng")
  void sheetNamesExcelRefuses() {
    for (String name : List.of("Danh sách đề nghị khen thưởng năm 2025", "Đợt 1/2025", "'Danh sách", "")) {
      assertThatThrownBy(() -> Workbook.of(name, List.of(), List.of(), List.of())).as(name)
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Excel takes no sheet named '" + name + "'");
    }
    assertThat(Workbook.of("Đợt 1-2025 (31 ký tự) danh sách", List.of(), List.of(), List.of())).as("31 characters").isNotEmpty();
  }
}
