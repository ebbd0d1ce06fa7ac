package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.PublicHolidays.Holiday;

@DisplayName("Ngày làm việc và thời hạn theo cách tính của cơ quan nhà nước Việt Nam")
class VietnameseBusinessCalendarTest {

  private final VietnameseBusinessCalendar calendar = new VietnameseBusinessCalendar(OfficialSchedule.load(null));

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private long workingDaysIn(int year) {
    return Stream.iterate(day(year, 1, 1), d -> d.getYear() == year, d -> d.plusDays(1))
        .filter(calendar::isWorkingDay).count();
  }

  @Test
  @DisplayName("lịch 2026: nghỉ thứ Sáu 2/1 và làm bù thứ Bảy 10/1, nghỉ Tết 16–20/2, hoán đổi 31/8 với thứ Bảy 22/8")
  void officialSchedule2026() {
    assertThat(calendar.isWorkingDay(day(2026, 1, 1))).isFalse();
    assertThat(calendar.isWorkingDay(day(2026, 1, 2))).isFalse();
    assertThat(calendar.isWorkingDay(day(2026, 1, 10))).isTrue();
    assertThat(calendar.isWorkingDay(day(2026, 1, 17))).as("an ordinary Saturday").isFalse();
    assertThat(Stream.iterate(day(2026, 2, 14), d -> !d.isAfter(day(2026, 2, 22)), d -> d.plusDays(1)))
        .noneMatch(calendar::isWorkingDay);
    assertThat(calendar.isWorkingDay(day(2026, 2, 23))).isTrue();
    assertThat(calendar.isWorkingDay(day(2026, 4, 27))).as("Giỗ Tổ on Sunday 26/4, compensated").isFalse();
    assertThat(calendar.isWorkingDay(day(2026, 8, 22))).isTrue();
    assertThat(calendar.isWorkingDay(day(2026, 8, 31))).isFalse();
    assertThat(calendar.isWorkingDay(day(2026, 9, 3))).isTrue();
    assertThat(workingDaysIn(2026)).isEqualTo(250);
  }

  @Test
  @DisplayName("lịch 2025 thay quy tắc: nghỉ 27/1 thay cho nghỉ bù 3/2, làm bù thứ Bảy 26/4 để nghỉ 2/5")
  void officialSchedule2025OverridesTheRules() {
    assertThat(calendar.isWorkingDay(day(2025, 1, 27))).isFalse();
    assertThat(calendar.isWorkingDay(day(2025, 2, 3))).isTrue();
    assertThat(calendar.isWorkingDay(day(2025, 2, 8))).as("no Saturday worked after Tết 2025").isFalse();
    assertThat(calendar.isWorkingDay(day(2025, 4, 26))).isTrue();
    assertThat(calendar.isWorkingDay(day(2025, 5, 2))).isFalse();
    assertThat(calendar.isWorkingDay(day(2025, 9, 1))).isFalse();
    assertThat(workingDaysIn(2025)).isEqualTo(250);
    assertThat(calendar.daysOff(2025)).contains(new Holiday(day(2025, 5, 2),
        "Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/04/2025)"));
  }

  @Test
  @DisplayName("cộng ngày làm việc qua Tết 2025, Tết 2026 và Quốc khánh 2025")
  void workingDaysAcrossHolidays() {
    assertThat(calendar.plusWorkingDays(day(2025, 1, 24), 1)).isEqualTo(day(2025, 2, 3));
    assertThat(calendar.plusWorkingDays(day(2025, 1, 24), 5)).isEqualTo(day(2025, 2, 7));
    assertThat(calendar.plusWorkingDays(day(2025, 1, 24), 6)).isEqualTo(day(2025, 2, 10));
    assertThat(calendar.plusWorkingDays(day(2026, 2, 13), 1)).isEqualTo(day(2026, 2, 23));
    assertThat(calendar.plusWorkingDays(day(2026, 2, 13), 5)).isEqualTo(day(2026, 2, 27));
    assertThat(calendar.plusWorkingDays(day(2025, 8, 29), 1)).isEqualTo(day(2025, 9, 3));
    assertThat(calendar.plusWorkingDays(day(2025, 8, 29), 3)).isEqualTo(day(2025, 9, 5));
  }

