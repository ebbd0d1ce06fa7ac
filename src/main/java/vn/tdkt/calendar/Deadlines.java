package vn.tdkt.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;

/**
 * Plan dates are calendar days in Asia/Ho_Chi_Minh whatever the server's zone: a deadline D
 * means "đến hết ngày D" (until 23:59:59.999 local), an opening day means 00:00 local. Used by BPMN timers
 * and due dates as the bean {@code deadlines}.
 */
@Component("deadlines")
public class Deadlines {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
  /** ISO date and time, with or without an offset written +07:00, +0700 or Z (Camunda's REST writes +0700). */
  private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd().optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter();

  private final int reminderDays;
  private final VietnameseBusinessCalendar calendar;

  public Deadlines(@Value("${tdkt.reminder-days:2}") int reminderDays, VietnameseBusinessCalendar calendar) {
    this.reminderDays = reminderDays;
    this.calendar = calendar;
  }

  /** The end of day D, local time: the moment a deadline D has passed. */
  public Date endOfDay(Object day) {
    return Date.from(lastMoment(parse(day)));
  }

  /**
   * The last millisecond of {@code day} in Vietnam (23:59:59.999), not 00:00 of the next day:
   * Tasklist shows a task's due date as it is, and "01/11 00:00" reads as a day more than "hết ngày 31/10".
   */
  public static Instant lastMoment(LocalDate day) {
    return day.plusDays(1).atStartOfDay(VIETNAM).toInstant().minusMillis(1);
  }

  public Date startOfDay(Object day) {
    return Date.from(parse(day).atStartOfDay(VIETNAM).toInstant());
  }

  /**
   * When the responsible group is reminded of a deadline: at the start of the last
   * {@code tdkt.reminder-days} working days up to and including day D ("còn 2 ngày làm việc").
   */
  public Date reminderBefore(Object day) {
    LocalDate reminder = parse(day);
    for (int left = calendar.isWorkingDay(reminder) ? reminderDays - 1 : reminderDays; left > 0; left--) {
      reminder = calendar.plusWorkingDays(reminder, -1);
    }
    return Date.from(reminder.atStartOfDay(VIETNAM).toInstant());
  }

  /** The follow-up date of a task due after {@code n} working days: the reminder before that day. */
  public Date reminderBeforeWorkingDays(Object n) {
    return reminderBefore(workingDaysFromToday(n));
  }

  /**
   * A deadline a plan may fix ("đến hết ngày D", e.g. seed 004's proposal, "đề nghị Ban Thường vụ
   * … cho ý kiến xong trước 20/4/2025"); without one, the end of the {@code n}-th working day from today.
   */
  public Date fixedOrWorkingDays(Object day, Object n) {
    return Decisions.isBlank(day) ? Date.from(calendar.deadlineEnd(workingDaysFromToday(n))) : endOfDay(day);
  }

  /**
   * The end of the {@code n}-th working day after {@code day} (today when there is none): a time
   * that runs from an event, such as the appraisal's from the day the dossier was complete, and
   * does not start again when the task it bounds is created again.
   */
  public Date workingDaysAfter(Object day, Object n) {
    return Date.from(calendar.deadlineEnd(workingDaysAfterDay(day, n)));
  }

  /**
   * A due date for work the plan's proposal waits for (the board's appraisal and its approval):
   * {@code due}, or the end of the proposal deadline when that comes first, so the task does not
   * show a day after the proposal it feeds (seed 004: "… cho ý kiến xong trước 20/4/2025"). The
   * cap holds when the proposal deadline had not passed on {@code countedFrom} (the day the time
   * runs from, today when none): an appraisal returned after that day stays overdue, as its time does
   * not start again. Without a proposal deadline, {@code due}.
   */
  public Date beforeProposal(Date due, Object proposalDeadline, Object countedFrom) {
    LocalDate proposal = parseOrNull(proposalDeadline);
    LocalDate from = Decisions.isBlank(countedFrom) ? countingDay() : parse(countedFrom);
    if (proposal == null || proposal.isBefore(from)) {
      return due;
    }
    Date end = endOfDay(proposal);
    return due.after(end) ? end : due;
  }

  /** The follow-up date that goes with {@link #beforeProposal}. */
  public Date reminderBeforeProposal(Date due, Object proposalDeadline, Object countedFrom) {
    return reminderBefore(lastDayBefore(beforeProposal(due, proposalDeadline, countedFrom)));
  }

  /** The follow-up date that goes with {@link #workingDaysAfter}. */
  public Date reminderBeforeWorkingDaysAfter(Object day, Object n) {
    return reminderBefore(workingDaysAfterDay(day, n));
  }

  private LocalDate workingDaysAfterDay(Object day, Object n) {
    return calendar.plusWorkingDays(Decisions.isBlank(day) ? countingDay() : parse(day), Integer.parseInt(n.toString()));
  }

  /** The follow-up date that goes with {@link #fixedOrWorkingDays}. */
  public Date reminderBeforeFixedOrWorkingDays(Object day, Object n) {
    return reminderBefore(Decisions.isBlank(day) ? workingDaysFromToday(n) : day);
  }

  private LocalDate workingDaysFromToday(Object n) {
    return calendar.plusWorkingDays(countingDay(), Integer.parseInt(n.toString()));
  }

  /**
   * Why a deadline an official sets on {@code day} is refused, or null: a day off would end it, by
   * Civil Code Art. 148, only at the end of the next working day, which the unit would not see.
   */
  public String dayOffProblem(LocalDate day, String what) {
    return calendar.isWorkingDay(day) ? null : what + " (" + display(day) + ") là ngày nghỉ (thứ Bảy, Chủ nhật, ngày lễ, "
        + "Tết hoặc ngày nghỉ theo lịch chính thức). Đề nghị chọn ngày làm việc, ví dụ ngày làm việc kế tiếp là "
        + display(calendar.nextWorkingDay(day)) + ".";
  }

