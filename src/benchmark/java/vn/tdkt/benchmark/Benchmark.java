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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.TdktApplication;
import vn.tdkt.unit.UnitRegistry;

/**
 * Measures whole drives of the project's processes against bare baselines with no project
 * code — a straight line of the same user tasks, the same BPMN shape with its timers and, when
 * asked, that shape holding the same data — on H2 and on PostgreSQL, with the application as in production (history FULL, authorization on).
 * Options (all optional): {@code --db=h2,postgres --plans=1 --units=100 --nominees=2 --officials=1
 * --job-threads=1 --postgres-url=… --postgres-user=… --postgres-password=… --postgres-config=name=value,…
 * --baseline=true --shape=true --shape-data=false --task-list=false --samples=200 --statements=false --pg-stat=0 --warmup=300
 * --rounds=1 --project=true --job-executor=false --rule-tables=0 --other-work=2000 --vacuum=true}; any
 * {@code --spring.*}, {@code --camunda.*} or {@code --server.*} option goes to the application
 * (for tuning). See docs/benchmark.md.
 */
public final class Benchmark {

  /**
   * One drive of each kind when its option is true ({@code --project}, {@code --baseline},
   * {@code --shape}: by default; {@code --shape-data}: when asked), in this order in the first
   * round (each round after starts with the next): the project, the straight-line baseline, the
   * same-shape baseline, the same shape holding the same data.
   */
  private static final List<String> DRIVES = List.of("project", "baseline", "shape", "shape-data");

  /** The business keys of each drive's plans start with its prefix (the drives share the database). */
  private static final Map<String, String> PREFIXES = Map.of("project", "BENCH-", "baseline", "BASE-",
      "shape", "SHAPE-", "shape-data", "DATA-");

  /** The benchmark's own options (docs/benchmark.md); a misspelt one would otherwise leave its default silently. */
  private static final Set<String> OPTIONS = Set.of("db", "plans", "units", "nominees", "postgres-url", "postgres-user",
      "postgres-password", "postgres-config", "officials", "job-threads", "project", "baseline", "shape", "shape-data", "task-list",
      "samples", "pg-stat", "statements", "warmup", "rounds", "job-executor", "rule-tables", "other-work",
      "vacuum");

  private final Map<String, String> options = new HashMap<>();
  private final List<String> appOptions = new ArrayList<>();
  private final String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss"));

