package vn.tdkt.registration;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;

/**
 * "Đôn đốc đăng ký thi đua": the board either grants the unit a new registration deadline (the
 * unit gets its registration task back), up to the drive's last day and before the submission
 * deadline, or confirms that the unit did not register.
 */
@Component("followUpRegistration")
public class FollowUpRegistration implements TaskListener {

  private final Deadlines deadlines;

  public FollowUpRegistration(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // Asked again after an extension the unit missed: the last choice and its past day are not preselected.
      task.removeVariable("registrationExtended");
      task.removeVariable("newRegistrationDeadline");
      return;
    }
    Decisions.newDeadlineIfGranted(task, deadlines, "registrationExtended", "newRegistrationDeadline",
        "Hạn đăng ký mới", "Chưa chọn gia hạn đăng ký hay ghi nhận đơn vị không đăng ký.")
        .ifPresent(day -> {
          // As at launch: the registration ends before the drive does, or the unit would be late at every step after.
          LocalDate driveEnd = Deadlines.parseOrNull(task.getVariable("periodEnd"));
          if (driveEnd != null && day.isAfter(driveEnd)) {
            throw new InvalidInputException(List.of("Hạn đăng ký mới (" + Deadlines.display(day) + ") phải trước khi kết"
                + " thúc thời gian thi đua (" + Deadlines.display(driveEnd) + "). Đợt thi đua đã kết thúc thì ghi nhận đơn vị"
                + " không đăng ký."));
          }
          LocalDate submission = Deadlines.parseOrNull(task.getVariable("submissionDeadline"));
          if (submission != null && !day.isBefore(submission)) {
            throw new InvalidInputException(List.of("Hạn đăng ký mới (" + Deadlines.display(day) + ") phải trước hạn nộp"
                + " hồ sơ (" + Deadlines.display(submission) + "), để đơn vị còn họp xét và nộp hồ sơ."));
          }
          task.getExecution().setVariable("registrationDeadline", day.toString());
          task.getExecution().removeVariable("unitStatus");
        });
  }
}
