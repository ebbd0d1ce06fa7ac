package vn.tdkt.workplan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.InvalidInputException;

/** "Thực hiện nhiệm vụ": the executing unit reports what it did, for the directing unit to review. */
@Component("carryOutWorkItem")
public class CarryOutWorkItem implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    new InvalidInputException.Problems()
        .requireText(task, "workResult", "Chưa nhập kết quả thực hiện nhiệm vụ.")
        .throwIfAny();
  }
}
