package vn.tdkt.common;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * An approve-or-return task (phê duyệt, duyệt, ký, quyết định, nghiệm thu), listening to its
 * creation and completion. Each round starts blank: Tasklist fills a form from the variables of
 * the same names, so a draft sent back for approval again would open with the last "trả lại" and
 * its reason already filled in, one click from returning the new draft for the old reason (the
 * history keeps every round's). On completion the choice must be made, and a return must say why
 * so the person it goes back to knows what to change.
 */
public abstract class ApprovalTask implements TaskListener {

  private final String choice;
  private final String comments;
  private final String missingChoice;
  private final String missingComments;

  protected ApprovalTask(String choice, String comments, String missingChoice, String missingComments) {
    this.choice = choice;
    this.comments = comments;
    this.missingChoice = missingChoice;
    this.missingComments = missingComments;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.removeVariable(choice);
      task.removeVariable(comments);
      created(task);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      completed(task, approved(task));
    }
  }

  /** What else the task needs when it is created. */
  protected void created(DelegateTask task) {}

  /** What else is checked once the choice is made. */
  protected void completed(DelegateTask task, boolean approved) {}

  private boolean approved(DelegateTask task) {
    if (!(task.getVariable(choice) instanceof Boolean approved)) {
      throw new InvalidInputException(List.of(missingChoice));
    }
    if (!approved && Decisions.isBlank(task.getVariable(comments))) {
      throw new InvalidInputException(List.of(missingComments));
    }
    return approved;
  }
}
