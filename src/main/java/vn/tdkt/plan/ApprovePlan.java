package vn.tdkt.plan;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.ApprovalTask;
import vn.tdkt.common.InvalidInputException;

/**
 * "Phê duyệt kế hoạch": a plan goes back to the board only with the authority's comments, and is
 * approved only with the deadlines the authority was warned of: one that passed while the plan
 * waited would make every unit late at once, without the approver having read so.
 */
@Component("approvePlan")
public class ApprovePlan extends ApprovalTask {

  public ApprovePlan() {
    super("planApproved", "planComments", "Chưa chọn phê duyệt hay trả lại kế hoạch.",
        "Khi trả lại kế hoạch phải ghi ý kiến để cơ quan tham mưu chỉnh sửa.");
  }

  @Override
  protected void completed(DelegateTask task, boolean approved) {
    if (!approved) {
      return;
    }
    // The task is created as the plan is validated: a deadline already past that day was in its warnings.
    LocalDate submitted = Deadlines.dayOf(task.getCreateTime());
    LocalDate registration = Boolean.FALSE.equals(task.getVariable("registrationRequired")) ? null
        : Deadlines.parseOrNull(task.getVariable("registrationDeadline"));
    List<String> passedSince = ValidatePlan.fixedDeadlines(registration, PlanPhases.phases(task)).entrySet().stream()
        .filter(deadline -> deadline.getValue() != null && Deadlines.hasPassed(deadline.getValue())
            && !deadline.getValue().isBefore(submitted))
        .map(deadline -> deadline.getKey() + " (" + Deadlines.display(deadline.getValue()) + ")").toList();
    if (!passedSince.isEmpty()) {
      throw new InvalidInputException(List.of("Từ khi kế hoạch được trình, đã qua: " + String.join(", ", passedSince)
          + ". Phê duyệt bây giờ thì các đơn vị bị tính là quá hạn ngay. Đề nghị trả lại để cơ quan tham mưu sửa"
          + " các hạn."));
    }
  }
}
