package vn.tdkt.workplan;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.Pages;

/**
 * "Gia hạn nhiệm vụ": the directing unit's follow-up gave the row a new last day
 * ({@code extendedDueDay}), which becomes the row's {@code dueDay}. Every unit's open task on the
 * row (executing, coordinating, signing) takes the new due and reminder dates, leaves the top of
 * its list where the escalation put it, and says why in a comment; the row is looked at again when
 * the new day ends, a look already waiting (the quarter's end, the next 10 working days) moved
 * there too.
 */
@Component("extendWorkItem")
public class ExtendWorkItem implements JavaDelegate {

  /** The tasks due with the row: the same the escalation flags when the row is late. */
  private static final String[] ROW_TASKS = Stream.concat(EscalateWorkItem.EXECUTING_TASKS.stream(),
      EscalateWorkItem.UNITS_TASKS.stream()).toArray(String[]::new);

  /** The timers that look at the row when its last day has passed. */
  private static final List<String> ROW_LOOKS = List.of("workItemOverdue", "waitForWorkItem", "waitForExtendedDeadline");

  private final TaskService tasks;
  private final ManagementService management;
  private final Deadlines deadlines;

  public ExtendWorkItem(TaskService tasks, ManagementService management, Deadlines deadlines) {
    this.tasks = tasks;
    this.management = management;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate day = Deadlines.parse(execution.getVariable(FollowUpWorkItem.EXTENDED_DUE_DAY));
    moveDueDay(execution, day, "Gia hạn: đơn vị chỉ đạo gia hạn nhiệm vụ " + execution.getVariable("rowNumber")
        + " đến hết ngày " + Deadlines.display(day) + ".");
  }

  /**
   * The row's new last day, on its open tasks too, each with the comment that says why. A look at
   * the row already waiting keeps none of the old day: before, a row returned with a new day after
   * the quarter was followed up only at the next 10-working-day look, days after the new one.
   */
  void moveDueDay(DelegateExecution row, LocalDate day, String comment) {
    row.setVariable("dueDay", day.toString());
    Date end = deadlines.endOfDay(day);
    for (String look : ROW_LOOKS) {
      for (Job timer : management.createJobQuery().processInstanceId(row.getProcessInstanceId()).activityId(look)
          .timers().list()) {
        management.setJobDuedate(timer.getId(), end);
      }
    }
    for (Task task : Pages.all(tasks.createTaskQuery().processInstanceId(row.getProcessInstanceId())
        .taskDefinitionKeyIn(ROW_TASKS))) {
      task.setDueDate(end);
      task.setFollowUpDate(deadlines.reminderBefore(day));
      task.setPriority(Task.PRIORITY_NORMAL);
      tasks.saveTask(task);
      tasks.createComment(task.getId(), row.getProcessInstanceId(), comment);
    }
  }

  /**
   * Why the row cannot be given {@code value} as its new last day, named {@code label}: the unit
   * needs time after today, the rest of {@link Decisions#newDeadlineProblem}, and a new day comes
   * after the row's own; null when it can.
   */
  String dayProblem(VariableScope row, Object value, String label) {
    LocalDate day = Deadlines.parseOrNull(value);
    if (day == null) {
      return Deadlines.unusable(value, null);
    }
    if (!day.isAfter(Deadlines.today())) {
      return label + " (" + Deadlines.display(day) + ") phải sau hôm nay: hạn đến hết hôm nay thì đơn vị không còn thời"
          + " gian thực hiện.";
    }
    LocalDate current = Deadlines.parse(row.getVariable("dueDay"));
    return Decisions.newDeadlineProblem(row, deadlines, day, label).orElseGet(() -> day.isAfter(current) ? null
        : label + " (" + Deadlines.display(day) + ") phải sau hạn hiện tại của nhiệm vụ (" + Deadlines.display(current)
            + "); để trống nếu nhiệm vụ giữ hạn cũ.");
  }
}
