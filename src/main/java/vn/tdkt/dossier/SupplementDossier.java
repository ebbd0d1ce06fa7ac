package vn.tdkt.dossier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;

/** "Bổ sung hồ sơ": the dossier must be complete again, before the supplement deadline if the plan makes it final. */
@Component("supplementDossier")
public class SupplementDossier implements TaskListener {

  private final DossierCheck check;

  public SupplementDossier(DossierCheck check) {
    this.check = check;
  }

  @Override
  public void notify(DelegateTask task) {
    check.check(task, null, Deadlines.parse(task.getVariable("supplementDeadline")), "supplementFinal",
        "Đã hết hạn bổ sung hồ sơ (đến hết ngày %s). Hồ sơ bổ sung không được tiếp nhận; các đề nghị chưa có kết quả"
            + " thẩm định được ghi là không đạt.");
  }
}
