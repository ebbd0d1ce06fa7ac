package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

  @Test
  @DisplayName("việc mà tờ trình chờ (thẩm định, duyệt thẩm định) không có hạn sau hạn trình cấp quyết định nếu hạn đó chưa qua"
      + " khi thời gian của việc bắt đầu; không có hạn trình, hoặc hạn trình đã qua từ trước, thì giữ hạn của việc")
  void workTheProposalWaitsForIsDueByItsDeadline() {
    ClockUtil.setCurrentTime(vn(2025, 4, 15));
    try {
      java.util.Date inMay = deadlines.workingDaysAfter("2025-04-15", 25);
      assertThat(deadlines.beforeProposal(inMay, "2025-04-19", null)).isEqualTo(deadlines.endOfDay("2025-04-19"));
      assertThat(deadlines.reminderBeforeProposal(inMay, "2025-04-19", null)).as("2 working days up to Saturday 19/04")
          .isEqualTo(vn(2025, 4, 17));
      assertThat(deadlines.beforeProposal(inMay, null, null)).isEqualTo(inMay);
      assertThat(deadlines.beforeProposal(inMay, "2025-04-14", null)).as("passed before the work began").isEqualTo(inMay);
      assertThat(deadlines.beforeProposal(inMay, "2025-04-14", "2025-04-10"))
          .as("an appraisal counted from 10/04, returned after 14/04: still due then").isEqualTo(deadlines.endOfDay("2025-04-14"));
      java.util.Date sooner = deadlines.endOfDay("2025-04-16");
      assertThat(deadlines.beforeProposal(sooner, "2025-04-19", null)).isEqualTo(sooner);
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  @DisplayName("việc do hạn khác sinh ra đúng lúc hạn đó hết (23:59:59,999) tính ngày làm việc từ ngày hôm sau, như sau 00:00")
  void workingDaysCountedAtADeadlinesLastMomentStartTheNextDay() {
    ClockUtil.setCurrentTime(deadlines.endOfDay("2025-10-16"));
    try {
      assertThat(deadlines.workingDaysAfter(null, 1)).as("Thursday's deadline: Friday is not counted as the first day")
          .isEqualTo(deadlines.endOfDay("2025-10-20"));
    } finally {
      ClockUtil.reset();
    }
  }

  private static java.util.Date vn(int year, int month, int day) {
    return java.util.Date.from(java.time.LocalDate.of(year, month, day).atStartOfDay(Deadlines.VIETNAM).toInstant());
  }

  @Test
  @DisplayName("ngày sai dạng thì báo lỗi rõ ràng")
  void malformedDayIsRefused() {
    assertThatThrownBy(() -> deadlines.endOfDay("16/10/2025")).isInstanceOf(InvalidInputException.class)
        .hasMessage("Ngày không hợp lệ: 16/10/2025 (cần dạng YYYY-MM-DD).");
    assertThatThrownBy(() -> Deadlines.parse("2025-10-145")).as("a digit too many is not the 14th")
        .hasMessage("Ngày không hợp lệ: 2025-10-145 (cần dạng YYYY-MM-DD).");
    assertThat(Deadlines.display(Deadlines.parse("2025-10-16T00:00:00+07:00"))).isEqualTo("16/10/2025");
  }

  @Test
  @DisplayName("ngày gửi kèm giờ và múi giờ (như trình duyệt hay REST ghi) là ngày đó ở Việt Nam, không lùi một ngày")
  void aTimestampIsTheDayItIsInVietnam() {
    for (String sent : List.of("2025-10-15T17:00:00.000Z", "2025-10-16T00:00:00+07:00", "2025-10-16T00:00:00.000+0700",
        "2025-10-16T08:00:00", "2025-10-16T23:59:59.999+07:00")) {
      assertThat(Deadlines.parseOrNull(sent)).as(sent).isEqualTo(LocalDate.of(2025, 10, 16));
    }
    assertThat(Deadlines.parseOrNull("2025-10-16Tsáng")).isNull();
  }

  @Test
  @DisplayName("năm gõ nhầm (2205, 0024), ngoài các năm lịch tính được ngày nghỉ, thì báo lỗi rõ ràng, không thành lỗi máy chủ")
  void dayOfAYearTheCalendarDoesNotReckonIsRefused() {
    assertThatThrownBy(() -> deadlines.endOfDay("2205-10-16")).isInstanceOf(InvalidInputException.class)
        .hasMessage("Ngày không hợp lệ: 16/10/2205 (chỉ nhận ngày trong các năm 1900–2100).");
    assertThat(Deadlines.parseOrNull("0024-09-29")).isNull();
    assertThat(Deadlines.parseOrNull("2100-12-31")).isEqualTo(LocalDate.of(2100, 12, 31));
  }
}
