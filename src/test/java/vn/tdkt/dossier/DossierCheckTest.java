package vn.tdkt.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lời báo thiếu thành phần hồ sơ")
class DossierCheckTest {

  @Test
  @DisplayName("tên thành phần đứng giữa câu viết thường chữ đầu, trừ khi bắt đầu bằng chữ viết tắt như UBND")
  void labelReadsMidSentenceButKeepsAbbreviations() {
    assertThat(DossierCheck.midSentence("Tờ trình đề nghị khen thưởng")).isEqualTo("tờ trình đề nghị khen thưởng");
    assertThat(DossierCheck.midSentence("UBND xã xác nhận")).isEqualTo("UBND xã xác nhận");
    assertThat(DossierCheck.midSentence("HĐND tỉnh đồng ý")).isEqualTo("HĐND tỉnh đồng ý");
    assertThat(DossierCheck.midSentence("Ảnh")).isEqualTo("ảnh");
  }
}
