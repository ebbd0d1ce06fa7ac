package vn.tdkt.dossier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;

/** "Nộp hồ sơ đề nghị khen thưởng": only a complete dossier, only inside the submission window when the plan makes it final. */
@Component("submitDossier")
public class SubmitDossier implements TaskListener {

  private final DossierCheck check;

  public SubmitDossier(DossierCheck check) {
    this.check = check;
  }

  @Override
  public void notify(DelegateTask task) {
    check.check(task, Deadlines.parse(task.getVariable("submissionOpens")),
        Deadlines.parse(task.getVariable("submissionDeadline")), "submissionFinal",
        "Đã hết hạn nộp hồ sơ (đến hết ngày %s). Hồ sơ không được tiếp nhận.");
  }
}
