package vn.tdkt.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically for the meridian of
 * Vietnam (UTC+7), following the rules Hồ Ngọc Đức describes for the official Vietnamese
 * calendar:
 * <ol>
 *   <li>a month begins on the day (UTC+7) of a new moon;</li>
 *   <li>month 11 is the month that contains the winter solstice;</li>
 *   <li>when 13 months separate two months 11, the first month after month 11 that contains no
 *       major solar term (trung khí: the sun entering a multiple of 30° of longitude) is the leap
 *       month, and takes the number of the month before it.</li>
 * </ol>
 * The astronomy uses Meeus's classic series for the true new moon and the sun's longitude,
 * accurate to minutes, as Đức does. The time zone matters: computed for UTC+8 the same rules give
 * the Chinese calendar, whose Tết differs on rare years (1985, 2007, 2030...).
 *
 * <p>Supported and tested for the years {@value #FIRST_YEAR}–{@value #LAST_YEAR}. Pure
 * computation on {@link LocalDate}s: nothing depends on the JVM's time zone.
 */
public final class VietnameseLunarCalendar {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2100;

  private static final double TIME_ZONE_DAYS = 7 / 24.0;
  private static final double SYNODIC_MONTH = 29.530588853;
  /** Julian day (UT) of the new moon of 1 January 1900, which is lunation 0 below. */
  private static final double LUNATION_ZERO = 2415021.076998695;
  /** Julian day number of 1970-01-01, to convert {@link LocalDate#toEpochDay()}. */
  private static final long EPOCH_DAY_ZERO = 2440588;
  private static final double RAD = Math.PI / 180;

  /** A lunar month: its number and the Julian day numbers of its first day and of the next month's. */
  private record Month(int year, int number, boolean leap, long firstDay, long nextFirstDay) {}

  /** Months from one month 11 to the next, by the solar year in which the second one begins. */
  private static final Map<Integer, List<Month>> MONTHS = new ConcurrentHashMap<>();

  private VietnameseLunarCalendar() {}

  /** Mùng 1 Tết: the first day of the lunar year that begins in the given solar year. */
  public static LocalDate tet(int year) {
    return solarOf(year, 1, 1, false);
  }

  /** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month (not of a leap 3rd month). */
  public static LocalDate hungKingsDay(int year) {
    return solarOf(year, 3, 10, false);
  }

  public static LunarDate lunarOf(LocalDate date) {
    checkYear(date.getYear());
    long day = julianDay(date);
    List<Month> months = monthsBeforeMonth11(date.getYear());
    if (day >= months.get(months.size() - 1).nextFirstDay()) {
      // On or after the month 11 that begins in November or December of this year.
      months = monthsBeforeMonth11(date.getYear() + 1);
    }
    for (Month month : months) {
      if (day < month.nextFirstDay()) {
        return new LunarDate(month.year(), month.number(), (int) (day - month.firstDay()) + 1, month.leap());
      }
    }
    throw new IllegalStateException("No lunar month contains " + date);
  }

  public static LocalDate solarOf(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
    // Lunar year 1899 ends in January 1900, inside the supported range of solar dates.
    checkYear(lunarYear == FIRST_YEAR - 1 ? FIRST_YEAR : lunarYear);
    if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
      throw new IllegalArgumentException("Ngày âm lịch không hợp lệ: " + lunarDay + "/" + lunarMonth + "/" + lunarYear);
    }
    // Months 11 and 12 (leap or not) come before the month 11 that begins in the next solar year.
    int solarYear = lunarMonth >= 11 ? lunarYear + 1 : lunarYear;
    for (Month month : monthsBeforeMonth11(solarYear)) {
      if (month.year() == lunarYear && month.number() == lunarMonth && month.leap() == leapMonth) {
        long length = month.nextFirstDay() - month.firstDay();
        if (lunarDay > length) {
          throw new IllegalArgumentException(
              "Tháng " + lunarMonth + (leapMonth ? " nhuận" : "") + " năm âm lịch " + lunarYear + " chỉ có " + length + " ngày.");
        }
        LocalDate date = LocalDate.ofEpochDay(month.firstDay() + lunarDay - 1 - EPOCH_DAY_ZERO);
        checkYear(date.getYear());
        return date;
      }
    }
    throw new IllegalArgumentException("Năm âm lịch " + lunarYear + " không có tháng " + lunarMonth + " nhuận.");
  }

  private static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "Âm lịch chỉ được tính cho các năm " + FIRST_YEAR + "–" + LAST_YEAR + ", không phải " + year + ".");
    }
  }

  /**
   * The 12 or 13 months from the month 11 that begins late in {@code solarYear - 1} up to (not
   * including) the month 11 that begins late in {@code solarYear}.
   */
  private static List<Month> monthsBeforeMonth11(int solarYear) {
    return MONTHS.computeIfAbsent(solarYear, VietnameseLunarCalendar::computeMonths);
  }

  private static List<Month> computeMonths(int solarYear) {
    long first = month11Lunation(solarYear - 1);
    long end = month11Lunation(solarYear);
    // 13 lunations between two months 11: the year has a leap month.
    boolean hasLeapMonth = end - first == 13;
    List<Month> months = new ArrayList<>(13);
    int year = solarYear - 1;
    int number = 11;
    boolean leapFound = false;
    for (long k = first; k < end; k++) {
      long firstDay = newMoonDay(k);
      long nextFirstDay = newMoonDay(k + 1);
      boolean leap = false;
      if (k > first) {
        // No major term in the month: the sun stays in the same 30° sector from start to end.
        leap = hasLeapMonth && !leapFound && sunSector(firstDay) == sunSector(nextFirstDay);
        if (leap) {
          leapFound = true;
        } else if (++number > 12) {
          number = 1;
          year = solarYear;
        }
      }
      months.add(new Month(year, number, leap, firstDay, nextFirstDay));
    }
    if (hasLeapMonth != leapFound) {
      throw new IllegalStateException("No leap month found before month 11 of " + solarYear);
    }
    return List.copyOf(months);
  }

  /** The lunation (numbered from the new moon of 1/1/1900) that starts month 11 of the given year. */
  private static long month11Lunation(int solarYear) {
    long december31 = julianDay(LocalDate.of(solarYear, 12, 31));
    long k = (long) Math.floor((december31 - LUNATION_ZERO) / SYNODIC_MONTH);
    // The last new moon of the year begins month 11 unless the solstice (270°) is already past,
    // in which case the solstice fell in the month before.
    return sunSector(newMoonDay(k)) >= 9 ? k - 1 : k;
  }

  /** The Julian day number of the local (UTC+7) day of new moon number k. */
  private static long newMoonDay(long k) {
    return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE_DAYS);
  }

  /**
   * The Julian day (UT) of the true new moon number k: the mean lunation plus the main periodic
   * terms (Meeus, Astronomical Algorithms, 1st ed.), minus ΔT.
   */
  private static double newMoon(long k) {
    double t = k / 1236.85; // Julian centuries since 1900
    double t2 = t * t;
    double t3 = t2 * t;
    double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
    double sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD;
    double moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD;
    double latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD;
    double correction = (0.1734 - 0.000393 * t) * Math.sin(sunAnomaly)
        + 0.0021 * Math.sin(2 * sunAnomaly)
        - 0.4068 * Math.sin(moonAnomaly)
        + 0.0161 * Math.sin(2 * moonAnomaly)
        - 0.0004 * Math.sin(3 * moonAnomaly)
        + 0.0104 * Math.sin(2 * latitude)
        - 0.0051 * Math.sin(sunAnomaly + moonAnomaly)
        - 0.0074 * Math.sin(sunAnomaly - moonAnomaly)
        + 0.0004 * Math.sin(2 * latitude + sunAnomaly)
        - 0.0004 * Math.sin(2 * latitude - sunAnomaly)
        - 0.0006 * Math.sin(2 * latitude + moonAnomaly)
        + 0.0010 * Math.sin(2 * latitude - moonAnomaly)
        + 0.0005 * Math.sin(sunAnomaly + 2 * moonAnomaly);
    // ΔT, the difference between dynamical and universal time, in days.
    double deltaT = t < -11
        ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return mean + correction - deltaT;
  }

  /**
   * Which 30° sector (0–11) of ecliptic longitude the sun is in at the start (00:00 UTC+7) of the
   * day with the given Julian day number; sector 9 begins at the winter solstice (270°).
   */
  private static int sunSector(long julianDayNumber) {
    double t = (julianDayNumber - 0.5 - TIME_ZONE_DAYS - 2451545.0) / 36525; // centuries since J2000
    double t2 = t * t;
    double anomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
    double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(anomaly)
        + (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly)
        + 0.000290 * Math.sin(3 * anomaly);
    double longitude = (meanLongitude + centre) % 360;
    return (int) ((longitude < 0 ? longitude + 360 : longitude) / 30);
  }

  private static long julianDay(LocalDate date) {
    return date.toEpochDay() + EPOCH_DAY_ZERO;
  }
}
