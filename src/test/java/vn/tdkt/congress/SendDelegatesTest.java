package vn.tdkt.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Gửi danh sách đại biểu lên cấp trên")
class SendDelegatesTest extends CongressTest {

  @Test
  @DisplayName("hai đơn vị cùng cấp ghi kết quả Đại hội cùng lúc thì không đơn vị nào phải chờ hay gặp lỗi; cấp trên nhận đại biểu của cả hai")
  void membersRecordingAtOnceDoNotCollide() throws Exception {
    ProcessInstance plan = launchSeed003();
    at(LocalDateTime.of(2025, 3, 20, 9, 0));
    String first = record(plan, HOANG_VAN_THU).getId();
    String second = record(plan, PHAN_DINH_PHUNG).getId();
    Map<String, Object> firstHeld = held("2025-03-14", "CONGRESS", WHOLE_PROGRAMME,
        List.of(delegate("Nguyễn Văn An", "Chủ tịch UBND phường", "UBND phường Hoàng Văn Thụ")));
    Map<String, Object> secondHeld = held("2025-03-18", "CONGRESS", WHOLE_PROGRAMME,
        List.of(delegate("Lê Văn Cường", "Giáo viên", "Trường THCS Nha Trang")));

    // Both send their delegates to the city's congress, into the same list.
    atOnce(() -> tasks.complete(first, firstHeld), () -> tasks.complete(second, secondHeld));

    runAsynchronousContinuations();
    assertThat(received(congress(plan, TP_THAI_NGUYEN), "memberDelegates")).containsExactlyInAnyOrder(
        "Nguyễn Văn An – UBND phường Hoàng Văn Thụ", "Lê Văn Cường – UBND phường Phan Đình Phùng");
  }
}
