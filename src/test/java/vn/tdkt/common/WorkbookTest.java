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
  @DisplayName("tên trang tính Excel không nhận (quá 31 ký tự, có / hoặc dấu nháy ở đầu) bị từ chối khi lập trình, không ra tệp hỏng")
  void sheetNamesExcelRefuses() {
    for (String name : List.of("Danh sách đề nghị khen thưởng năm 2025", "Đợt 1/2025", "'Danh sách", "")) {
      assertThatThrownBy(() -> Workbook.of(name, List.of(), List.of(), List.of())).as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
