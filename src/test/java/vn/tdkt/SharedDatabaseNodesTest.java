package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.support.FormValues;

/**
 * Camunda's own cluster model, as production runs it: two application nodes, each with its own
 * engine and job executor, on one PostgreSQL database. Whatever the suite's database, this test
 * starts its own embedded PostgreSQL.
 */
@DisplayName("Hai máy chủ ứng dụng dùng chung một cơ sở dữ liệu PostgreSQL")
class SharedDatabaseNodesTest {

  private static final List<String> UNITS = List.of("so-yte", "so-gddt", "so-tu-phap", "so-tai-chinh");
  private static EmbeddedPostgres postgres;
  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    ClockUtil.setCurrentTime(vn(LocalDateTime.of(2024, 9, 20, 9, 0)));
    nodeA = node("node-a");
    nodeB = node("node-b");
  }

  @AfterAll
  static void stopNodes() throws Exception {
    ClockUtil.reset();
    for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
      if (node != null) {
        node.close();
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  /** One node as production starts it, its job executor on, polling often so the test waits little. */
  private static ConfigurableApplicationContext node(String name) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", "0");
    properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
    properties.put("spring.datasource.username", "postgres");
    properties.put("spring.datasource.password", "postgres");
    properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
    // Each engine of this JVM needs its own name; in production each node is its own JVM.
    properties.put("camunda.bpm.process-engine-name", name);
    properties.put("camunda.bpm.job-execution.enabled", "true");
    properties.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
    properties.put("camunda.bpm.job-execution.max-wait", "500");
    properties.put("tdkt.demo.enabled", "true");
    // As command-line arguments: they take precedence over application.yaml, as a node's own settings do.
    return new SpringApplicationBuilder(TdktApplication.class)
        .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
  }

  private static ProcessEngine engine(ConfigurableApplicationContext node) {
    return node.getBean(ProcessEngine.class);
  }

  private static Date vn(LocalDateTime vietnamTime) {
    return Date.from(vietnamTime.atZone(Deadlines.VIETNAM).toInstant());
  }

  @Test
  @DisplayName("máy chủ thứ hai khởi động không triển khai lại mô hình: mỗi quy trình chỉ một phiên bản")
  void secondNodeDoesNotDeployModelsAgain() {
    for (String key : List.of("emulationPlan", "unitDrive", "unitNotice")) {
      assertThat(engine(nodeB).getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).count())
          .as(key).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("kế hoạch trình ở máy này được phê duyệt ở máy kia; việc quá hạn chỉ được đánh dấu một lần dù hai máy cùng chạy hẹn giờ; "
      + "quy trình của các đơn vị được bộ chạy tác vụ nền của các máy khởi động")
  void workMovesBetweenNodesAndTimersFireOnce() throws InterruptedException {
    for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
      assertThat(((ProcessEngineConfigurationImpl) engine(node).getProcessEngineConfiguration()).getJobExecutor().isActive())
          .as("each node runs its own job executor").isTrue();
    }
    Map<String, Object> plan = new HashMap<>(FormValues.seed000Plan("KH-CUM-01/KH-UBND", UNITS));
    plan.put("submitDirectly", true);
    ProcessInstance launched = engine(nodeA).getRuntimeService().startProcessInstanceByKey("emulationPlan", plan);
    Task approval = engine(nodeB).getTaskService().createTaskQuery().processInstanceId(launched.getId())
        .taskDefinitionKey("approvePlan").singleResult();
    assertThat(approval).as("the plan launched on node A, seen from node B").isNotNull();

    // Due at the end of 04/10/2024 (10 working days): both job executors now find the overdue timer.
    ClockUtil.setCurrentTime(vn(LocalDateTime.of(2024, 10, 5, 8, 0)));
    waitUntil("a job executor ran the due timer", () -> engine(nodeA).getManagementService().createJobQuery()
        .processInstanceId(launched.getId()).timers().count() == 0);

    List<Comment> comments = engine(nodeA).getTaskService().getTaskComments(approval.getId());
    assertThat(comments).extracting(Comment::getFullMessage)
        .containsExactly("Quá hạn: việc \"Phê duyệt kế hoạch\" đã quá hạn (hạn đến hết ngày 04/10/2024).");
    engine(nodeB).getTaskService().complete(approval.getId(), Map.of("planApproved", true));
    // Each unit's line starts in its own job (unitDrives is asynchronous), run by either node's executor.
    waitUntil("the job executors started every unit's line", () -> engine(nodeA).getRuntimeService()
        .createProcessInstanceQuery().superProcessInstanceId(launched.getId()).count() == UNITS.size());
    for (String unit : UNITS) {
      assertThat(engine(nodeB).getTaskService().createTaskQuery().processInstanceBusinessKey("KH-CUM-01/KH-UBND/" + unit)
          .taskDefinitionKey("registerUnit").count()).as(unit).isEqualTo(1);
    }
    assertThat(engine(nodeA).getManagementService().createJobQuery().withException().count()).as("failed jobs").isZero();
  }

  private static void waitUntil(String what, BooleanSupplier done) throws InterruptedException {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    while (!done.getAsBoolean()) {
      assertThat(Instant.now()).as(what).isBefore(giveUp);
      Thread.sleep(100);
    }
  }
}
