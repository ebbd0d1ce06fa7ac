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

  private final Deadlines deadlines =
      new Deadlines(2, new VietnameseBusinessCalendar(OfficialSchedule.load("")));

  @Test
  @DisplayName("máy chủ chạy giờ UTC: hạn 16/10/2025 hết lúc 23:59:59,999 ngày 16/10 giờ Việt Nam (Tasklist ghi hạn 16/10,"
      + " không phải 00:00 ngày 17/10)")
  void deadlineEndsAtMidnightInVietnamWhateverTheServerZone() {
    assertThat(TimeZone.getDefault().getID()).as("the build runs the JVM in UTC").isEqualTo("UTC");

    assertThat(deadlines.endOfDay("2025-10-16").toInstant()).isEqualTo(Instant.parse("2025-10-16T16:59:59.999Z"));
    assertThat(deadlines.startOfDay("2025-10-14").toInstant()).isEqualTo(Instant.parse("2025-10-13T17:00:00Z"));
    assertThat(deadlines.reminderBefore("2024-10-31").toInstant()).isEqualTo(Instant.parse("2024-10-29T17:00:00Z"));
  }

  @Test
  @DisplayName("nhắc hạn trước 2 ngày làm việc: hạn thứ Hai thì nhắc từ thứ Sáu; hạn sau Tết 2026 thì nhắc trước Tết")
  void reminderCountsWorkingDays() {
    assertThat(deadlines.reminderBefore("2025-11-03")).isEqualTo(vn(2025, 10, 31));
    // Tết 2026: 16–20/02 off; the working days before Monday 23/02 are 23/02 and Friday 13/02.
    assertThat(deadlines.reminderBefore("2026-02-23")).isEqualTo(vn(2026, 2, 13));
    // A deadline on a Sunday: the two working days before it are Thursday and Friday.
    assertThat(deadlines.reminderBefore("2025-11-02")).isEqualTo(vn(2025, 10, 30));
  }

  private static java.util.Date vn(int year, int month, int day) {
    return java.util.Date.from(java.time.LocalDate.of(year, month, day).atStartOfDay(Deadlines.VIETNAM).toInstant());
  }

  @Test
  @DisplayName("ngày sai dạng thì báo lỗi rõ ràng")
  void malformedDayIsRefused() {
    assertThatThrownBy(() -> deadlines.endOfDay("16/10/2025")).isInstanceOf(InvalidInputException.class)
        .hasMessage("Ngày không hợp lệ: 16/10/2025 (cần dạng YYYY-MM-DD).");
    assertThat(Deadlines.display(Deadlines.parse("2025-10-16T00:00:00+07:00"))).isEqualTo("16/10/2025");
  }
}
