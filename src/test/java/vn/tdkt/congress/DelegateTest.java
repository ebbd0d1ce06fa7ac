package vn.tdkt.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cơ cấu đoàn đại biểu (seed 003, mục II.3)")
class DelegateTest {

  private static Delegate delegate(String basis, String gender, String ethnicity, Boolean directWorker) {
    return new Delegate("Đại biểu", null, "Đơn vị", basis, gender, ethnicity, directWorker, null);
  }

  @Test
  @DisplayName("đếm theo thành phần, nữ, người dân tộc thiểu số (Kinh, dân tộc Kinh, Việt không tính, gõ kiểu dấu nào cũng vậy), người lao động trực tiếp")
  void compositionCountsTheBalanceTheSeedAsksFor() {
    assertThat(Delegate.composition(List.of(delegate("HERO", "FEMALE", "Tày", true),
        delegate("ADVANCED_EXAMPLE", "MALE", "dân tộc Kinh", false), delegate("ADVANCED_EXAMPLE", "MALE", "Việt", null),
        delegate("ADVANCED_EXAMPLE", "FEMALE", " Kinh ", null),
        // "Việt" as some keyboards write it: "e" with a circumflex and a dot below as combining marks.
        delegate("ADVANCED_EXAMPLE", "MALE", java.text.Normalizer.normalize("Việt", java.text.Normalizer.Form.NFD), null))))
        .isEqualTo("5 đại biểu: 1 Anh hùng, 4 gương điển hình tiên tiến; 2 nữ; 1 người dân tộc thiểu số; 1 người lao động trực tiếp");
  }

  @Test
  @DisplayName("Đại hội ghi trước khi có thành phần, hay không cử đại biểu: không có cơ cấu")
  void noBasisNoComposition() {
    assertThat(Delegate.composition(List.of(delegate(null, null, null, null)))).isNull();
    assertThat(Delegate.composition(List.of())).isNull();
  }
}
