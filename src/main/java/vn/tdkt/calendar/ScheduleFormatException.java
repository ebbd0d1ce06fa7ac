package vn.tdkt.calendar;

import java.util.List;

/** The official schedule file cannot be used; lists every problem found, each with its line. */
public class ScheduleFormatException extends IllegalArgumentException {

  private final List<String> errors;

  public ScheduleFormatException(List<String> errors) {
    super("Lịch nghỉ chính thức không hợp lệ:\n" + String.join("\n", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
