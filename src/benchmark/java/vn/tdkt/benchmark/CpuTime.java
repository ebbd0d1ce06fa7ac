package vn.tdkt.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The CPU time used by the application (this JVM: the engine, the project's code, H2 when it is
 * the database, and the benchmark's officials) and by the embedded PostgreSQL server (all its
 * processes, those that ended meanwhile included), read from Linux's {@code /proc}. What a drive
 * costs the machine's cores, apart from waiting: its inverse bounds the tasks per second any
 * number of officials could reach on those cores.
 */
final class CpuTime {

  /** Linux reports a process's CPU time in ticks of 1/100 s (USER_HZ, {@code getconf CLK_TCK}). */
  private static final long NANOS_PER_TICK = 10_000_000L;
  // Fields of /proc/<pid>/stat after the command name: state is 0, so field N of proc(5) is N - 3.
  private static final int PPID = 1;
  private static final int UTIME = 11;
  private static final int STIME = 12;
  private static final int CHILDREN_UTIME = 13;
  private static final int CHILDREN_STIME = 14;

  /** The embedded server's main process, or null when there is none on this machine to read. */
  private final Long postmaster;
  /** A server of one's own ({@code --postgres-url}): its CPU time is not known here. */
  private final boolean serverElsewhere;

  private CpuTime(Long postmaster, boolean serverElsewhere) {
    this.postmaster = postmaster;
    this.serverElsewhere = serverElsewhere;
  }

  /**
   * CPU time used since the JVM and the server started, in nanoseconds; the database's is 0 when
   * it runs inside the application (H2), -1 when it runs elsewhere.
   */
  record Used(long application, long database) {
    Used since(Used before) {
      return new Used(application - before.application, database < 0 ? -1 : database - before.database);
    }

    /** Application and database together per task, in milliseconds; NaN when the database's is not known. */
    double msPerTask(long tasks) {
      return database < 0 ? Double.NaN : (application + database) / 1e6 / tasks;
    }
  }

  static CpuTime of(Database database, JdbcTemplate jdbc) throws IOException {
    if (!database.hasEmbeddedServer()) {
      return new CpuTime(null, !database.runsInApplication());
    }
    // Every connection is served by a child of the server's main process.
    long backend = jdbc.queryForObject("select pg_backend_pid()", Long.class);
    return new CpuTime(stat(backend)[PPID], false);
  }

  Used used() throws IOException {
    long application = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    return new Used(application, serverElsewhere ? -1 : postmaster == null ? 0 : serverTicks() * NANOS_PER_TICK);
  }

  /** The main process, what its ended children used, and every child still running. */
  private long serverTicks() throws IOException {
    long[] main = stat(postmaster);
    long ticks = main[UTIME] + main[STIME] + main[CHILDREN_UTIME] + main[CHILDREN_STIME];
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : (Iterable<Path>) processes::iterator) {
        String name = process.getFileName().toString();
        if (name.chars().allMatch(Character::isDigit)) {
          long[] child = statIfAlive(Long.parseLong(name));
          if (child != null && child[PPID] == postmaster) {
            ticks += child[UTIME] + child[STIME];
          }
        }
      }
    }
    return ticks;
  }

  private static long[] statIfAlive(long pid) {
    try {
      return stat(pid);
    } catch (IOException ended) {
      return null;
    }
  }

  /** The fields of /proc/<pid>/stat after the command name (which may hold spaces), up to the children's times. */
  private static long[] stat(long pid) throws IOException {
    String line = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
    String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" ");
    long[] numbers = new long[CHILDREN_STIME + 1];
    for (int i = PPID; i < numbers.length; i++) {
      numbers[i] = Long.parseLong(fields[i]);
    }
    return numbers;
  }
}
