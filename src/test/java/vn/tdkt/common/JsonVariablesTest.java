package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.selection.Nominee;

@DisplayName("Danh sách gửi qua REST sai kiểu")
class JsonVariablesTest {

  private static String refusal(String json) {
    Throwable thrown = catchThrowable(() -> JsonVariables.readList(json, Nominee.class));
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return ((InvalidInputException) thrown).problems().get(0);
  }

  @Test
  @DisplayName("lời báo nêu dòng, trường và kiểu cần bằng tiếng Việt, không chép lời tiếng Anh của bộ đọc JSON")
  void refusalNamesTheRowTheFieldAndTheKindInVietnamese() {
    String start = "Dữ liệu danh sách không hợp lệ: cần một mảng JSON mà mỗi dòng đúng kiểu (";
    assertThat(refusal("{\"n1\": \"Nguyễn Văn An\"}")).isEqualTo(start + "cần một mảng [ … ]).");
    assertThat(refusal("[{\"id\": \"n1\"}, {\"id\": \"n2\", \"votesFor\": \"nhiều\"}]"))
        .isEqualTo(start + "dòng 2, «votesFor»: cần một số).");
    assertThat(refusal("[{\"id\": \"n1\", \"proposeUpward\": \"có\"}]"))
        .isEqualTo(start + "dòng 1, «proposeUpward»: cần true hoặc false).");
    assertThat(refusal("[{\"id\": \"n1\", \"votesFor\": 10000000000000000000}]"))
        .isEqualTo(start + "dòng 1, «votesFor»: số quá lớn).");
    assertThat(refusal("[{\"id\": ")).isEqualTo(start + "nội dung không phải JSON đọc được).");
    assertThat(JsonVariables.readList("[{\"id\": \"n1\"}]", Nominee.class)).extracting(Nominee::id).containsExactly("n1");
  }
}
