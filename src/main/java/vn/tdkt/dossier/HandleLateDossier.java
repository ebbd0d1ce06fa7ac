package vn.tdkt.dossier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;

/**
 * "Xử lý hồ sơ chưa nộp đúng hạn": the board reopens submission until a new day, or closes the
 * unit's dossier as late.
 */
@Component("handleLateDossier")
public class HandleLateDossier implements TaskListener {

  private final Deadlines deadlines;

  public HandleLateDossier(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // Asked again after a reopening the unit missed: the last choice and its past day are not preselected.
      task.removeVariable("dossierReopened");
      task.removeVariable("reopenUntil");
      return;
    }
    Decisions.newDeadlineIfGranted(task, deadlines, "dossierReopened", "reopenUntil", "Hạn nộp hồ sơ mới",
        "Chưa chọn mở lại việc nộp hồ sơ hay đóng hồ sơ nộp muộn.")
        .ifPresent(day -> task.getExecution().setVariable("submissionDeadline", day.toString()));
  }
}
