package vn.tdkt.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.tdkt.calendar.Deadlines;

/**
 * Input an official must correct. A form validation failure to Camunda, so its REST API answers
 * 400 when a form is submitted or a task completed, and Tasklist shows the message; thrown inside
 * the engine command it rolls back everything the command did, so nothing is half started or lost.
 */
public class InvalidInputException extends FormFieldValidationException {

  private final List<String> problems;

  public InvalidInputException(List<String> problems) {
    super("tdkt", String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  /** Collects every problem first, so the official sees them all at once. */
  public static final class Problems {
    private final java.util.ArrayList<String> list = new ArrayList<>();

    public Problems add(String problem) {
      list.add(problem);
      return this;
    }

    public Problems addIf(boolean condition, String problem) {
      return addIf(condition, () -> problem);
    }

    /** A problem whose message can only be written when it holds (it names values then known). */
    public Problems addIf(boolean condition, Supplier<String> problem) {
      if (condition) {
        list.add(problem.get());
      }
      return this;
    }

    /** What a check found: nothing when it answers null. */
    public Problems addFound(String problem) {
      return addIf(problem != null, problem);
    }

    /** A day the official must give that has already come: named when missing, malformed or after today. */
    public Problems requireDayUpToToday(Object day, String missing, String afterToday) {
      LocalDate parsed = Deadlines.parseOrNull(day);
      return addIf(parsed == null, Deadlines.unusable(day, missing))
          .addIf(parsed != null && parsed.isAfter(Deadlines.today()), afterToday);
    }

    /** A text the official must fill in. */
    public Problems requireText(VariableScope scope, String variable, String problem) {
      return addIf(Decisions.isBlank(scope.getVariable(variable)), problem);
    }

    public void throwIfAny() {
      if (!list.isEmpty()) {
        throw new InvalidInputException(list);
      }
    }
  }
}
