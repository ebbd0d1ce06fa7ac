package vn.tdkt.benchmark;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import vn.tdkt.calendar.Deadlines;

/**
 * The people and the clock of a benchmark drive: each open task is completed through the Java API
 * by a member of its candidate groups (so the engine checks authorizations as it does for
 * officials over REST), and time moves on the engine clock, due jobs executed as the job
 * executor would. Counts what it completes.
 */
final class Officials {

  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private long completed;
  private long jobs;

  Officials(ProcessEngine engine) {
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
  }

  long completed() {
    return completed;
  }

  long jobs() {
    return jobs;
  }

  /** Moves the engine clock to a Vietnamese local time and executes every job then due. */
  void at(LocalDateTime vietnamTime) {
    ClockUtil.setCurrentTime(Date.from(vietnamTime.atZone(Deadlines.VIETNAM).toInstant()));
    List<Job> due = management.createJobQuery().executable().listPage(0, 500);
    while (!due.isEmpty()) {
      for (Job job : due) {
        management.executeJob(job.getId());
        jobs++;
      }
      due = management.createJobQuery().executable().listPage(0, 500);
    }
  }

  /** Completes every open task {@code taskKey} of the instances whose business key starts with the prefix. */
  void completeAll(String businessKeyPrefix, String taskKey, Function<Task, Map<String, Object>> form) {
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyLike(businessKeyPrefix + "%")
        .taskDefinitionKey(taskKey).list();
    if (open.isEmpty()) {
      throw new IllegalStateException("No open task " + taskKey + " for " + businessKeyPrefix);
    }
    for (Task task : open) {
      Map<String, Object> variables = form.apply(task);
      identity.setAuthentication("official", candidateGroups(task));
      try {
        tasks.complete(task.getId(), variables);
      } finally {
        identity.clearAuthentication();
      }
      completed++;
    }
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }
}