  /**
   * The day a count of working days starts from at {@code instant}: its day in Vietnam, or the next
   * one at a deadline's last moment (23:59:59.999), when the deadline's timer starts the count.
   */
  public static LocalDate countingDay(Date instant) {
    return ZonedDateTime.ofInstant(instant.toInstant().plusMillis(1), VIETNAM).toLocalDate();
  }

  static LocalDate countingDay() {
    return countingDay(ClockUtil.getCurrentTime());
  }

  /** Today in Vietnam by the engine clock, so tests that move the clock see the same day. */
  public static LocalDate today() {
    return dayOf(ClockUtil.getCurrentTime());
  }

  /** The day an instant falls on in Vietnam. */
  public static LocalDate dayOf(Date instant) {
    return ZonedDateTime.ofInstant(instant.toInstant(), VIETNAM).toLocalDate();
  }

  /** Whether deadline D has passed: from its last moment on, when its timers fire, not a millisecond later. */
  public static boolean hasPassed(LocalDate deadline) {
    return !ClockUtil.getCurrentTime().toInstant().isBefore(lastMoment(deadline));
  }

  /**
   * Refuses work done after a final deadline whose timer job has not run yet (the job executor
   * takes a while when many units' deadlines fall at once). {@code finalVariable} names the plan's
   * flag ({@code registrationFinal}…); absent, as in drives launched before the flag, it counts as
   * final. {@code refusal} is what the unit reads, {@code %s} the day.
   */
  public static void refuseAfterFinal(VariableScope scope, LocalDate deadline, String finalVariable, String refusal) {
    if (deadline != null && !Boolean.FALSE.equals(scope.getVariable(finalVariable)) && hasPassed(deadline)) {
      throw new InvalidInputException(List.of(refusal.formatted(display(deadline))));
    }
  }

  public static boolean hasBegun(LocalDate opening) {
    return !ClockUtil.getCurrentTime().toInstant().isBefore(opening.atStartOfDay(VIETNAM).toInstant());
  }

  /** The day a deadline ending at {@code deadline} is on (23:59:59.999 of it, or 00:00 of the next day in instances started before 24/11/2026). */
  public static LocalDate lastDayBefore(Date deadline) {
    return ZonedDateTime.ofInstant(deadline.toInstant().minusNanos(1), VIETNAM).toLocalDate();
  }

  /** A day as Vietnamese officials write it: dd/MM/yyyy. */
  public static String display(LocalDate day) {
    return day.format(DAY);
  }

  public static LocalDate parse(Object day) {
    LocalDate date = parseOrNull(day);
    if (date == null) {
      throw new InvalidInputException(List.of(unusable(day, "Thiếu ngày.")));
    }
    return date;
  }

  /**
   * Why a date field gave no day: not entered (the caller's words), written otherwise than YYYY-MM-DD, or
   * in a year the calendar does not reckon ({@link #asWritten}).
   */
  public static String unusable(Object day, String missing) {
    if (day == null || day.toString().isBlank()) {
      return missing;
    }
    String text = day.toString();
    boolean yearNotReckoned = ISO_DAY.matcher(text).matches() && !reckoned(Integer.parseInt(text.substring(0, 4)));
    return "Ngày không hợp lệ: " + asWritten(day) + (yearNotReckoned
        ? " (chỉ nhận ngày trong các năm " + VietnameseLunarCalendar.FIRST_YEAR + "–" + VietnameseLunarCalendar.LAST_YEAR + ")."
        : " (cần dạng YYYY-MM-DD).");
  }

  /** A day as the official wrote it, dd/MM/yyyy when it came as YYYY-MM-DD (a slip of the year, 16/10/2205, reads as typed). */
  public static String asWritten(Object day) {
    String text = day.toString();
    return ISO_DAY.matcher(text).matches()
        ? text.substring(8, 10) + "/" + text.substring(5, 7) + "/" + text.substring(0, 4) : text;
  }

  private static boolean reckoned(int year) {
    return year >= VietnameseLunarCalendar.FIRST_YEAR && year <= VietnameseLunarCalendar.LAST_YEAR;
  }

  /**
   * Parses an optional date; null when absent, malformed, or in a year whose holidays the calendar cannot
   * reckon (a slip such as 2205 or 0024, which no deadline of a plan holds), for validators that list every problem.
   */
  public static LocalDate parseOrNull(Object day) {
    if (day == null || day.toString().isBlank()) {
      return null;
    }
    String text = day.toString();
    // Forms send YYYY-MM-DD; anything else after the day is not a day, unless it is a timestamp.
    if (text.length() > 10 && text.charAt(10) != 'T') {
      return null;
    }
    try {
      LocalDate date = text.length() > 10 ? dayOf(text) : LocalDate.parse(text);
      return reckoned(date.getYear()) ? date : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A timestamp's day in Vietnam: 2025-10-15T17:00:00Z, as a browser's toISOString() writes 16/10/2025, is that day. */
  private static LocalDate dayOf(String timestamp) {
    TemporalAccessor parsed = TIMESTAMP.parseBest(timestamp, OffsetDateTime::from, LocalDateTime::from);
    return parsed instanceof OffsetDateTime instant ? instant.atZoneSameInstant(VIETNAM).toLocalDate()
        : ((LocalDateTime) parsed).toLocalDate();
  }
}
