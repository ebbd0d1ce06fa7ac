package vn.tdkt.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
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
    newDeadlineProblem(task, deadlines, day, dayLabel).ifPresent(problem -> {
      throw new InvalidInputException(List.of(problem));
    });
    return Optional.of(day);
  }

  /**
   * Why a deadline an official sets on a unit's work cannot be {@code day}: none, already past, after
   * the plan's (or phase's) proposal deadline while that has not passed (the unit's work would miss
   * the proposal), or a day off; empty when it can.
   */
  public static Optional<String> newDeadlineProblem(VariableScope scope, Deadlines deadlines, LocalDate day, String dayLabel) {
    if (day == null || Deadlines.hasPassed(day)) {
      return Optional.of(dayLabel + " phải là một ngày từ hôm nay trở đi.");
    }
    LocalDate proposal = Deadlines.parseOrNull(scope.getVariable("proposalDeadline"));
    if (proposal != null && !Deadlines.hasPassed(proposal) && day.isAfter(proposal)) {
      return Optional.of(dayLabel + " (" + Deadlines.display(day) + ") không được sau hạn trình cấp quyết định khen thưởng ("
          + Deadlines.display(proposal) + "): đơn vị làm xong thì đã quá hạn đưa vào tờ trình. Chọn ngày không muộn hơn "
          + Deadlines.display(proposal) + ".");
    }
    return Optional.ofNullable(deadlines.dayOffProblem(day, dayLabel));
  }

  public static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
