package vn.tdkt.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.RemindOpenTask;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.model.ModelDeployer;

/**
 * Shared fixture for scenario tests: the whole application on the test database (H2 or an
 * embedded PostgreSQL, chosen by the system property {@code tdkt.test.database}), the engine
 * clock under the test's control, timers fired and asynchronous steps run by the test, and
 * business-speaking steps for each role. Plan dates follow seed 000.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "tdkt.demo.enabled=true"
})
public abstract class DriveTest {

  /** The demo users' password (tdkt.demo.password), which meets the password policy. */
  protected static final String DEMO_PASSWORD = "ThiDua@2025";
  protected static final String INDIVIDUAL = FormValues.INDIVIDUAL;
  protected static final String COLLECTIVE = FormValues.COLLECTIVE;
  private static EmbeddedPostgres postgres;

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtime;
  @Autowired protected TaskService tasks;
  @Autowired protected HistoryService history;
  @Autowired protected ManagementService management;
  @Autowired protected RepositoryService repository;
  @Autowired protected FormService forms;
  @Autowired protected ModelDeployer deployer;
  @Autowired protected IdentityService identity;
  @Autowired private PlatformTransactionManager transactions;
  @Autowired private AuthorizationService authorizations;
  @LocalServerPort protected int port;

  private final List<String> plans = new ArrayList<>();
  private final List<String> planNumbers = new ArrayList<>();
  /** The official in whose name launches and completions run, see {@link #as}; null: the engine itself. */
  private String actingUser;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    if ("postgres".equals(System.getProperty("tdkt.test.database"))) {
      registry.add("spring.datasource.url", () -> startedPostgres().getJdbcUrl("postgres", "postgres"));
      registry.add("spring.datasource.username", () -> "postgres");
      registry.add("spring.datasource.password", () -> "postgres");
      registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
      // The server stops with the JVM, possibly before the pool: fail fast instead of waiting 30 s.
      registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    } else {
      registry.add("spring.datasource.url", () -> "jdbc:h2:mem:tdkt-test;DB_CLOSE_DELAY=-1");
    }
  }

  private static synchronized EmbeddedPostgres startedPostgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
    }
    return postgres;
  }

  @BeforeEach
  void initAssertionsAndClock() {
    AbstractAssertions.init(engine);
    at(LocalDateTime.of(2024, 9, 20, 9, 0));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---- time ----------------------------------------------------------------------------------

  /** Moves the engine clock to a Vietnamese local time and fires every timer then due. */
  protected void at(LocalDateTime vietnamTime) {
    ClockUtil.setCurrentTime(vn(vietnamTime));
    fireDueTimers();
  }

  protected static Date vn(LocalDateTime vietnamTime) {
    return Date.from(vietnamTime.atZone(Deadlines.VIETNAM).toInstant());
  }

  /** The due date of work "đến hết ngày" that day: its last moment in Vietnam. */
  protected static Date endOf(int year, int month, int day) {
    return Date.from(Deadlines.lastMoment(LocalDate.of(year, month, day)));
  }

  /** One job at a time, earliest first: a deadline that closes a task also removes the task's other timers. */
  private void fireDueTimers() {
    runEach(() -> management.createJobQuery().executable());
  }

  /**
   * Runs at once, as the job executor would, the steps the models mark asynchronous (the start and
   * the end of each unit's line, the end of each notice, a congress's delegates, the work plan's
   * rows, inputs and signatures) in this test's instances; {@link #complete} does it itself, steps
   * taken over HTTP or in the browser call it.
   */
  protected void runAsynchronousContinuations() {
    runEach(() -> management.createJobQuery().messages().executable());
  }

  private void runEach(Supplier<JobQuery> jobs) {
    for (Job job = next(jobs); job != null; job = next(jobs)) {
      management.executeJob(job.getId());
    }
  }

  /** The earliest due job in this test's instances or any process they call, at any depth, or their plans' notices. */
  private Job next(Supplier<JobQuery> jobs) {
    for (String instance : ownRoots()) {
      List<Job> due = jobs.get().rootProcessInstanceId(instance).orderByJobDuedate().asc().listPage(0, 1);
      if (!due.isEmpty()) {
        return due.get(0);
      }
    }
    return null;
  }

  /** This test's instances, and the notices its plans sent their units: instances of their own, keyed after their plan. */
  private List<String> ownRoots() {
    List<String> roots = new ArrayList<>(plans);
    planNumbers.forEach(number -> runtime.createProcessInstanceQuery()
        .processDefinitionKeyIn("unitNotice", "unitLineClosedNotice", "supplementClosedNotice")
        .processInstanceBusinessKeyLike(number + "/%").list().forEach(notice -> roots.add(notice.getId())));
    return roots;
  }

  /**
   * Two officials at once: {@code first} is written but not yet committed while {@code second}
   * is taken on another thread, which must neither wait for the first one's locks (30 s at most)
   * nor fail. Asynchronous steps are left to the caller.
   */
  protected void atOnce(Runnable first, Runnable second) throws Exception {
    whileFirstUncommitted(first, second, other -> other.get(30, TimeUnit.SECONDS), other -> { });
  }

  /**
   * Two at once where the second must wait: {@code first} is written but not yet committed while
   * {@code second} starts on another thread; the second must still be waiting half a second later
   * (for the first one's locks). Returns what the second threw once the first committed, or null.
   */
  protected Throwable secondWaitsForFirst(Runnable first, Runnable second) throws Exception {
    Throwable[] thrown = new Throwable[1];
    whileFirstUncommitted(first, second,
        other -> assertThatThrownBy(() -> other.get(500, TimeUnit.MILLISECONDS)).as("the second waits for the first")
            .isInstanceOf(TimeoutException.class),
        other -> {
          try {
            other.get(30, TimeUnit.SECONDS);
          } catch (ExecutionException e) {
            thrown[0] = e.getCause();
          }
        });
    return thrown[0];
  }

  private interface SecondOfficial {
    void accept(Future<?> second) throws Exception;
  }

  /**
   * {@code first} in a transaction held open while {@code whileOpen} looks at {@code second}, taken
   * on another thread; then {@code afterCommit}, once the first has committed.
   */
  private void whileFirstUncommitted(Runnable first, Runnable second, SecondOfficial whileOpen,
      SecondOfficial afterCommit) throws Exception {
    TransactionTemplate inTransaction = new TransactionTemplate(transactions);
    CountDownLatch firstWritten = new CountDownLatch(1);
    CountDownLatch firstMayCommit = new CountDownLatch(1);
    ExecutorService officials = Executors.newFixedThreadPool(2);
    try {
      Future<?> one = officials.submit(() -> inTransaction.executeWithoutResult(status -> {
        first.run();
        firstWritten.countDown();
        awaitQuietly(firstMayCommit);
      }));
      awaitWritten(firstWritten, one);
      Future<?> other = officials.submit(second);
      try {
        whileOpen.accept(other);
      } finally {
        firstMayCommit.countDown();
      }
      one.get(30, TimeUnit.SECONDS);
      afterCommit.accept(other);
    } finally {
      officials.shutdownNow();
    }
  }

  /** Until the first official has written; its own failure, not a time-out, when it fails before. */
  private static void awaitWritten(CountDownLatch written, Future<?> writer) throws Exception {
    for (int waited = 0; !written.await(100, TimeUnit.MILLISECONDS); waited += 100) {
      if (writer.isDone()) {
        writer.get();
      }
      assertThat(waited).as("milliseconds waited for the first official's change").isLessThan(30_000);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- the plan --------------------------------------------------------------------------------

  /** Seed 000's plan for the given units, with a number no other test uses. */
  protected Map<String, Object> seed000Plan(String... unitCodes) {
    return FormValues.seed000Plan("KH-" + UUID.randomUUID().toString().substring(0, 8) + "/KH-UBND", List.of(unitCodes));
  }

  /** A plan from one of the templates in processes/plans, for the given units, with its own number. */
  protected Map<String, Object> fromTemplate(String templateId, String... unitCodes) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("planTemplate", templateId);
    plan.put("planNumber", "KH-" + UUID.randomUUID().toString().substring(0, 8));
    plan.put("participatingUnits", json(List.of(unitCodes)));
    return plan;
  }

  /** Launches the plan as the REST launch does: straight to approval, without the Tasklist draft step. */
  protected ProcessInstance launch(Map<String, Object> plan) {
    Map<String, Object> variables = new HashMap<>(plan);
    variables.put("submitDirectly", true);
    return ownInstance(inActingUsersName(() -> runtime.startProcessInstanceByKey("emulationPlan", variables)));
  }

  /** Makes an instance of any process this test's own: {@link #at} fires its timers and those of the processes it calls. */
  protected ProcessInstance ownInstance(ProcessInstance instance) {
    plans.add(instance.getId());
    if (instance.getBusinessKey() != null) {
      planNumbers.add(instance.getBusinessKey());
    }
    return instance;
  }

  /** What the board writes in the plan's final report, its last step. */
  protected static Map<String, Object> finalReport() {
    return Map.of("finalReportNumber", "215/BC-SNV", "finalReportDate", Deadlines.today().toString(),
        "finalReportSummary", "Các đơn vị hưởng ứng tích cực; hồ sơ nộp đúng hạn, đúng thành phần.");
  }

  /** Every phase decided and told: the board writes the plan's final report, and the plan ends. */
  protected void finalReportWritten(ProcessInstance plan) {
    assertThat(plan).isWaitingAt("writeFinalReport");
    complete(task(plan, "writeFinalReport"), finalReport());
  }

  /** A phase of a plan of several, with a results report due in it. */
  protected static Map<String, Object> phase(String name, String start, String end, String selectionFrom,
      String reportDeadline, String submissionCloses) {
    return Map.of("name", name, "periodStart", start, "periodEnd", end, "selectionFrom", selectionFrom,
        "reportDeadline", reportDeadline, "submissionCloses", submissionCloses);
  }

  /** Template 001 for the units, with its two phases as the office ran them in 2024 (dossiers by 20/06 and 10/12). */
  protected Map<String, Object> twoPhasesOf001(String... unitCodes) {
    Map<String, Object> plan = fromTemplate("001-van-phong-ubnd-tinh-hai-dot", unitCodes);
    plan.put("phases", json(List.of(
        phase("Đợt 1", "2024-01-01", "2024-06-30", "2024-06-03", "2024-06-07", "2024-06-20"),
        phase("Đợt 2", "2024-07-01", "2024-12-31", "2024-11-25", "2024-11-29", "2024-12-10"))));
    return plan;
  }

  /** The line's council met that day and proposed nobody (7 present); the unit head approved. */
  protected void nobodyProposed(ProcessInstance line, String meetingDay) {
    complete(task(line, "recordSelectionMeeting"), meetingOn(meetingDay, 7, List.of()));
    complete(task(line, "approveSelection"), Map.of("selectionApproved", true));
  }

  /** Launches seed 000 for the units and has the deciding authority approve it. */
  protected ProcessInstance launchedAndApproved(String... unitCodes) {
    return launchedAndApproved(seed000Plan(unitCodes));
  }

  /** As {@link #launchedAndApproved(String...)}, with no deadline declared final: each only escalates when it passes. */
  protected ProcessInstance approvedWithoutFinalDeadlines(String... unitCodes) {
    Map<String, Object> plan = seed000Plan(unitCodes);
    plan.put("finalDeadlines", json(List.of()));
    return launchedAndApproved(plan);
  }

  /** The plan's progress as {@code user} reads it over HTTP ({@code GET /api/progress}), narrowed to a unit if given. */
  protected JsonNode progress(String user, String planNumber, String unitCode) {
    Http.Reply reply = http().call(user, "GET", "/api/progress?plan=" + URLEncoder.encode(planNumber, StandardCharsets.UTF_8)
        + (unitCode == null ? "" : "&unitCode=" + unitCode), null);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.body();
  }

  /** Launches the plan and has the deciding authority approve it. */
  protected ProcessInstance launchedAndApproved(Map<String, Object> planData) {
    ProcessInstance plan = launch(planData);
    complete(task(plan, "approvePlan"), Map.of("planApproved", true));
    return plan;
  }

  protected ProcessInstance unitDrive(ProcessInstance plan, String unitCode) {
    return unitDriveByKey(plan, plan.getBusinessKey() + "/" + unitCode);
  }

  /** A unit's line of work in one phase ("Đợt 2") of a plan of several phases. */
  protected ProcessInstance unitDrive(ProcessInstance plan, String phase, String unitCode) {
    return unitDriveByKey(plan, plan.getBusinessKey() + "/" + phase + "/" + unitCode);
  }

  private ProcessInstance unitDriveByKey(ProcessInstance plan, String businessKey) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(plan.getId())
        .processInstanceBusinessKey(businessKey).singleResult();
  }

  /** Row I.7 of seed 002 (or a cluster's covenant), as the work plan hands it to its process. */
  protected ProcessInstance workItemRow(String unit, List<String> directing, List<String> coordinating, boolean covenant) {
    Map<String, Object> vars = new HashMap<>();
    String planNumber = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
    vars.put("planNumber", planNumber);
    vars.put("planYear", 2025);
    vars.put("rowNumber", "I.7");
    vars.put("quarter", 1);
    vars.put("content", "Ban hành Quyết định về việc tổ chức Cụm, Khối thi đua của tỉnh năm 2025");
    vars.put("dueDay", "2025-03-31");
    vars.put("unitCode", unit);
    vars.put("unitName", unit);
    vars.put("clusterName", covenant ? "Cụm thi đua số 1" : null);
    vars.put("directingUnits", json(directing));
    vars.put("coordinatingUnits", json(coordinating));
    vars.put("covenant", covenant);
    vars.put("coordinationInputs", json(List.of()));
    vars.put("covenantSignatures", json(List.of()));
    return ownInstance(runtime.startProcessInstanceByKey("workItem", planNumber + "/I.7/" + unit, vars));
  }

  // ---- tasks -----------------------------------------------------------------------------------

  protected Task task(ProcessInstance instance, String taskKey) {
    List<Task> found = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
    assertThat(found).as("open task %s", taskKey).hasSize(1);
    return found.get(0);
  }

  protected Task unitTask(ProcessInstance plan, String unitCode, String taskKey) {
    return task(unitDrive(plan, unitCode), taskKey);
  }

  /**
   * The unit's task is reminded at 00:00 of its reminder day, not a second before: it moves up the
   * list and says until when it must be done.
   */
  protected void assertRemindedAt(ProcessInstance plan, String unit, String taskKey, LocalDateTime reminderDay,
      String taskName, String lastDay) {
    at(reminderDay.minusSeconds(1));
    assertThat(unitTask(plan, unit, taskKey).getPriority()).isEqualTo(Task.PRIORITY_NORMAL);
    at(reminderDay);
    Task reminded = unitTask(plan, unit, taskKey);
    assertThat(reminded.getPriority()).isEqualTo(RemindOpenTask.REMINDED_PRIORITY);
    assertThat(tasks.getTaskComments(reminded.getId())).extracting(Comment::getFullMessage)
        .containsExactly("Nhắc hạn: việc \"" + taskName + "\" cần hoàn thành đến hết ngày " + lastDay + ".");
  }

  /**
   * The task's form opens with these fields empty, as Tasklist fills it from the variables: a new
   * round is not one click from repeating the last round's choice and reason.
   */
  protected void assertOpensBlank(Task task, String... fields) {
    Map<String, Object> form = forms.getTaskFormVariables(task.getId(), List.of(fields), true);
    for (String field : fields) {
      assertThat(form.get(field)).as("%s opens without the last round's %s", task.getTaskDefinitionKey(), field).isNull();
    }
  }

  /** The groups a task is offered to: who sees it in Tasklist. */
  protected List<String> groupsOf(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
  }

  protected void complete(Task task, Map<String, Object> variables) {
    inActingUsersName(() -> {
      tasks.complete(task.getId(), variables);
      return null;
    });
    runAsynchronousContinuations();
  }

  /**
   * Takes the steps in the official's name, with their groups' authorizations and the engine's
   * limits for users (as over REST or in Tasklist); launches and completions are recorded as theirs.
   */
  protected void as(String userId, Runnable steps) {
    actingUser = userId;
    try {
      steps.run();
    } finally {
      actingUser = null;
    }
  }

  private <T> T inActingUsersName(Supplier<T> step) {
    if (actingUser == null) {
      return step.get();
    }
    identity.setAuthentication(actingUser, identity.createGroupQuery().groupMember(actingUser).list().stream()
        .map(Group::getId).toList());
    try {
      return step.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  // ---- a unit's steps, as its officials take them ----------------------------------------------

  protected void register(ProcessInstance plan, String unit) {
    complete(unitTask(plan, unit, "registerUnit"),
        Map.of("registrationCommitments", "Hoàn thành vượt mức các chỉ tiêu năm 2025."));
  }

  protected void reportResults(ProcessInstance plan, String unit) {
    complete(unitTask(plan, unit, "reportResults"), Map.of("resultsReport", "Đơn vị đạt 12/12 chỉ tiêu."));
  }

  /** Registers, waits for the drive's end and reports: the unit is ready for its meeting. */
  protected void registeredAndReported(ProcessInstance plan, String... units) {
    for (String unit : units) {
      register(plan, unit);
    }
    at(LocalDateTime.of(2025, 10, 1, 8, 0));
    for (String unit : units) {
      reportResults(plan, unit);
    }
  }

  protected static Map<String, Object> nominee(String id, String name, String kind, long votesFor,
      long votesAgainst, boolean proposeUpward) {
    return FormValues.nominee(id, name, kind, votesFor, votesAgainst, proposeUpward);
  }

  protected static Map<String, Object> meeting(long attendees, List<Map<String, Object>> nominees) {
    return FormValues.meeting(attendees, nominees);
  }

  protected static Map<String, Object> meetingOn(String day, long attendees, List<Map<String, Object>> nominees) {
    return FormValues.meetingOn(day, attendees, nominees);
  }

  protected void recordMeeting(ProcessInstance plan, String unit, Map<String, Object> meeting) {
    complete(unitTask(plan, unit, "recordSelectionMeeting"), meeting);
  }

  /** The units registered, reported and met, proposing nobody: each head's approval ends the unit's line. */
  protected ProcessInstance metProposingNobody(String... units) {
    ProcessInstance plan = launchedAndApproved(units);
    registeredAndReported(plan, units);
    for (String unit : units) {
      recordMeeting(plan, unit, meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 4, 5, false))));
    }
    return plan;
  }

  protected void headApprovesSelection(ProcessInstance plan, String unit) {
    complete(unitTask(plan, unit, "approveSelection"), Map.of("selectionApproved", true));
  }

  /** The meeting proposes one individual, the head approves: the unit waits for the window. */
  protected void proposesOne(ProcessInstance plan, String unit, String name) {
    recordMeeting(plan, unit, meeting(9, List.of(nominee("n1", name, INDIVIDUAL, 8, 1, true))));
    headApprovesSelection(plan, unit);
  }

  /** Seed 000 for these units, each of whose heads approved one nominee on 1/10/2025: they wait for the window. */
  protected ProcessInstance readyToSubmit(String... units) {
    ProcessInstance plan = launchedAndApproved(units);
    registeredAndReported(plan, units);
    for (String unit : units) {
      proposesOne(plan, unit, "Nguyễn Văn An");
    }
    return plan;
  }

  /** A complete dossier for the nominees the unit proposed. */
  protected Map<String, Object> completeDossier(ProcessInstance plan, String unit) {
    return completeDossier(unitDrive(plan, unit));
  }

  protected Map<String, Object> completeDossier(ProcessInstance drive) {
    List<String> proposed = new ArrayList<>();
    Object nominees = runtime.getVariable(drive.getId(), "nominees");
    for (Map<?, ?> n : read(nominees.toString())) {
      if (Boolean.TRUE.equals(n.get("proposeUpward"))) {
        proposed.add(String.valueOf(n.get("id")));
      }
    }
    return FormValues.dossier((String) runtime.getVariable(drive.getId(), "unitCode"), proposed);
  }

  protected void submitDossier(ProcessInstance plan, String unit) {
    complete(unitTask(plan, unit, "submitDossier"), completeDossier(plan, unit));
  }

  /** The board's verdicts (nominee id → PASS or REJECT), with a reason for each rejection. */
  protected void appraise(ProcessInstance plan, String unit, String outcome, Map<String, String> verdicts,
      Map<String, Object> extra) {
    appraise(unitDrive(plan, unit), outcome, verdicts, extra);
  }

  protected void appraise(ProcessInstance drive, String outcome, Map<String, String> verdicts, Map<String, Object> extra) {
    List<Map<String, Object>> nominees = new ArrayList<>();
    Object current = runtime.getVariable(drive.getId(), "nominees");
    for (Map<?, ?> n : read(current.toString())) {
      Map<String, Object> row = new LinkedHashMap<>();
      n.forEach((k, v) -> row.put(k.toString(), v));
      String verdict = verdicts.get(String.valueOf(n.get("id")));
      if (verdict != null) {
        row.put("verdict", verdict);
        row.put("reason", "REJECT".equals(verdict) ? "Thành tích chưa đạt tiêu chuẩn của kế hoạch." : null);
      }
      nominees.add(row);
    }
    Map<String, Object> vars = new HashMap<>(extra);
    vars.put("nominees", json(nominees));
    vars.put("appraisalOutcome", outcome);
    complete(task(drive, "appraiseDossier"), vars);
  }

  /** What the board asks of a dossier in {@link #asksForASupplement}. */
  protected static final String SUPPLEMENT_REQUEST = "Bổ sung báo cáo thành tích có xác nhận của thủ trưởng.";

  /**
   * Seed 000's dates: the unit registers, reports and proposes one nominee, submits on 14/10/2025,
   * and the board asks for a supplement due until the end of 22/10/2025, concluding on nobody yet.
   */
  protected void asksForASupplement(ProcessInstance plan, String unit) {
    registeredAndReported(plan, unit);
    proposesOne(plan, unit, "Nguyễn Thị Hoa");
    at(LocalDateTime.of(2025, 10, 14, 8, 0));
    submitDossier(plan, unit);
    appraise(plan, unit, "SUPPLEMENT", Map.of(), Map.of("supplementRequest", SUPPLEMENT_REQUEST,
        "supplementDeadline", "2025-10-22"));
  }

  /**
   * As {@link #asksForASupplement}, with two nominees: the board passes Nguyễn Thị Hoa and asks for
   * Trần Văn Bình's supplement until the end of 22/10/2025.
   */
  protected void asksForASupplementOnTheSecondOfTwo(ProcessInstance plan, String unit) {
    registeredAndReported(plan, unit);
    recordMeeting(plan, unit, meeting(9, List.of(nominee("n1", "Nguyễn Thị Hoa", INDIVIDUAL, 8, 1, true),
        nominee("n2", "Trần Văn Bình", INDIVIDUAL, 8, 1, true))));
    headApprovesSelection(plan, unit);
    at(LocalDateTime.of(2025, 10, 14, 8, 0));
    submitDossier(plan, unit);
    appraise(plan, unit, "SUPPLEMENT", Map.of("n1", "PASS"), Map.of("supplementRequest", SUPPLEMENT_REQUEST,
        "supplementDeadline", "2025-10-22"));
  }

  protected void boardHeadApprovesAppraisal(ProcessInstance plan, String unit) {
    complete(unitTask(plan, unit, "approveAppraisal"), Map.of("appraisalApproved", true));
  }

  // ---- proposal and decision, as the board and the authority take them --------------------------

  /** The board drafts and signs the proposal; the authority awards every proposed nominee. */
  protected void proposedAndAllAwarded(ProcessInstance plan, String decisionNumber, String decisionDate) {
    proposed(plan, decisionDate);
    allAwarded(plan, decisionNumber, decisionDate);
  }

  /**
   * The unit proposed the named nominee, who passed the appraisal on 15/10/2025, and the board has
   * signed the proposal that day: the authority decides.
   */
  protected ProcessInstance proposedForDecision(String unit, String nominee) {
    ProcessInstance plan = launchedAndApproved(unit);
    registeredAndReported(plan, unit);
    proposesOne(plan, unit, nominee);
    allPassTheAppraisal(plan, unit);
    proposed(plan, "2025-10-15");
    return plan;
  }

  /**
   * On 15/10/2025 the units submit their dossiers, every nominee passes the appraisal and the board
   * head approves it: the lines end and the board consolidates the proposal.
   */
  protected void allPassTheAppraisal(ProcessInstance plan, String... units) {
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    for (String unit : units) {
      submitDossier(plan, unit);
      appraise(plan, unit, "CONCLUDE", Map.of("n1", "PASS", "n2", "PASS"), Map.of());
      boardHeadApprovesAppraisal(plan, unit);
    }
    runAsynchronousContinuations();
  }

  /** The board drafts and signs the proposal, dated that day. */
  protected void proposed(ProcessInstance plan, String proposalDate) {
    drafted(plan, proposalDate);
    complete(task(plan, "signProposal"), Map.of("proposalSigned", true));
  }

  /** The board's officer drafts the proposal, dated that day, for the head to sign. */
  protected void drafted(ProcessInstance plan, String proposalDate) {
    complete(task(plan, "draftProposal"), Map.of("proposalNumber", "01/TTr", "proposalDate", proposalDate,
        "proposalSummary", "Đề nghị khen thưởng các tập thể, cá nhân đạt thẩm định."));
  }

  /** The authority awards every proposed nominee under that decision. */
  protected void allAwarded(ProcessInstance plan, String decisionNumber, String decisionDate) {
    complete(task(plan, "decideAwards"), Map.of("decisionApproved", true, "proposalNominees", json(decided(plan, n -> true)),
        "decisionNumber", decisionNumber, "decisionDate", decisionDate));
  }

  /** The draft as the form sends it: the named nominee's row ticked «Không đưa vào tờ trình» with that reason. */
  protected Map<String, Object> draftLeavingOut(ProcessInstance plan, String name, String reason) {
    List<Map<String, Object>> rows = decided(plan, n -> true);
    rows.forEach(row -> {
      row.remove("awarded");
      row.remove("withdrawnReason");
      row.put("withdrawn", name.equals(row.get("name")));
      if (name.equals(row.get("name"))) {
        row.put("withdrawnReason", reason);
      }
    });
    return Map.of("proposalNumber", "01/TTr", "proposalDate", "2025-10-15", "proposalNominees", json(rows));
  }

  /** The plan's proposal as the authority's form sends it back: each row "awarded" as {@code awarded} says. */
  protected List<Map<String, Object>> decided(ProcessInstance plan, Predicate<Map<?, ?>> awarded) {
    List<Map<String, Object>> decided = new ArrayList<>();
    for (Map<?, ?> n : read(runtime.getVariable(plan.getId(), "proposalNominees").toString())) {
      Map<String, Object> row = new LinkedHashMap<>();
      n.forEach((k, v) -> row.put(k.toString(), v));
      row.put("awarded", awarded.test(n));
      decided.add(row);
    }
    return decided;
  }

  /** The notices of the plan's units (each in its own instance of unitNotice). */
  protected List<Task> outcomeNotices(ProcessInstance plan) {
    return notices(plan, "notifyUnit");
  }

  /** The notice of one unit of a plan of one phase. */
  protected Task outcomeNotice(ProcessInstance plan, String unit) {
    return notice(plan, unit, "notifyUnit");
  }

  /** The open tasks of that key in the notices sent to the plan's units, keyed as their lines. */
  protected List<Task> notices(ProcessInstance plan, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKeyLike(plan.getBusinessKey() + "/%")
        .taskDefinitionKey(taskKey).list();
  }

  /** How an instance ended, as the history keeps it: COMPLETED, or EXTERNALLY_TERMINATED when cancelled. */
  protected String endState(ProcessInstance instance) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getState();
  }

  /** What an ended instance held in that variable of its own (process-level, not a step's), as the history keeps it. */
  protected Object endedWith(ProcessInstance instance, String variable) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .executionIdIn(instance.getId()).variableName(variable).singleResult().getValue();
  }

  /** The open task of that key in the notice sent to one unit of a plan of one phase. */
  protected Task notice(ProcessInstance plan, String unit, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(plan.getBusinessKey() + "/" + unit)
        .taskDefinitionKey(taskKey).singleResult();
  }

  /** Whether the user, as a member of that group only, may read the process instance, as Camunda checks it. */
  protected boolean mayRead(String user, String group, String processInstanceId) {
    return authorizations.isUserAuthorized(user, List.of(group), Permissions.READ, Resources.PROCESS_INSTANCE,
        processInstanceId);
  }

  /** What a unit's cancellation notice lists as its cancelled work, in the order it was cancelled. */
  protected List<String> cancelledWork(Task notice) {
    return JsonVariables.readList(tasks.getVariable(notice.getId(), "cancelledWork"), Map.class).stream()
        .map(row -> (String) row.get("work")).toList();
  }

  /** Every unit acknowledges the outcome it was told. */
  protected void unitsAcknowledgeOutcome(ProcessInstance plan) {
    outcomeNotices(plan).forEach(notice -> complete(notice, Map.of("outcomeAcknowledged", true)));
  }

  // ---- models, as an administrator changes them ------------------------------------------------

  /**
   * Deploys the project's models with one file changed, as an administrator would after editing
   * it in Modeler; returns what became a new version. Undo with {@link #restoreModels()}.
   */
  protected List<String> deployWithChange(String file, UnaryOperator<String> change) {
    return onTheRealClock(0, modelsWithChanges(Map.of(file, change))::deployChanged);
  }

  /**
   * A deployer of copies of the project's models with these files changed, as an administrator edits
   * them; it may deploy a version again (two tests making the same change, or the repository's files
   * restored), as an administrator starting with {@code tdkt.models.allow-older=true}.
   */
  protected ModelDeployer modelsWithChanges(Map<String, UnaryOperator<String>> changes) {
    try {
      Path temp = Files.createTempDirectory("tdkt-models");
      Path processes = copy(Path.of("processes"), temp.resolve("processes"));
      Path forms = copy(Path.of("forms"), temp.resolve("forms"));
      for (Map.Entry<String, UnaryOperator<String>> change : changes.entrySet()) {
        Path changed = (change.getKey().endsWith(".form") || change.getKey().endsWith(".html") ? forms : processes)
            .resolve(change.getKey());
        Files.writeString(changed, change.getValue().apply(Files.readString(changed)));
      }
      return new ModelDeployer(repository, processes, forms, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deploys the project's models as they are in the repository again. */
  protected List<String> restoreModels() {
    return onTheRealClock(1000, modelsWithChanges(Map.of())::deployChanged);
  }

  /** After {@link #deployWithChange}: the file as in the repository again, or the changed model would stay in force. */
  protected void restoreModel(String file) {
    assertThat(restoreModels()).as("the repository's " + file + " deployed again").containsExactly(file);
  }

  /** When the last deployment of these tests happened, by the engine's clock. */
  private static long lastDeployedAt;

  /**
   * Duplicate filtering compares with the latest deployment by time, so deployments happen on the
   * real clock (shifted by {@code aheadMillis}), and each one after the last: a change deployed
   * within a second of the last restore would otherwise count as older than it, and the next restore
   * would leave the changed model in force for the scenarios after. The scenario's clock is put back
   * afterwards.
   */
  private static synchronized List<String> onTheRealClock(long aheadMillis, Supplier<List<String>> deploy) {
    Date scenarioTime = ClockUtil.getCurrentTime();
    lastDeployedAt = Math.max(System.currentTimeMillis() + aheadMillis, lastDeployedAt + 1000);
    ClockUtil.setCurrentTime(new Date(lastDeployedAt));
    try {
      return deploy.get();
    } finally {
      ClockUtil.setCurrentTime(scenarioTime);
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
    return to;
  }

  // ---- values (FormValues, inherited by the scenarios) -----------------------------------------

  protected static Object json(Object value) {
    return FormValues.json(value);
  }

  /**
   * Does what a refusal to delete a plan's last running line advises, as an administrator would:
   * the REST modification it names, with the body it gives and {@code reason} as the annotation.
   */
  protected void modifyAsAdvised(Throwable refusal, String reason) {
    Matcher advised = Pattern.compile("POST (/engine-rest/process-instance/\\S+/modification) với nội dung (\\{.*\\}) \\(đúng")
        .matcher(refusal.getMessage());
    assertThat(advised.find()).as(refusal.getMessage()).isTrue();
    Http.Reply reply = http().call("admin", "POST", advised.group(1),
        advised.group(2).replace("<lý do báo cho đơn vị>", reason));
    assertThat(reply.status()).as(reply.text()).isEqualTo(204);
  }

  /** Plain HTTP calls to this test's application, as the officials' browsers and scripts make them. */
  protected Http http() {
    return new Http(port);
  }

  protected static List<Map<?, ?>> read(String json) {
    return FormValues.read(json);
  }

  /** The field of that key in the project's form {@code forms/<form>.form}, at any depth, as Tasklist renders it. */
  protected static JsonNode formField(String form, String key) {
    try {
      JsonNode root = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile());
      return root.findParents("key").stream().filter(field -> key.equals(field.get("key").asText())).findFirst()
          .orElseThrow(() -> new AssertionError("no field " + key + " in forms/" + form + ".form"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected static FileValue pdf(String name) {
    return FormValues.pdf(name);
  }

  protected static FileValue docx(String name) {
    return FormValues.docx(name);
  }
}
