package vn.tdkt.common;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A notice the unit confirms it has read by ticking one box, on completion. Tasklist will not send
 * the form without the tick; a completion without it (over REST) would close the notice as read by
 * nobody.
 */
public abstract class AcknowledgementTask implements TaskListener {

  private final String tick;
  private final String problem;

  protected AcknowledgementTask(String tick, String problem) {
    this.tick = tick;
    this.problem = problem;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(tick))) {
      throw new InvalidInputException(List.of(problem));
    }
  }
}
