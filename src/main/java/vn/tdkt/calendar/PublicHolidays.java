package vn.tdkt.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statutory days off of a year as the Labour Code 2019 states them (Art. 112 for the holidays,
 * Art. 111(3) for the compensatory day when a holiday falls on a weekend). Every year the Prime
 * Minister fixes the exact Tết and National Day days and often swaps days, so these rules are
 * only the fallback for years the official schedule ({@link OfficialSchedule}) does not list.
 */
public final class PublicHolidays {

  /** A day off and why. */
  public record Holiday(LocalDate date, String name) {}

  private PublicHolidays() {}

  /** The statutory holidays of a year and their compensatory days, in date order. */
  public static List<Holiday> byLaw(int year) {
    Map<LocalDate, String> days = new TreeMap<>();
    add(days, LocalDate.of(year, 1, 1), "Tết Dương lịch");
    // Usual arrangement of the 5 Tết days: the last day of the old year and the first 4 of the new.
    LocalDate tet = VietnameseLunarCalendar.tet(year);
    add(days, tet.minusDays(1), "Tết Âm lịch (ngày cuối năm)");
    for (int i = 0; i < 4; i++) {
      add(days, tet.plusDays(i), "Tết Âm lịch (mùng " + (i + 1) + ")");
    }
    add(days, VietnameseLunarCalendar.hungKingsDay(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
    add(days, LocalDate.of(year, 4, 30), "Ngày Chiến thắng");
    add(days, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
    LocalDate nationalDay = LocalDate.of(year, 9, 2);
    add(days, nationalDay, "Quốc khánh");
    add(days, dayAdjacentToNationalDay(nationalDay), "Quốc khánh (ngày liền kề)");
    addCompensatoryDays(days);
    return days.entrySet().stream()
        .map(day -> new Holiday(day.getKey(), day.getValue()))
        .toList();
  }

  /** Two holidays on one day (Giỗ Tổ fell on 30/4 in 1947) are one day off. */
  private static void add(Map<LocalDate, String> days, LocalDate date, String name) {
    days.merge(date, name, (first, second) -> first + " và " + second);
  }

  /**
   * The law lets the Prime Minister choose 1/9 or 3/9; the yearly decisions pick the one that
   * joins the holiday to a weekend (3/9 when 2/9 is a Monday or a Thursday), else 1/9.
   */
  static LocalDate dayAdjacentToNationalDay(LocalDate nationalDay) {
    DayOfWeek day = nationalDay.getDayOfWeek();
    return day == DayOfWeek.MONDAY || day == DayOfWeek.THURSDAY ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
  }

  /** Art. 111(3): a holiday on a weekend gives the next working day off, in date order. */
  private static void addCompensatoryDays(Map<LocalDate, String> days) {
    List<Map.Entry<LocalDate, String>> onWeekend = days.entrySet().stream()
        .filter(day -> isWeekend(day.getKey())).map(day -> Map.entry(day.getKey(), day.getValue())).toList();
    for (Map.Entry<LocalDate, String> holiday : onWeekend) {
      LocalDate day = holiday.getKey().plusDays(1);
      while (isWeekend(day) || days.containsKey(day)) {
        day = day.plusDays(1);
      }
      days.put(day, "Nghỉ bù " + holiday.getValue() + " trùng ngày nghỉ hằng tuần "
          + Deadlines.display(holiday.getKey()));
    }
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** Holidays whose date never moves and which are always days off: checked in official schedules. */
  static List<Holiday> fixedHolidays(int year) {
    LocalDate tet = VietnameseLunarCalendar.tet(year);
    return List.of(
        new Holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch"),
        new Holiday(tet, "Tết Âm lịch (mùng 1)"),
        new Holiday(tet.plusDays(1), "Tết Âm lịch (mùng 2)"),
        new Holiday(tet.plusDays(2), "Tết Âm lịch (mùng 3)"),
        new Holiday(VietnameseLunarCalendar.hungKingsDay(year), "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        new Holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng"),
        new Holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động"),
        new Holiday(LocalDate.of(year, 9, 2), "Quốc khánh"));
  }
}
