package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.PublicHolidays.Holiday;

@DisplayName("Ngày nghỉ lễ, Tết theo Bộ luật Lao động 2019 (khi chưa có lịch chính thức)")
class PublicHolidaysTest {

  private static List<LocalDate> days(int year) {
    return PublicHolidays.byLaw(year).stream().map(Holiday::date).toList();
  }

  @Test
  @DisplayName("năm 2026: Tết là 29 tháng Chạp và mùng 1–4, Giỗ Tổ trùng Chủ nhật được nghỉ bù thứ Hai 27/4")
  void holidaysOf2026() {
    assertThat(days(2026)).containsExactly(
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
        LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20),
        LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 27),
        LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1),
        LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
    assertThat(PublicHolidays.byLaw(2026)).contains(new Holiday(LocalDate.of(2026, 4, 27),
        "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) trùng ngày nghỉ hằng tuần 26/04/2026"));
  }

  @Test
  @DisplayName("năm 2027: mùng 1 và mùng 2 Tết trùng cuối tuần nên nghỉ bù thứ Tư 10/2 và thứ Năm 11/2")
  void tetOnAWeekendGivesCompensatoryDays() {
    assertThat(days(2027)).contains(
        LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7),
        LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11))
        .doesNotContain(LocalDate.of(2027, 2, 12));
    // 1/5/2027 is a Saturday.
    assertThat(days(2027)).contains(LocalDate.of(2027, 5, 3));
  }

  @Test
  @DisplayName("ngày liền kề Quốc khánh nối với cuối tuần, như các năm 2023, 2024, 2025 đã quyết định")
  void nationalDayAdjacentDay() {
    assertThat(days(2023)).contains(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 2), LocalDate.of(2023, 9, 4));
    assertThat(days(2024)).contains(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3));
    assertThat(days(2025)).contains(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));
  }

  @Test
  @DisplayName("quy tắc có thể khác lịch chính thức: Tết 2025 theo luật nghỉ bù thứ Hai 3/2, chính thức nghỉ 27/1")
  void rulesAreOnlyTheFallback() {
    assertThat(days(2025)).contains(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 3))
        .doesNotContain(LocalDate.of(2025, 1, 27));
    VietnameseBusinessCalendar official = new VietnameseBusinessCalendar(OfficialSchedule.load(null));
    assertThat(official.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
    assertThat(official.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
  }
}
