package vn.tdkt.benchmark;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import vn.tdkt.calendar.Deadlines;

/**
 * The people and the clock of a benchmark drive: each open task is completed through the Java API
 * by a member of its candidate groups (so the engine checks authorizations as it does for
 * officials over REST), and time moves on the engine clock, due jobs executed as the job
 * executor would. Counts what it completes. With several officials working at once, a task whose
 * completion collides with another's on the same plan (the multi-instance counters, the plan's
 * results) is tried again, as an official would after the error. Due jobs run one by one in the
 * drive's thread, or in several threads as the job executor's would ({@code --job-threads}).
 */
final class Officials implements AutoCloseable {

  private static final int ATTEMPTS = 50;
  /** The longest pause, in milliseconds, between two looks for due jobs while the job executor runs them. */
  private static final long MAX_WATCH = 64;

  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final HistoryService history;
  private final JobExecutor executor;
  /** The threads of the starter's job executor, watched before the database is; null when it has none of these. */
  private final ThreadPoolTaskExecutor executorThreads;
  private final ExecutorService people;
  /** The threads running due jobs, or null: one by one in the drive's thread. */
  private final ExecutorService jobRunners;
  private final AtomicLong completed = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong jobs = new AtomicLong();
  /** Per step (task key, or "jobs"): tasks completed and nanoseconds spent, in the order first met. */
  private final Map<String, long[]> steps = new LinkedHashMap<>();

  /** {@code working} officials complete tasks at the same time; {@code jobThreads} threads run the due jobs. */
  Officials(ProcessEngine engine, int working, int jobThreads) {
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
    this.history = engine.getHistoryService();
    this.executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    this.executorThreads = executor instanceof SpringJobExecutor spring
        && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor threads ? threads : null;
    this.people = pool(working, "official");
    this.jobRunners = jobThreads > 1 ? pool(jobThreads, "job") : null;
  }

  private static ExecutorService pool(int threads, String name) {
    return Executors.newFixedThreadPool(threads, work -> {
      Thread thread = new Thread(work, name);
      thread.setDaemon(true);
      return thread;
    });
  }

  long completed() {
    return completed.get();
  }

  long retries() {
    return retries.get();
  }

  long jobs() {
    return jobs.get();
  }

  /** What each step took, in the order the drive took them: step, tasks (or jobs), nanoseconds. */
  Map<String, long[]> steps() {
    return steps;
  }

  /** Moves the engine clock to a Vietnamese local time and executes every job then due. */
  void at(LocalDateTime vietnamTime) {
    ClockUtil.setCurrentTime(Date.from(vietnamTime.atZone(Deadlines.VIETNAM).toInstant()));
    runDueJobs("jobs");
  }

  /**
   * Executes every job due now, counted as the step {@code step}: one by one in this thread; in the
   * job threads, a process instance's jobs one after another in one thread, as the job executor
   * runs the exclusive jobs of an instance (a collision with another instance's job is tried
   * again, as the executor would); or, when the application runs its job executor, by the
   * executor, woken at once (as a new job would wake it) and watched until no due job is left.
   * The watching looks less often the longer it waits, and counts the due jobs in the database only
   * while the executor's threads are idle: the count reads every job (national run: 20 ms, 13 s of
   * PostgreSQL's time in 656 looks), which added to the executor's cost what the executor does not
   * pay (a failed job stays unexecutable once its retries are used or delayed, so failures are
   * looked for once, at the end).
   */
  void runDueJobs(String step) {
    long start = System.nanoTime();
    long before = jobs.get();
    if (executor != null && executor.isActive()) {
      long succeeded = history.createHistoricJobLogQuery().successLog().count();
      executor.jobWasAdded();
      for (long wait = 1; executorBusy() || management.createJobQuery().executable().count() > 0;
          wait = Math.min(2 * wait, MAX_WATCH)) {
        sleep(wait);
      }
      if (management.createJobQuery().withException().count() > 0) {
        throw new IllegalStateException("A job failed: " + management.createJobQuery().withException().list());
      }
      jobs.addAndGet(history.createHistoricJobLogQuery().successLog().count() - succeeded);
    } else {
      List<Job> due = management.createJobQuery().executable().listPage(0, 500);
      while (!due.isEmpty()) {
        if (jobRunners == null) {
          due.forEach(this::execute);
        } else {
          Collection<List<Job>> byInstance = due.stream().collect(Collectors.groupingBy(
              job -> Objects.requireNonNullElse(job.getProcessInstanceId(), job.getId()), LinkedHashMap::new,
              Collectors.toList())).values();
          await(byInstance.stream().<Future<?>>map(instance -> jobRunners.submit(() -> instance.forEach(this::execute)))
              .toList(), "Running the jobs due at " + ClockUtil.getCurrentTime());
        }
        due = management.createJobQuery().executable().listPage(0, 500);
      }
    }
    count(step, jobs.get() - before, start);
  }

  /** Whether the executor's threads are running or holding jobs it acquired. */
  private boolean executorBusy() {
    return executorThreads != null
        && (executorThreads.getActiveCount() > 0 || !executorThreads.getThreadPoolExecutor().getQueue().isEmpty());
  }

  private void execute(Job job) {
    retrying(() -> management.executeJob(job.getId()));
    jobs.incrementAndGet();
  }

  private synchronized void count(String step, long done, long since) {
    long[] totals = steps.computeIfAbsent(step, s -> new long[2]);
    totals[0] += done;
    totals[1] += System.nanoTime() - since;
  }

  /** Completes every open task {@code taskKey} of the instances whose business key starts with the prefix. */
  void completeAll(String businessKeyPrefix, String taskKey, Function<Task, Map<String, Object>> form) {
    long start = System.nanoTime();
    List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyLike(businessKeyPrefix + "%")
        .taskDefinitionKey(taskKey).list();
    if (open.isEmpty()) {
      throw new IllegalStateException("No open task " + taskKey + " for " + businessKeyPrefix);
    }
    await(open.stream().<Future<?>>map(task -> people.submit(() -> complete(task, form.apply(task)))).toList(),
        "Completing " + taskKey);
    count(taskKey, open.size(), start);
  }

  private static void await(List<Future<?>> work, String what) {
    try {
      for (Future<?> each : work) {
        each.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed", e.getCause());
    }
  }

  private void complete(Task task, Map<String, Object> variables) {
    identity.setAuthentication("official", candidateGroups(task));
    try {
      retrying(() -> tasks.complete(task.getId(), variables));
      completed.incrementAndGet();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs the work, and again after a collision with other work at the same time (counted). */
  private void retrying(Runnable work) {
    for (int attempt = 1; ; attempt++) {
      try {
        work.run();
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        retries.incrementAndGet();
        pause(attempt);
      }
    }
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
  }

  @Override
  public void close() {
    people.shutdown();
    if (jobRunners != null) {
      jobRunners.shutdown();
    }
  }

  /** Waits a little longer after each collision, at random, so colliding officials spread out. */
  private static void pause(int attempt) {
    sleep(ThreadLocalRandom.current().nextLong(1, 1 + Math.min(200, 10L * attempt)));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
