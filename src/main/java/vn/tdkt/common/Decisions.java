package vn.tdkt.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.tdkt.calendar.Deadlines;

/** Choices officials make on a task, checked the same way wherever they are made. */
public final class Decisions {

  private Decisions() {}

  /**
   * For a "grant a new deadline or close" choice: the new day when granted, empty when closed.
   * A granted day must not have passed already, and must be a working day.
   */
  public static Optional<LocalDate> newDeadlineIfGranted(DelegateTask task, Deadlines deadlines, String choiceVariable,
      String dayVariable, String dayLabel, String missingChoiceMessage) {
    if (!(task.getVariable(choiceVariable) instanceof Boolean granted)) {
      throw new InvalidInputException(List.of(missingChoiceMessage));
    }
    if (!granted) {
      return Optional.empty();
    }
    LocalDate day = Deadlines.parseOrNull(task.getVariable(dayVariable));
    if (day == null || Deadlines.hasPassed(day)) {
      throw new InvalidInputException(List.of(dayLabel + " phải là một ngày từ hôm nay trở đi."));
    }
    String dayOff = deadlines.dayOffProblem(day, dayLabel);
    if (dayOff != null) {
      throw new InvalidInputException(List.of(dayOff));
    }
    return Optional.of(day);
  }

  public static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
