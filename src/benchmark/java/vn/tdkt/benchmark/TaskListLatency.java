package vn.tdkt.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The latency of the task lists officials open most, over REST as Tasklist calls it, with the
 * history of the drives already run in the database: a live plan is launched for the first
 * province's units; a unit officer's list is measured while the unit must register, the board's
 * while it has one dossier per unit to appraise, and the board's list of overdue work
 * ({@code /api/overdue}, read from the task history) once every appraisal is overdue; then the
 * live plan's progress ({@code /api/progress}) and audit trail ({@code /api/audit}), and the
 * audit trail of a nominee searched across every plan.
 */
final class TaskListLatency {

  private static final String OFFICER = "thutai.canbo";
  private static final String BOARD_OFFICER = "canbo.bantdkt";
  private static final String PASSWORD = "ThiDua@2025";
  private static final String LIST = "/engine-rest/task?candidateGroups=%s&includeAssignedTasks=true"
      + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=15";
  private static final String OVERDUE = "/api/overdue?planNumber=%s";
  private static final String PROGRESS = "/api/progress?plan=%s";
  private static final String AUDIT = "/api/audit?%s=%s";
  /** A name no drive gives a nominee: the search reads every plan and finds nothing. */
  private static final String NOBODY = "Lê Thị Không Có";
  /** The audit trail is read seldom and by the board; a few requests show its cost. */
  private static final int AUDIT_SAMPLES = 5;
  /** Seed 000's appraisals, opened on 15/10/2025, are due after 25 working days. */
  private static final LocalDateTime APPRAISALS_OVERDUE = LocalDateTime.of(2025, 11, 25, 9, 0);
  private static final int WARM_UP = 20;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final ProjectDrive live;
  private final Officials officials;
  private final IdentityService identity;
  private final String base;
  private final int samples;
  private final JdbcTemplate postgres;

  /** {@code postgres}: the database's, when it is PostgreSQL; null on H2. */
  TaskListLatency(ConfigurableApplicationContext app, ProcessEngine engine, Officials officials, String prefix,
      int nominees, int samples, JdbcTemplate postgres) {
    this.live = new ProjectDrive(engine, officials, prefix, nominees);
    this.officials = officials;
    this.identity = engine.getIdentityService();
    this.base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    this.samples = samples;
    this.postgres = postgres;
  }

  void measure(List<String> units) throws IOException, InterruptedException {
    String officerGroup = "unit-" + units.get(0) + "-officer";
    ensureOfficer(officerGroup);
    live.launchAndApprove(List.of(units));
    print("Task list of unit officer (" + officerGroup + "), registration open", OFFICER, LIST.formatted(officerGroup));
    live.untilAppraisal();
    print("Task list of board officer (board-officer), " + units.size() + " dossiers to appraise", BOARD_OFFICER,
        LIST.formatted("board-officer"));
    officials.at(APPRAISALS_OVERDUE);
    print("Overdue work (/api/overdue) of the live plan for the board officer, " + units.size() + " appraisals overdue",
        BOARD_OFFICER, OVERDUE.formatted(encoded(live.planNumber(0))));
    print("Progress (/api/progress) of the live plan, every unit's line", BOARD_OFFICER,
        PROGRESS.formatted(encoded(live.planNumber(0))));
    print("Audit trail (/api/audit) of the live plan", BOARD_OFFICER, AUDIT.formatted("plan", encoded(live.planNumber(0))),
        AUDIT_SAMPLES);
    print("Audit trail (/api/audit) of a nominee no plan has, every plan read", BOARD_OFFICER,
        AUDIT.formatted("nominee", encoded(NOBODY)), AUDIT_SAMPLES);
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Statistics as autovacuum keeps them in a running installation. The live plan has just changed
   * the runtime tables by hundreds of rows, and lists measured before autovacuum's next look (a
   * minute) were planned on the old statistics: the board's p95 92–134 ms instead of 20–27 ms
   * (docs/benchmark.md, *National*, session 15).
   */
  private void upToDateStatistics() {
    if (postgres != null) {
      postgres.execute("analyze");
    }
  }

  private void ensureOfficer(String group) {
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      identity.saveGroup(identity.newGroup(group));
    }
    if (identity.createUserQuery().userId(OFFICER).count() == 0) {
      User user = identity.newUser(OFFICER);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(OFFICER, group);
    }
  }

  private void print(String what, String user, String path) throws IOException, InterruptedException {
    print(what, user, path, samples);
  }

  private void print(String what, String user, String path, int requests) throws IOException, InterruptedException {
    upToDateStatistics();
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json").build();
    long[] nanos = new long[requests];
    int shown = 0;
    for (int i = -Math.min(WARM_UP, requests); i < requests; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        throw new IllegalStateException(user + " got HTTP " + response.statusCode() + ": " + response.body());
      }
      if (i >= 0) {
        nanos[i] = took;
        JsonNode body = json.readTree(response.body());
        shown = body.isArray() ? body.size() : body.path("lines").size();
      }
    }
    Arrays.sort(nanos);
    System.out.printf("%s over REST: %d rows shown, p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d requests)%n",
        what, shown, nanos[requests / 2] / 1e6, nanos[(int) Math.ceil(requests * 0.95) - 1] / 1e6,
        nanos[requests - 1] / 1e6, requests);
  }
}