  @Test
  @DisplayName("thứ Bảy làm bù được tính là ngày làm việc; đếm lùi cho nhắc việc trước hạn")
  void swappedSaturdaysCountAndRemindersCountBack() {
    assertThat(calendar.plusWorkingDays(day(2025, 4, 25), 1)).isEqualTo(day(2025, 4, 26));
    assertThat(calendar.plusWorkingDays(day(2025, 4, 25), 4)).isEqualTo(day(2025, 5, 5));
    assertThat(calendar.plusWorkingDays(day(2026, 8, 28), 1)).isEqualTo(day(2026, 9, 3));
    assertThat(calendar.plusWorkingDays(day(2026, 2, 23), -2)).isEqualTo(day(2026, 2, 12));
    assertThat(calendar.plusWorkingDays(day(2026, 1, 12), -1)).isEqualTo(day(2026, 1, 10));
    assertThat(calendar.plusWorkingDays(day(2026, 2, 23), 0)).isEqualTo(day(2026, 2, 23));
  }

  @Test
  @DisplayName("thời hạn tính từ ngày hôm sau; ngày cuối là ngày nghỉ thì hết hạn vào cuối ngày làm việc kế tiếp")
  void periodsFollowTheCivilCode() {
    assertThat(calendar.periodEnd(day(2025, 10, 15), 1)).as("Art. 147: the start day is not counted").isEqualTo(day(2025, 10, 16));
    assertThat(calendar.periodEnd(day(2025, 10, 1), 10)).as("ends on Saturday 11/10").isEqualTo(day(2025, 10, 13));
    assertThat(calendar.periodEnd(day(2025, 10, 2), 10)).as("ends on Sunday 12/10").isEqualTo(day(2025, 10, 13));
    assertThat(calendar.periodEnd(day(2026, 1, 20), 30)).as("ends on mùng 3 Tết").isEqualTo(day(2026, 2, 23));
    assertThat(calendar.periodEnd(day(2025, 12, 31), 2)).as("ends on swapped Friday 2/1").isEqualTo(day(2026, 1, 5));
    assertThat(calendar.periodEnd(day(2025, 12, 31), 10)).as("ends on Saturday 10/1, worked").isEqualTo(day(2026, 1, 10));
    assertThat(calendar.deadlineFor(day(2025, 9, 2))).isEqualTo(day(2025, 9, 3));
    assertThat(calendar.deadlineFor(day(2025, 9, 3))).isEqualTo(day(2025, 9, 3));
  }

  @Test
  @DisplayName("máy chủ chạy giờ UTC: hạn rơi vào thứ Bảy 11/10/2025 hết cuối ngày thứ Hai 13/10 giờ Việt Nam")
  void deadlineEndIsMidnightInVietnam() {
    assertThat(TimeZone.getDefault().getID()).as("the build runs the JVM in UTC").isEqualTo("UTC");

    Instant end = calendar.deadlineEnd(day(2025, 10, 11));

    assertThat(end).as("23:59:59.999 in Vietnam (UTC+7)").isEqualTo(Instant.parse("2025-10-13T16:59:59.999Z"));
  }

  @Test
  @DisplayName("năm chưa có lịch chính thức (2027) tính theo Bộ luật Lao động; không có tệp thì cả năm 2026 cũng vậy")
  void yearsWithoutScheduleFollowTheLaw() {
    assertThat(calendar.daysOff(2027)).isEqualTo(PublicHolidays.byLaw(2027));
    assertThat(calendar.isWorkingDay(day(2027, 2, 11))).isFalse();
    assertThat(calendar.isWorkingDay(day(2027, 2, 12))).isTrue();

    VietnameseBusinessCalendar lawOnly = new VietnameseBusinessCalendar(OfficialSchedule.empty());
    assertThat(lawOnly.isWorkingDay(day(2026, 1, 2))).isTrue();
    assertThat(lawOnly.isWorkingDay(day(2026, 1, 10))).isFalse();
    assertThat(lawOnly.isWorkingDay(day(2026, 4, 27))).isFalse();
  }
}
