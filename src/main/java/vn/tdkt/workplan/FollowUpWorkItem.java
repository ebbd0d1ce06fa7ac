package vn.tdkt.workplan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.InvalidInputException;

/**
 * "Đôn đốc nhiệm vụ quá hạn": the directing unit gives its instruction on an overdue row
 * ({@code followUpInstruction}), which the executing unit reads on its task.
 */
@Component("followUpWorkItem")
public class FollowUpWorkItem implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    new InvalidInputException.Problems()
        .requireText(task, "followUpInstruction", "Chưa nhập ý kiến chỉ đạo, đôn đốc đơn vị thực hiện.")
        .throwIfAny();
  }
}