  private Benchmark(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("--spring.") || arg.startsWith("--camunda.") || arg.startsWith("--server.")) {
        appOptions.add(arg);
      } else if (arg.startsWith("--") && arg.contains("=") && OPTIONS.contains(arg.substring(2, arg.indexOf('=')))) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      } else {
        throw new IllegalArgumentException("Unknown option " + arg + " (expected --name=value, name one of "
            + new TreeSet<>(OPTIONS) + ", or --spring.…, --camunda.…, --server.… for the application)");
      }
    }
    if (Boolean.parseBoolean(options.get("job-executor")) && options.containsKey("job-threads")) {
      throw new IllegalArgumentException("--job-threads is for the jobs the benchmark runs itself; with"
          + " --job-executor=true Camunda's job executor runs them (tune it with --camunda.bpm.job-execution.…)");
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
    if (number("rule-tables", 0) > 0) {
      RuleTableCost.print(Path.of("processes"), number("rule-tables", 0));
      return;
    }
    System.out.printf("Drive: %d plan(s) × %d units × %d nominees, %d official(s) at a time, due jobs in %d thread(s);"
        + " application options %s%n", plans, units, nominees, number("officials", 1), number("job-threads", 1), appOptions);
    for (String db : options.getOrDefault("db", "h2,postgres").split(",")) {
      try (Database database = "h2".equals(db.trim())
          ? Database.h2(Path.of("target", "benchmark", "h2-" + stamp))
          : Database.postgres(options.get("postgres-url"), options.getOrDefault("postgres-user", "postgres"),
              options.getOrDefault("postgres-password", ""), postgresSettings())) {
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
      if (pgStat(database) > 0) {
        jdbc.execute("create extension if not exists pg_stat_statements");
      }
      List<List<String>> unitsPerPlan = new ArrayList<>();
      for (int p = 1; p <= plans; p++) {
        unitsPerPlan.add(ProjectDrive.units(registry, p, units));
      }
      int otherWork = number("other-work", 2000);
      OtherWork.start(engine, otherWork);
      warmUp(engine, registry, nominees);
      if (otherWork > 0 && !database.runsInApplication() && Boolean.parseBoolean(options.getOrDefault("vacuum", "true"))) {
        // An installation's state, which autovacuum keeps: statistics of tables with work in flight, not
        // those of a new database's empty ones, and the warm-up's dead rows cleared before the first drive
        // rather than by an autovacuum worker in the middle of it.
        long vacuum = System.nanoTime();
        jdbc.execute("vacuum analyze");
        System.out.printf("(vacuum analyze after the warm-up, with the other work in flight: %.1f s)%n",
            (System.nanoTime() - vacuum) / 1e9);
      }
      System.out.println("| database | drive | user tasks | jobs | process instances | wall (s) | tasks/s | ms/task"
          + " | DB growth (MiB) | DB size (MiB) | peak heap (MiB) | load avg |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
      int rounds = number("rounds", 1);
      Map<String, List<Double>> ratios = new LinkedHashMap<>();
      for (int round = 1; round <= rounds; round++) {
        String suffix = stamp + "-" + (rounds == 1 ? "" : "R" + round + "-");
        round(database, jdbc, engine, statements, unitsPerPlan, nominees, round, suffix)
            .forEach((baseline, ratio) -> ratios.computeIfAbsent(baseline, b -> new ArrayList<>()).add(ratio));
      }
      ratios.forEach((baseline, each) -> {
        if (each.size() > 1) {
          List<Double> sorted = each.stream().sorted().toList();
          System.out.printf("Project/%s cost per task on %s over %d rounds: median %.2f (%.2f to %.2f)%n", baseline,
              database.name, sorted.size(), (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2,
              sorted.get(0), sorted.get(sorted.size() - 1));
        }
      });
      if (Boolean.parseBoolean(options.getOrDefault("task-list", "false"))) {
        try (Officials officials = new Officials(engine, 1, 1)) {
          new TaskListLatency(app, engine, officials, "LIVE-" + stamp + "-", nominees,
              number("samples", 200), database.runsInApplication() ? null : jdbc).measure(unitsPerPlan.get(0));
        }
      }
    }
  }

  /**
   * One drive of each kind of {@link #DRIVES} on the same plans; returns the project's cost ratio
   * per task to each baseline that ran beside it. Several rounds ({@code --rounds}) alternate the
   * drives, so that a moment of load on the machine does not fall on one drive only, and each
   * round starts with the next kind: the database grows with every drive, and the one that always
   * ran first would always have its round's smallest database and the warmest caches.
   */
  private Map<String, Double> round(Database database, JdbcTemplate jdbc, ProcessEngine engine,
      StatementCount statements, List<List<String>> unitsPerPlan, int nominees, int round, String suffix)
      throws IOException {
    List<String> kinds = DRIVES.stream().filter(this::measured).toList();
    Map<String, Result> measuredNow = new HashMap<>();
    for (int i = 0; i < kinds.size(); i++) {
      String drive = kinds.get((round - 1 + i) % kinds.size());
      String prefix = PREFIXES.get(drive) + suffix;
      measuredNow.put(drive, measure(database, jdbc, engine, statements, drive, prefix,
          officials -> drive(drive, engine, officials, prefix, unitsPerPlan, nominees)));
    }
    Map<String, Result> results = new LinkedHashMap<>();
    kinds.forEach(drive -> results.put(drive, measuredNow.get(drive)));
    Map<String, Double> ratios = new LinkedHashMap<>();
    Result ours = results.get("project");
    results.forEach((drive, bare) -> {
      if (ours != null && bare != ours) {
        ratios.put(drive, printRatio(database, drive, ours.msPerTask(), bare.msPerTask()));
        // Wall time with one official is partly waiting; the CPU time is the cost on a busy machine.
        if (!Double.isNaN(ours.cpuMsPerTask())) {
          ratios.put(drive + " CPU", printRatio(database, drive + " CPU", ours.cpuMsPerTask(), bare.cpuMsPerTask()));
        }
      }
    });
    for (String shape : List.of("shape", "shape-data")) {
      if (ours != null && results.containsKey(shape)) {
        printShapeCheck(ours, shape, results.get(shape));
      }
    }
    if (statements != null) {
      printStatements(results);
    }
    return ratios;
  }

  private static double printRatio(Database database, String baseline, double ours, double bare) {
    System.out.printf("Project/%s cost per task on %s: %.2f (%.2f ms / %.2f ms)%n", baseline, database.name,
        ours / bare, ours, bare);
    return ours / bare;
  }

  /** What the officials of one drive do, its processes deployed and ready. */
  private static Runnable drive(String drive, ProcessEngine engine, Officials officials, String prefix,
      List<List<String>> unitsPerPlan, int nominees) {
    return switch (drive) {
      case "project" -> {
        ProjectDrive project = new ProjectDrive(engine, officials, prefix, nominees);
        yield () -> project.drive(unitsPerPlan);
      }
      case "baseline" -> {
        BaselineDrive baseline = new BaselineDrive(engine, officials, prefix);
        yield () -> baseline.drive(unitsPerPlan);
      }
      default -> {
        ShapeBaselineDrive shape = new ShapeBaselineDrive(engine, officials, prefix,
            "shape".equals(drive) ? null : new DriveForms(engine.getRuntimeService(), nominees));
        yield () -> shape.drive(unitsPerPlan);
      }
    };
  }

  /**
   * A drive of each kind before anything is measured: the first drive in a fresh JVM also pays for
   * compiling the engine's code, and without this the project, measured first, paid for the
   * baseline's warm-up too (ratios 2.0 to 3.5 for the same code). 300 units: after a warm-up of 20,
   * the application's CPU time per task of the project still fell by a third from its second 100
   * units to its fifth (docs/benchmark.md, *Steady state*); a server pays that compilation once.
   * The national runs take 20: what 300 units leave in PostgreSQL cost them more than compiling.
   */
  private void warmUp(ProcessEngine engine, UnitRegistry registry, int nominees) {
    int units = number("warmup", 300);
    if (units == 0) {
      return;
    }
    long start = System.nanoTime();
    try (Officials warming = staff(engine)) {
      List<List<String>> warmUnits = List.of(ProjectDrive.units(registry, 99, units));
      for (String drive : DRIVES) {
        if (measured(drive)) {
          drive(drive, engine, warming, "WARM" + PREFIXES.get(drive) + stamp + "-", warmUnits, nominees).run();
        }
      }
    }
    System.out.printf("(warm-up: a drive of %d units of each kind measured, in %.1f s, not counted)%n", units,
        (System.nanoTime() - start) / 1e9);
  }

  /**
   * Whether the same-shape baseline still follows the project's models: the same jobs (timers,
   * start jobs) and activity instances for the same drive. A model changed without
   * ShapeBaselineDrive shows here.
   */
  private static void printShapeCheck(Result ours, String drive, Result shape) {
    boolean same = ours.created().equals(shape.created());
    System.out.printf("(shape check: the project created %d jobs and %d activity instances, the %s baseline"
        + " %d and %d%s)%n", ours.created().jobs(), ours.created().activities(), drive, shape.created().jobs(),
        shape.created().activities(),
        same ? "" : ": NOT THE SAME SHAPE, ShapeBaselineDrive no longer follows the project's models");
  }

  /**
   * The statements PostgreSQL spent most time on during the drive ({@code --pg-stat=N}, from
   * pg_stat_statements, which the embedded server then preloads): where the database's share of
   * a drive goes, and whether a query of the drive needs an index.
   */
  private static void printSlowestStatements(JdbcTemplate jdbc, Database database, String drive, int top) {
    System.out.printf("(%s %s, the %d statements PostgreSQL spent most time on:)%n", database.name, drive, top);
    System.out.println("| total ms | calls | mean ms | rows | statement |");
    System.out.println("|---|---|---|---|---|");
    jdbc.query("select total_exec_time, calls, mean_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g') q"
        + " from pg_stat_statements where query not like '%pg_stat_statements%' order by total_exec_time desc limit ?",
        row -> {
          System.out.printf("| %.0f | %d | %.3f | %d | %s |%n", row.getDouble(1), row.getLong(2), row.getDouble(3),
              row.getLong(4), row.getString(5).substring(0, Math.min(400, row.getString(5).length())));
        }, top);
  }

  /** SQL statements per completed user task, by kind, one column per drive. */
  private static void printStatements(Map<String, Result> results) {
    System.out.println("SQL statements per user task: " + results.entrySet().stream()
        .map(drive -> "%s %.1f".formatted(drive.getKey(), drive.getValue().statementsPerTask(null)))
        .collect(Collectors.joining(", ")));
    System.out.println("| statement | " + String.join(" | ", results.keySet()) + " |");
    System.out.println("|---|" + "---|".repeat(results.size()));
    Set<String> kinds = new LinkedHashSet<>();
    results.values().forEach(drive -> kinds.addAll(drive.statements().keySet()));
    for (String kind : kinds) {
      System.out.println("| " + kind + " | " + results.values().stream()
          .map(drive -> "%.2f".formatted(drive.statementsPerTask(kind))).collect(Collectors.joining(" | ")) + " |");
    }
  }

  /**
   * A measured drive: its user tasks, its wall time, when counted its SQL statements by kind, and
   * the jobs and activity instances it created (from history), which tell its shape.
   */
  private record Result(long tasks, double seconds, Map<String, Long> statements, Created created,
      double cpuMsPerTask) {
    double msPerTask() {
      return seconds * 1000 / tasks;
    }

    /** Statements of one kind per user task, or of all kinds for {@code null}. */
    double statementsPerTask(String kind) {
      long count = kind == null ? statements.values().stream().mapToLong(Long::longValue).sum()
          : statements.getOrDefault(kind, 0L);
      return count / (double) tasks;
    }
  }

  /** The jobs and activity instances in the history: what a drive adds to them tells its shape. */
  private record Created(long jobs, long activities) {
    static Created in(HistoryService history) {
      return new Created(history.createHistoricJobLogQuery().creationLog().count(),
          history.createHistoricActivityInstanceQuery().count());
    }

    Created since(Created before) {
      return new Created(jobs - before.jobs, activities - before.activities);
    }
  }

  /** The officials and job threads a drive is given ({@code --officials}, {@code --job-threads}). */
  private Officials staff(ProcessEngine engine) {
    return new Officials(engine, number("officials", 1), number("job-threads", 1));
  }

  /** One measured drive, by officials of its own: {@code work} gives what they do. */
  private Result measure(Database database, JdbcTemplate jdbc, ProcessEngine engine, StatementCount statements,
      String drive, String prefix, Function<Officials, Runnable> work) throws IOException {
    try (Officials officials = staff(engine)) {
      Runnable steps = work.apply(officials);
      if (statements != null) {
        statements.takeCounts(); // not the deployment of the drive's processes
      }
      long sizeBefore = database.sizeInBytes(jdbc);
      HistoryService history = engine.getHistoryService();
      Created before = Created.in(history);
      System.gc();
      List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      int topStatements = pgStat(database);
      if (topStatements > 0) {
        jdbc.execute("select pg_stat_statements_reset()");
      }
      CpuTime cpu = CpuTime.of(database, jdbc);
      CpuTime.Used cpuBefore = cpu.used();
      long start = System.nanoTime();
      steps.run();
      double seconds = (System.nanoTime() - start) / 1e9;
      CpuTime.Used cpuUsed = cpu.used().since(cpuBefore);
      Map<String, Long> sent = statements != null ? statements.takeCounts() : Map.of();
      if (topStatements > 0) {
        printSlowestStatements(jdbc, database, drive, topStatements);
      }
      long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      long instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(prefix + "%").count();
      printRow(database, drive, officials, instances, seconds, sizeBefore, database.sizeInBytes(jdbc), peak);
      printCpu(database, drive, cpuUsed, officials.completed());
      if (officials.retries() > 0) {
        System.out.printf("(%s %s: %d completions or jobs tried again after a concurrent change)%n", database.name, drive,
            officials.retries());
      }
      return new Result(officials.completed(), seconds, sent, Created.in(history).since(before),
          cpuUsed.msPerTask(officials.completed()));
    }
  }

  /** The drive's row of the table, and the seconds of each of its steps. */
  private static void printRow(Database database, String drive, Officials officials, long instances, double seconds,
      long sizeBefore, long size, long peakHeap) {
    // The machine is shared: the load average (1 min) at the end tells how much else was running.
    System.out.printf("| %s | %s | %d | %d | %d | %.1f | %.0f | %.2f | %.1f | %.1f | %d | %.1f |%n", database.name,
        drive, officials.completed(), officials.jobs(), instances, seconds, officials.completed() / seconds,
        seconds * 1000 / officials.completed(), (size - sizeBefore) / 1048576.0, size / 1048576.0, peakHeap >> 20,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf("(%s %s, seconds per step: %s)%n", database.name, drive,
        officials.steps().entrySet().stream().map(step -> "%s: %d in %.1f s".formatted(step.getKey(),
            step.getValue()[0], step.getValue()[1] / 1e9)).collect(Collectors.joining(", ")));
  }

  /**
   * The CPU time per user task of the application and of the database server when it runs here:
   * with both on this machine, their sum bounds the tasks per second its cores can serve.
   */
  private static void printCpu(Database database, String drive, CpuTime.Used used, long tasks) {
    double application = used.application() / 1e6 / tasks;
    String spent = database.hasEmbeddedServer()
        ? "application %.2f ms, PostgreSQL %.2f ms".formatted(application, used.database() / 1e6 / tasks)
        : database.runsInApplication() ? "application with H2 %.2f ms".formatted(application)
        : "application %.2f ms (the server's own is not measured)".formatted(application);
    double both = used.msPerTask(tasks);
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf("(%s %s, CPU per user task: %s%s)%n", database.name, drive, spent,
        Double.isNaN(both) ? "" : ": at most %.0f tasks/s on %d cores".formatted(cores * 1000 / both, cores));
  }

  /** {@code --pg-stat=N} on PostgreSQL; H2, in the same run, has no pg_stat_statements. */
  private int pgStat(Database database) {
    return database.runsInApplication() ? 0 : number("pg-stat", 0);
  }

  /** {@code --postgres-config=shared_buffers=1GB,synchronous_commit=on}: settings of the embedded server. */
  private Map<String, String> postgresSettings() {
    Map<String, String> settings = new LinkedHashMap<>();
    // A server of one's own (--postgres-url) is configured by its administrator, pg_stat_statements too.
    if (number("pg-stat", 0) > 0 && !options.containsKey("postgres-url")) {
      settings.put("shared_preload_libraries", "pg_stat_statements");
    }
    for (String setting : options.getOrDefault("postgres-config", "").split(",")) {
      if (!setting.isBlank()) {
        String[] nameAndValue = setting.split("=", 2);
        if (nameAndValue.length != 2) {
          throw new IllegalArgumentException("--postgres-config expects name=value pairs, got " + setting);
        }
        settings.put(nameAndValue[0].trim(), nameAndValue[1].trim());
      }
    }
    return settings;
  }

  /** Whether the drive runs: unless its option is false, or, for {@code shape-data}, when it is true. */
  private boolean measured(String drive) {
    return Boolean.parseBoolean(options.getOrDefault(drive, String.valueOf(!"shape-data".equals(drive))));
  }

  private int number(String option, int otherwise) {
    return Integer.parseInt(options.getOrDefault(option, String.valueOf(otherwise)));
  }
}
