package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.InvalidInputException;

@DisplayName("Ngày trong kế hoạch là ngày theo giờ Việt Nam")
class DeadlinesTest {

  private final Deadlines deadlines = new Deadlines(2);

  @Test
  @DisplayName("máy chủ chạy giờ UTC: hạn 16/10/2025 hết lúc 24:00 giờ Việt Nam, tức 17:00 UTC")
  void deadlineEndsAtMidnightInVietnamWhateverTheServerZone() {
    assertThat(TimeZone.getDefault().getID()).as("the build runs the JVM in UTC").isEqualTo("UTC");

    assertThat(deadlines.endOfDay("2025-10-16").toInstant()).isEqualTo(Instant.parse("2025-10-16T17:00:00Z"));
    assertThat(deadlines.startOfDay("2025-10-14").toInstant()).isEqualTo(Instant.parse("2025-10-13T17:00:00Z"));
    assertThat(deadlines.reminderBefore("2024-10-31").toInstant()).isEqualTo(Instant.parse("2024-10-29T17:00:00Z"));
  }

  @Test
  @DisplayName("ngày sai dạng thì báo lỗi rõ ràng")
  void malformedDayIsRefused() {
    assertThatThrownBy(() -> deadlines.endOfDay("16/10/2025")).isInstanceOf(InvalidInputException.class)
        .hasMessage("Ngày không hợp lệ: 16/10/2025 (cần dạng YYYY-MM-DD).");
    assertThat(Deadlines.display(Deadlines.parse("2025-10-16T00:00:00+07:00"))).isEqualTo("16/10/2025");
  }
}
