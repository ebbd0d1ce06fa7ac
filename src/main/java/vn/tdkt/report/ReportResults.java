package vn.tdkt.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.common.InvalidInputException;

/** "Báo cáo kết quả thi đua": the unit's report on the drive cannot be empty. */
@Component("reportResults")
public class ReportResults implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    new InvalidInputException.Problems()
        .requireText(task, "resultsReport", "Chưa nhập báo cáo kết quả thi đua.")
        .throwIfAny();
  }
}
