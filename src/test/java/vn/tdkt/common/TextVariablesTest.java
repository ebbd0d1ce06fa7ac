package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Văn bản lưu trong biến chuỗi của Camunda (tối đa 4.000 ký tự)")
class TextVariablesTest {

  @Test
  @DisplayName("tên các đơn vị: đủ chỗ thì ghi hết; quá dài thì ghi những tên vừa chỗ và số đơn vị còn lại")
  void unitNamesFitTheColumn() {
    assertThat(TextVariables.unitNames(List.of("Sở Y tế", "Sở Tư pháp"))).isEqualTo("Sở Y tế; Sở Tư pháp");

    List<String> communes = IntStream.rangeClosed(1, 200).mapToObj("Ủy ban nhân dân xã thử nghiệm số %03d"::formatted).toList();
    String names = TextVariables.unitNames(communes);

    assertThat(names.length()).isLessThanOrEqualTo(TextVariables.MAX_LENGTH);
    int shown = names.split("; ").length;
    assertThat(names).startsWith("Ủy ban nhân dân xã thử nghiệm số 001; ")
        .endsWith("Ủy ban nhân dân xã thử nghiệm số %03d … và %d đơn vị khác".formatted(shown, 200 - shown));
  }

  @Test
  @DisplayName("văn bản của cán bộ dài quá 4.000 ký tự: nêu mục và độ dài")
  void tooLongNamesTheField() {
    assertThat(TextVariables.tooLong("Ý kiến", "x".repeat(4000))).isNull();
    assertThat(TextVariables.tooLong("Ý kiến", 12)).isNull();
    assertThat(TextVariables.tooLong("Ý kiến", "x".repeat(4001))).startsWith("Mục «Ý kiến» dài 4.001 ký tự, quá giới hạn 4.000 ký tự");
  }
}
