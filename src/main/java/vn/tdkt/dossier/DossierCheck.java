package vn.tdkt.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.selection.Nominee;

/**
 * What a dossier must hold, whether first submitted or supplemented: the proposal letter, the
 * meeting minutes and one achievement report per proposed nominee, each a real document of an
 * accepted kind ({@link DossierFile}), and
 * it is accepted only before its deadline (checked against the clock, not only by the timer).
 */
@Component
public class DossierCheck {

  private final long maxBytes;

  public DossierCheck(@Value("${tdkt.upload.max-bytes:20971520}") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The embedded form of submission and supplement (formKey "embedded:deployment:…"). */
  public static final String FORM = "submit-dossier.html";

  private static final String REPORT_PREFIX = "achievementReport_";

  public static String reportVariable(Nominee nominee) {
    return REPORT_PREFIX + nominee.id();
  }

  /** What the dossier form submits: the letter's number, the letter, the minutes, the reports. */
  public static boolean isSubmitted(String variable) {
    return variable.equals("proposalLetterNumber") || variable.equals("proposalLetterFile")
        || variable.equals("meetingMinutesFile") || variable.startsWith(REPORT_PREFIX);
  }

  void check(DelegateTask task, LocalDate opens, LocalDate deadline) {
    if (opens != null && !Deadlines.hasBegun(opens)) {
      throw new InvalidInputException(List.of("Chưa đến thời gian nhận hồ sơ (từ ngày " + Deadlines.display(opens) + ")."));
    }
    if (Deadlines.hasPassed(deadline)) {
      throw new InvalidInputException(List.of("Đã hết hạn nộp hồ sơ (đến hết ngày " + Deadlines.display(deadline)
          + "). Hồ sơ không được tiếp nhận."));
    }
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    problems.addIf(Decisions.isBlank(task.getVariable("proposalLetterNumber")), "Chưa nhập số tờ trình.");
    file(task, "proposalLetterFile", "tờ trình đề nghị khen thưởng", problems);
    file(task, "meetingMinutesFile", "biên bản họp xét", problems);
    for (Nominee n : JsonVariables.readList(task, "nominees", Nominee.class)) {
      if (n.proposed()) {
        file(task, reportVariable(n), "báo cáo thành tích của " + n.name(), problems);
      }
    }
    problems.throwIfAny();
  }

  private void file(DelegateTask task, String variable, String label, InvalidInputException.Problems problems) {
    FileValue value = task.getVariableTyped(variable) instanceof FileValue f ? f : null;
    Optional<String> problem = DossierFile.problem(value, label, maxBytes);
    problem.ifPresent(problems::add);
    if (problem.isEmpty()) {
      keepDownloadable(task, variable, value);
    }
  }

  /**
   * Stores the file under a name any browser can download and with the content type of its
   * checked kind: the type the browser claimed (say text/html) would be served back as is.
   */
  private static void keepDownloadable(DelegateTask task, String variable, FileValue file) {
    String name = DossierFile.downloadableName(file.getFilename());
    String mimeType = DossierFile.mimeType(name);
    if (!name.equals(file.getFilename()) || !mimeType.equals(file.getMimeType())) {
      task.setVariable(variable, Variables.fileValue(name).file(file.getValue()).mimeType(mimeType).create());
    }
  }
}
