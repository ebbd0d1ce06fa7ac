package vn.tdkt.calendar;

/**
 * A day of the Vietnamese lunar calendar (âm lịch). {@code year} is the lunar year, which begins
 * at Tết: the last days of January are often still in the previous lunar year. A leap month
 * (tháng nhuận) repeats the number of the month before it.
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

  /** As written in Vietnamese: "10/3/2024 ÂL", "1/6 nhuận/2025 ÂL". */
  @Override
  public String toString() {
    return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " ÂL";
  }
}
