package vn.tdkt.dossier;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
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
 * What a dossier must hold, whether first submitted or supplemented: the plan's dossier components
 * (by default the proposal letter, the meeting minutes and one achievement report per proposed
 * nominee), each a real file of an accepted type, and
 * it is accepted only before its deadline when the plan declares that deadline final (checked against
 * the clock, not only by the timer); after any other deadline it is accepted late.
 */
@Component
public class DossierCheck {

  private final long maxBytes;

  public DossierCheck(@Value("${tdkt.upload.max-bytes:20971520}") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The embedded form of submission and supplement (formKey "embedded:deployment:…"). */
  public static final String FORM = "submit-dossier.html";

  private static final String LETTER_NUMBER = "proposalLetterNumber";

  /**
   * What the dossier form of this task may submit: the letter's number and the files of the plan's
   * dossier components for the nominees proposed, nothing else — a file under another name would
   * be stored without the checks the dossier's own files pass.
   */
  public static Predicate<String> submitted(VariableScope task) {
    Set<String> names = slots(task).stream().map(DossierComponent.Slot::variable)
        .collect(Collectors.toCollection(HashSet::new));
    names.add(LETTER_NUMBER);
    return names::contains;
  }

  private static List<DossierComponent.Slot> slots(VariableScope task) {
    return DossierComponent.slots(task, JsonVariables.readList(task, "nominees", Nominee.class));
  }

  /**
   * {@code finalVariable} and {@code refusal}: the deadline's flag and what the unit reads once a
   * final deadline has passed ({@link Deadlines#refuseAfterFinal}).
   */
  void check(DelegateTask task, LocalDate opens, LocalDate deadline, String finalVariable, String refusal) {
    if (opens != null && !Deadlines.hasBegun(opens)) {
      throw new InvalidInputException(List.of("Chưa đến thời gian nhận hồ sơ (từ ngày " + Deadlines.display(opens) + ")."));
    }
    Deadlines.refuseAfterFinal(task, deadline, finalVariable, refusal);
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    Object letterNumber = task.getVariable(LETTER_NUMBER);
    problems.addIf(letterNumber != null && !(letterNumber instanceof String), "Số tờ trình phải là văn bản.")
        .addIf(Decisions.isBlank(letterNumber), "Chưa nhập số tờ trình.");
    for (DossierComponent.Slot slot : slots(task)) {
      file(task, slot.variable(), midSentence(slot.label()), problems);
    }
    problems.throwIfAny();
    // The appraisal's working days run from the day the dossier is complete, not from each return of the appraisal.
    task.getExecution().setVariable("dossierCompletedOn", Deadlines.today().toString());
  }

  /**
   * As the label reads mid-sentence ("Thiếu tờ trình đề nghị khen thưởng (…)"); a label that starts
   * with an abbreviation a plan wrote ("UBND xã xác nhận") keeps it.
   */
  static String midSentence(String label) {
    boolean abbreviation = label.length() > 1 && Character.isUpperCase(label.charAt(1));
    return abbreviation ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
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
