package vn.tdkt.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.TdktApplication;
import vn.tdkt.unit.UnitRegistry;

/**
 * Measures whole drives of the project's processes against a bare baseline of the same shape, on
 * H2 and on PostgreSQL, with the application as in production (history FULL, authorization on).
 * Options (all optional): {@code --db=h2,postgres --plans=1 --units=100 --nominees=2 --officials=1
 * --postgres-url=… --postgres-user=… --postgres-password=… --baseline=true --task-list=true --samples=200
 * --statements=false --warmup=20 --rounds=1 --project=true --job-executor=false}; any
 * {@code --spring.*}, {@code --camunda.*} or {@code --server.*} option goes to the application
 * (for tuning). See docs/benchmark.md.
 */
public final class Benchmark {

  private final Map<String, String> options = new HashMap<>();
  private final List<String> appOptions = new ArrayList<>();
  private final String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));

  private Benchmark(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("--spring.") || arg.startsWith("--camunda.") || arg.startsWith("--server.")) {
        appOptions.add(arg);
      } else if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      } else {
        throw new IllegalArgumentException("Unknown option " + arg + " (expected --name=value)");
      }
    }
  }

  public static void main(String[] args) {
    int status = 0;
    try {
      new Benchmark(args).run();
    } catch (Exception e) {
      e.printStackTrace();
      status = 1;
    }
    // The embedded web server and the pool may keep non-daemon threads a moment longer.
    System.exit(status);
  }

  private void run() throws Exception {
    int plans = number("plans", 1);
    int units = number("units", 100);
    int nominees = number("nominees", 2);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf("Machine: %d cores, %.1f GiB memory, load average %.2f; Java %s (%s), max heap %d MiB%n",
        Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / 1073741824.0, os.getSystemLoadAverage(),
        System.getProperty("java.version"), System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf("Drive: %d plan(s) × %d units × %d nominees, %d official(s) at a time; application options %s%n",
        plans, units, nominees, number("officials", 1), appOptions);
    for (String db : options.getOrDefault("db", "h2,postgres").split(",")) {
      try (Database database = "h2".equals(db.trim())
          ? Database.h2(Path.of("target", "benchmark", "h2-" + stamp))
          : Database.postgres(options.get("postgres-url"), options.getOrDefault("postgres-user", "postgres"),
              options.getOrDefault("postgres-password", ""))) {
        runOn(database, plans, units, nominees);
      }
    }
  }

  private void runOn(Database database, int plans, int units, int nominees) throws Exception {
    long start = System.nanoTime();
    // The benchmark runs due jobs itself unless --job-executor=true hands them to Camunda's job executor.
    List<String> args = new ArrayList<>(List.of("--camunda.bpm.job-execution.enabled="
        + options.getOrDefault("job-executor", "false"), "--server.port=0",
        "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--tdkt.demo.enabled=true"));
    args.addAll(database.properties());
    args.addAll(appOptions);
    StatementCount statements = Boolean.parseBoolean(options.getOrDefault("statements", "false"))
        ? new StatementCount() : null;
    SpringApplicationBuilder builder = new SpringApplicationBuilder(TdktApplication.class);
    if (statements != null) {
      builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(statements));
    }
    try (ConfigurableApplicationContext app = builder.run(args.toArray(String[]::new))) {
      System.out.printf("%n== %s: application started in %.1f s%n", database.name, (System.nanoTime() - start) / 1e9);
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      UnitRegistry registry = app.getBean(UnitRegistry.class);
      List<List<String>> unitsPerPlan = new ArrayList<>();
      for (int p = 1; p <= plans; p++) {
        unitsPerPlan.add(ProjectDrive.units(registry, p, units));
      }
      warmUp(engine, registry, nominees);
      System.out.println("| database | drive | user tasks | jobs | process instances | wall (s) | tasks/s | ms/task"
          + " | DB growth (MiB) | DB size (MiB) | peak heap (MiB) | load avg |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
      int rounds = number("rounds", 1);
      List<Double> ratios = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        String suffix = stamp + "-" + (rounds == 1 ? "" : "R" + round + "-");
        round(database, jdbc, engine, statements, unitsPerPlan, nominees, suffix).ifPresent(ratios::add);
      }
      if (ratios.size() > 1) {
        List<Double> sorted = ratios.stream().sorted().toList();
        System.out.printf("Project/baseline cost per task on %s over %d rounds: median %.2f (%.2f to %.2f)%n",
            database.name, sorted.size(), (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2,
            sorted.get(0), sorted.get(sorted.size() - 1));
      }
      if (Boolean.parseBoolean(options.getOrDefault("task-list", "false"))) {
        try (Officials officials = new Officials(engine, 1)) {
          new TaskListLatency(app, engine, officials, "LIVE-" + stamp + "-", nominees,
              number("samples", 200)).measure(unitsPerPlan.get(0));
        }
      }
    }
  }

  /**
   * One project drive then one baseline drive of the same plans (either skipped by its option);
   * returns their cost ratio per task, if both ran. Several rounds ({@code --rounds}) alternate
   * the two, so that a moment of load on the machine does not fall on one drive only.
   */
  private OptionalDouble round(Database database, JdbcTemplate jdbc, ProcessEngine engine, StatementCount statements,
      List<List<String>> unitsPerPlan, int nominees, String suffix) throws IOException {
    if (statements != null) {
      statements.takeCounts();
    }
    Result ours = null;
    // --project=false measures bare Camunda alone, e.g. the national baseline.
    if (Boolean.parseBoolean(options.getOrDefault("project", "true"))) {
      ours = measure(database, jdbc, engine, "project", "BENCH-" + suffix, officials -> {
        ProjectDrive project = new ProjectDrive(engine, officials, "BENCH-" + suffix, nominees);
        return () -> project.drive(unitsPerPlan);
      });
    }
    Map<String, Long> ourStatements = statements != null ? statements.takeCounts() : Map.of();
    if (!Boolean.parseBoolean(options.getOrDefault("baseline", "true"))) {
      return OptionalDouble.empty();
    }
    Result bare = measure(database, jdbc, engine, "baseline", "BASE-" + suffix, officials -> {
      BaselineDrive baseline = new BaselineDrive(engine, officials, "BASE-" + suffix);
      return () -> baseline.drive(unitsPerPlan);
    });
    if (ours == null) {
      return OptionalDouble.empty();
    }
    System.out.printf("Project/baseline cost per task on %s: %.2f (%.2f ms / %.2f ms)%n", database.name,
        ours.msPerTask() / bare.msPerTask(), ours.msPerTask(), bare.msPerTask());
    if (statements != null) {
      printStatements(ourStatements, ours.tasks(), statements.takeCounts(), bare.tasks());
    }
    return OptionalDouble.of(ours.msPerTask() / bare.msPerTask());
  }

  /**
   * Drives of a few units, project and baseline, before anything is measured: the first drive in a
   * fresh JVM also pays for compiling the engine's code, and without this the project, measured
   * first, paid for the baseline's warm-up too (ratios 2.0 to 3.5 for the same code).
   */
  private void warmUp(ProcessEngine engine, UnitRegistry registry, int nominees) {
    int units = number("warmup", 20);
    if (units == 0) {
      return;
    }
    long start = System.nanoTime();
    try (Officials warming = new Officials(engine, number("officials", 1))) {
      ProjectDrive project = new ProjectDrive(engine, warming, "WARM-" + stamp + "-", nominees);
      List<List<String>> warmUnits = List.of(ProjectDrive.units(registry, 99, units));
      project.drive(warmUnits);
      new BaselineDrive(engine, warming, "WARMBASE-" + stamp + "-").drive(warmUnits);
    }
    System.out.printf("(warm-up: a drive of %d units, project and baseline, in %.1f s, not counted)%n", units,
        (System.nanoTime() - start) / 1e9);
  }

  /** SQL statements per completed user task, by kind, project beside baseline. */
  private static void printStatements(Map<String, Long> ours, long ourTasks, Map<String, Long> bare, long bareTasks) {
    System.out.printf("SQL statements per user task: project %.1f, baseline %.1f%n",
        ours.values().stream().mapToLong(Long::longValue).sum() / (double) ourTasks,
        bare.values().stream().mapToLong(Long::longValue).sum() / (double) bareTasks);
    System.out.println("| statement | project per task | baseline per task |");
    System.out.println("|---|---|---|");
    ours.forEach((kind, count) -> System.out.printf("| %s | %.2f | %.2f |%n", kind, count / (double) ourTasks,
        bare.getOrDefault(kind, 0L) / (double) bareTasks));
    bare.forEach((kind, count) -> {
      if (!ours.containsKey(kind)) {
        System.out.printf("| %s | 0 | %.2f |%n", kind, count / (double) bareTasks);
      }
    });
  }

  private record Result(long tasks, double seconds) {
    double msPerTask() {
      return seconds * 1000 / tasks;
    }
  }

  /** One measured drive, by officials of its own: {@code work} gives what they do. */
  private Result measure(Database database, JdbcTemplate jdbc, ProcessEngine engine, String drive, String prefix,
      Function<Officials, Runnable> work) throws IOException {
    try (Officials officials = new Officials(engine, number("officials", 1))) {
      Runnable steps = work.apply(officials);
      long sizeBefore = database.sizeInBytes(jdbc);
      System.gc();
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      steps.run();
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      long instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceBusinessKeyLike(prefix + "%").count();
      long size = database.sizeInBytes(jdbc);
      // The machine is shared: the load average (1 min) at the end tells how much else was running.
      System.out.printf("| %s | %s | %d | %d | %d | %.1f | %.0f | %.2f | %.1f | %.1f | %d | %.1f |%n", database.name,
          drive, officials.completed(), officials.jobs(), instances, seconds, officials.completed() / seconds,
          seconds * 1000 / officials.completed(), (size - sizeBefore) / 1048576.0, size / 1048576.0, peak >> 20,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.printf("(%s %s, seconds per step: %s)%n", database.name, drive,
          officials.steps().entrySet().stream().map(step -> "%s: %d in %.1f s".formatted(step.getKey(),
              step.getValue()[0], step.getValue()[1] / 1e9)).collect(Collectors.joining(", ")));
      if (officials.retries() > 0) {
        System.out.printf("(%s %s: %d completions tried again after a concurrent change)%n", database.name, drive,
            officials.retries());
      }
      return new Result(officials.completed(), seconds);
    }
  }

  private int number(String option, int otherwise) {
    return Integer.parseInt(options.getOrDefault(option, String.valueOf(otherwise)));
  }
}
