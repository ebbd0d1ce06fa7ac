package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Âm lịch Việt Nam (múi giờ UTC+7)")
class VietnameseLunarCalendarTest {

  @Test
  @DisplayName("Tết các năm gần đây đúng ngày đã công bố")
  void tetMatchesPublishedDates() {
    assertThat(VietnameseLunarCalendar.tet(2023)).isEqualTo("2023-01-22");
    assertThat(VietnameseLunarCalendar.tet(2024)).isEqualTo("2024-02-10");
    assertThat(VietnameseLunarCalendar.tet(2025)).isEqualTo("2025-01-29");
    assertThat(VietnameseLunarCalendar.tet(2026)).isEqualTo("2026-02-17");
    assertThat(VietnameseLunarCalendar.tet(2027)).isEqualTo("2027-02-06");
  }

  @Test
  @DisplayName("những năm âm lịch Việt Nam khác Trung Quốc: Tết 1985, 2007, 2030 theo giờ UTC+7")
  void tetFollowsVietnamNotChina() {
    assertThat(VietnameseLunarCalendar.tet(1985)).as("China: 20/2/1985").isEqualTo("1985-01-21");
    assertThat(VietnameseLunarCalendar.tet(2007)).as("China: 18/2/2007").isEqualTo("2007-02-17");
    // The new moon is at 23:07 on 2/2/2030 in Vietnam but 00:07 on 3/2 in China.
    assertThat(VietnameseLunarCalendar.tet(2030)).as("China: 3/2/2030").isEqualTo("2030-02-02");
  }

  @Test
  @DisplayName("Giỗ Tổ Hùng Vương 10/3 âm lịch: 18/4/2024, 7/4/2025, 26/4/2026")
  void hungKingsDayMatchesPublishedDates() {
    assertThat(VietnameseLunarCalendar.hungKingsDay(2024)).isEqualTo("2024-04-18");
    assertThat(VietnameseLunarCalendar.hungKingsDay(2025)).isEqualTo("2025-04-07");
    assertThat(VietnameseLunarCalendar.hungKingsDay(2026)).isEqualTo("2026-04-26");
  }

  @Test
  @DisplayName("ngày âm lịch ghi trong các thông báo nghỉ Tết khớp với lịch tính được")
  void lunarDatesQuotedByHolidayNoticesMatch() {
    assertThat(VietnameseLunarCalendar.lunarOf(LocalDate.of(2024, 2, 8))).isEqualTo(new LunarDate(2023, 12, 29, false));
    assertThat(VietnameseLunarCalendar.lunarOf(LocalDate.of(2024, 2, 14))).isEqualTo(new LunarDate(2024, 1, 5, false));
    assertThat(VietnameseLunarCalendar.lunarOf(LocalDate.of(2025, 1, 25))).isEqualTo(new LunarDate(2024, 12, 26, false));
    assertThat(VietnameseLunarCalendar.lunarOf(LocalDate.of(2026, 2, 14))).isEqualTo(new LunarDate(2025, 12, 27, false));
    assertThat(VietnameseLunarCalendar.lunarOf(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(2025, 12, 29, false));
    assertThat(VietnameseLunarCalendar.lunarOf(LocalDate.of(2026, 2, 22))).isEqualTo(new LunarDate(2026, 1, 6, false));
  }

  @Test
  @DisplayName("tháng nhuận: tháng 2 nhuận năm 2023, tháng 6 nhuận năm 2025, năm 2024 không nhuận")
  void leapMonths() {
    assertThat(VietnameseLunarCalendar.solarOf(2023, 2, 1, true)).isEqualTo("2023-03-22");
    assertThat(VietnameseLunarCalendar.solarOf(2025, 6, 1, true)).isEqualTo("2025-07-25");
    assertThat(VietnameseLunarCalendar.lunarOf(LocalDate.of(2025, 7, 25))).hasToString("1/6 nhuận/2025 ÂL");
    assertThatThrownBy(() -> VietnameseLunarCalendar.solarOf(2024, 6, 1, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Năm âm lịch 2024 không có tháng 6 nhuận.");
  }

  @Test
  @DisplayName("ngày âm lịch không tồn tại hoặc năm ngoài 1900–2100 bị từ chối")
  void impossibleDatesAreRefused() {
    // Month 12 of Giáp Thìn (2024) has 29 days: Tết 2025 follows 29 tháng Chạp.
    assertThatThrownBy(() -> VietnameseLunarCalendar.solarOf(2024, 12, 30, false))
        .hasMessage("Tháng 12 năm âm lịch 2024 chỉ có 29 ngày.");
    assertThatThrownBy(() -> VietnameseLunarCalendar.tet(2101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Âm lịch chỉ được tính cho các năm 1900–2100, không phải 2101.");
    assertThatThrownBy(() -> VietnameseLunarCalendar.lunarOf(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("Âm lịch chỉ được tính cho các năm 1900–2100, không phải 1899.");
  }

  @Test
  @DisplayName("mọi ngày từ 1900 đến 2100 đổi sang âm lịch rồi đổi lại đúng ngày cũ, ngày âm lịch liên tục")
  void everyDayRoundTripsAndLunarDaysFollowEachOther() {
    LunarDate previous = null;
    int leapMonths = 0;
    for (LocalDate day = LocalDate.of(1900, 1, 1); !day.isAfter(LocalDate.of(2100, 12, 31)); day = day.plusDays(1)) {
      LunarDate lunar = VietnameseLunarCalendar.lunarOf(day);
      assertThat(VietnameseLunarCalendar.solarOf(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth()))
          .as("round trip of %s (%s)", day, lunar).isEqualTo(day);
      if (previous != null && lunar.day() == 1) {
        assertThat(previous.day()).as("length of the month before %s", day).isBetween(29, 30);
        if (lunar.leapMonth()) {
          leapMonths++;
          assertThat(lunar.month()).as("a leap month repeats the month before, %s", day).isEqualTo(previous.month());
        } else {
          assertThat(lunar.month()).as("month after %s", previous).isEqualTo(previous.month() % 12 + 1);
          assertThat(lunar.year()).isEqualTo(lunar.month() == 1 ? previous.year() + 1 : previous.year());
        }
      } else if (previous != null) {
        assertThat(lunar).isEqualTo(new LunarDate(previous.year(), previous.month(), previous.day() + 1, previous.leapMonth()));
      }
      previous = lunar;
    }
    // 7 leap months every 19 years: about 74 in 201 years.
    assertThat(leapMonths).isBetween(72, 76);
  }
}
