package vn.tdkt.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.tdkt.calendar.OfficialSchedule.Kind;
import vn.tdkt.calendar.PublicHolidays.Holiday;

/**
 * Working days as Vietnamese offices count them: Monday to Friday, minus public holidays and the
 * official days off, plus the Saturdays worked in exchange. A year the official schedule lists
 * follows the schedule; any other year follows the Labour Code rules ({@link PublicHolidays}).
 *
 * <p>Periods follow the Civil Code 2015: the day a period starts from is not counted (Art. 147),
 * and a period whose last day is a day off ends at the end of the next working day (Art. 148).
 * Days are calendar days in Asia/Ho_Chi_Minh ({@link Deadlines#VIETNAM}); nothing here reads the
 * JVM's default time zone.
 */
public final class VietnameseBusinessCalendar {

  private final OfficialSchedule schedule;
  private final Map<Integer, Set<LocalDate>> daysOffByLaw = new ConcurrentHashMap<>();

  public VietnameseBusinessCalendar(OfficialSchedule schedule) {
    this.schedule = schedule;
  }

  public boolean isWorkingDay(LocalDate day) {
    var entry = schedule.entry(day);
    if (entry.isPresent()) {
      return entry.get().kind() == Kind.WORKING_DAY;
    }
    if (PublicHolidays.isWeekend(day)) {
      return false;
    }
    // In a year the schedule lists, an unlisted weekday is worked.
    return schedule.listsDaysOf(day.getYear()) || !lawDaysOff(day.getYear()).contains(day);
  }

  /** The days off of a year other than ordinary weekends, from the official schedule or the law. */
  public List<Holiday> daysOff(int year) {
    if (!schedule.listsDaysOf(year)) {
      return PublicHolidays.byLaw(year);
    }
    return schedule.entries(year).stream()
        .filter(entry -> entry.kind() == Kind.DAY_OFF)
        .map(entry -> new Holiday(entry.date(), entry.description()))
        .toList();
  }

  /** The first working day after {@code day}. */
  public LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /**
   * The day that ends a period of {@code n} working days starting from {@code start}: the n-th
   * working day after it ({@code start} itself is not counted, Art. 147). A negative {@code n}
   * counts back, as for a reminder n working days before a deadline; 0 gives {@code start}.
   */
  public LocalDate plusWorkingDays(LocalDate start, int n) {
    LocalDate day = start;
    int step = n < 0 ? -1 : 1;
    for (int counted = 0; counted != n; counted += step) {
      do {
        day = day.plusDays(step);
      } while (!isWorkingDay(day));
    }
    return day;
  }

  /**
   * The last day of a period of {@code days} calendar days from {@code start}: counted from the
   * day after {@code start}, and moved to the next working day if it falls on a day off.
   */
  public LocalDate periodEnd(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("A period cannot be negative: " + days);
    }
    return deadlineFor(start.plusDays(days));
  }

  /** The day a deadline on {@code lastDay} really ends: that day, or the next working day after a day off. */
  public LocalDate deadlineFor(LocalDate lastDay) {
    return isWorkingDay(lastDay) ? lastDay : nextWorkingDay(lastDay);
  }

  /** The instant a deadline on {@code lastDay} has passed: the end, in Vietnam, of the day it really ends. */
  public Instant deadlineEnd(LocalDate lastDay) {
    return Deadlines.lastMoment(deadlineFor(lastDay));
  }

  private Set<LocalDate> lawDaysOff(int year) {
    return daysOffByLaw.computeIfAbsent(year,
        y -> PublicHolidays.byLaw(y).stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet()));
  }
}
