package vn.tdkt.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.tdkt.calendar.Deadlines;

/**
 * The approve-or-return choice every approval task has: the choice must be made, and a return
 * must say why, so the person it goes back to knows what to change.
 */
public final class Decisions {

  private Decisions() {}

  /** Returns the choice; throws when it is missing or a return has no comment. */
  public static boolean approvedOrReturnedWithComments(DelegateTask task, String choiceVariable,
      String commentsVariable, String missingChoiceMessage, String missingCommentsMessage) {
    Object choice = task.getVariable(choiceVariable);
    if (!(choice instanceof Boolean approved)) {
      throw new InvalidInputException(List.of(missingChoiceMessage));
    }
    Object comments = task.getVariable(commentsVariable);
    if (!approved && (comments == null || comments.toString().isBlank())) {
      throw new InvalidInputException(List.of(missingCommentsMessage));
    }
    return approved;
  }

  /**
   * For a "grant a new deadline or close" choice: the new day when granted, empty when closed.
   * A granted day must not have passed already.
   */
  public static Optional<LocalDate> newDeadlineIfGranted(DelegateTask task, String choiceVariable,
      String dayVariable, String missingChoiceMessage, String badDayMessage) {
    if (!(task.getVariable(choiceVariable) instanceof Boolean granted)) {
      throw new InvalidInputException(List.of(missingChoiceMessage));
    }
    if (!granted) {
      return Optional.empty();
    }
    LocalDate day = Deadlines.parseOrNull(task.getVariable(dayVariable));
    if (day == null || Deadlines.hasPassed(day)) {
      throw new InvalidInputException(List.of(badDayMessage));
    }
    return Optional.of(day);
  }

  public static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
