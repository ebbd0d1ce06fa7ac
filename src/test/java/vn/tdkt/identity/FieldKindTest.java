package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Giá trị gửi cho một ô của biểu mẫu phải đúng loại của ô")
class FieldKindTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static FieldKind field(String component) throws IOException {
    return FieldKind.of(JSON.readTree(component));
  }

  @Test
  @DisplayName("ô chữ, ô số, ô đánh dấu, ô ngày: đúng loại thì nhận, khác loại thì nêu loại cần; để trống là chưa nhập")
  void eachFieldTakesItsKind() throws IOException {
    FieldKind text = field("{\"type\": \"textfield\", \"key\": \"decisionNumber\", \"label\": \"Số quyết định\"}");
    FieldKind number = field("{\"type\": \"number\", \"key\": \"attendeeCount\", \"label\": \"Số thành viên dự họp\"}");
    FieldKind box = field("{\"type\": \"checkbox\", \"key\": \"rewardedAtUnit\", \"label\": \"Đã khen thưởng\"}");
    FieldKind day = field("{\"type\": \"datetime\", \"subtype\": \"date\", \"key\": \"meetingDate\", \"label\": \"Ngày họp\"}");

    assertThat(Arrays.asList(text.problem("1234/QĐ-UBND"), number.problem(9L), number.problem(9.0), box.problem(true),
        day.problem("2025-10-14"))).containsOnlyNulls();
    assertThat(Arrays.asList(text.problem(""), number.problem(""), box.problem(null), day.problem(""))).containsOnlyNulls();
    assertThat(text.problem(45L)).isEqualTo("phải là văn bản");
    assertThat(number.problem("9")).isEqualTo("phải là số nguyên");
    assertThat(number.problem(8.5)).isEqualTo("phải là số nguyên");
    assertThat(number.problem(999_999_999L)).isNull();
    assertThat(number.problem(Long.MAX_VALUE)).as("two such counts would overflow when added")
        .isEqualTo("phải là số nguyên có tối đa 9 chữ số");
    assertThat(number.problem(new java.math.BigDecimal("1e19"))).as("beyond a long").isEqualTo("phải là số nguyên có tối đa 9 chữ số");
    assertThat(box.problem("true")).isEqualTo("phải là true hoặc false (ô đánh dấu)");
    assertThat(day.problem("2025-10-145")).isEqualTo("phải là một ngày dạng YYYY-MM-DD, ví dụ 2025-10-14");
    assertThat(day.problem("2025-02-30")).as("no such day").isEqualTo("phải là một ngày dạng YYYY-MM-DD, ví dụ 2025-10-14");
  }

  @Test
  @DisplayName("ô chọn nhận một trong các lựa chọn của biểu mẫu, kể cả lựa chọn đúng/sai; ô chọn nhiều nhận danh sách các lựa chọn")
  void choicesTakeOnlyTheirValues() throws IOException {
    FieldKind verdict = field("{\"type\": \"select\", \"key\": \"verdict\", \"label\": \"Kết luận thẩm định\", \"values\": ["
        + "{\"label\": \"Đạt\", \"value\": \"PASS\"}, {\"label\": \"Không đạt\", \"value\": \"REJECT\"}]}");
    FieldKind decision = field("{\"type\": \"radio\", \"key\": \"decisionApproved\", \"label\": \"Quyết định\", \"values\": ["
        + "{\"label\": \"Ban hành\", \"value\": true}, {\"label\": \"Trả lại\", \"value\": false}]}");
    FieldKind finals = field("{\"type\": \"checklist\", \"key\": \"finalDeadlines\", \"label\": \"Hạn cuối\", \"values\": ["
        + "{\"label\": \"Đăng ký\", \"value\": \"registration\"}, {\"label\": \"Báo cáo\", \"value\": \"report\"}]}");

    assertThat(Arrays.asList(verdict.problem("PASS"), decision.problem(false), finals.problem(JSON.readTree("[\"report\"]"))))
        .containsOnlyNulls();
    assertThat(verdict.problem("pass")).isEqualTo("phải là một trong các lựa chọn: PASS («Đạt»), REJECT («Không đạt»)");
    assertThat(decision.problem("true")).isEqualTo("phải là một trong các lựa chọn: true («Ban hành»), false («Trả lại»)");
    assertThat(finals.problem(JSON.readTree("[\"report\", \"proposal\"]")))
        .isEqualTo("phải là danh sách gồm các lựa chọn: registration («Đăng ký»), report («Báo cáo»)");
  }

  @Test
  @DisplayName("ô lấy lựa chọn từ biến của quy trình, nhóm, danh sách không có loại riêng ở đây")
  void fieldsWithoutAFixedKindAreLeftToTheirStep() throws IOException {
    assertThat(field("{\"type\": \"select\", \"key\": \"boardGroup\", \"valuesKey\": \"boardGroupOptions\"}")).isNull();
    assertThat(field("{\"type\": \"dynamiclist\", \"path\": \"nominees\"}")).isNull();
    JsonNode text = JSON.readTree("{\"type\": \"text\", \"text\": \"### Hướng dẫn\"}");
    assertThat(FieldKind.of(text)).isNull();
  }
}
