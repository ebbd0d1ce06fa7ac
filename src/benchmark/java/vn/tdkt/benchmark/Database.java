package vn.tdkt.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Where a benchmark runs: an H2 file (the default installation), a given PostgreSQL, or an embedded one. */
final class Database implements AutoCloseable {

  final String name;
  private final String url;
  private final String user;
  private final String password;
  private final Path h2File;
  private final EmbeddedPostgres embedded;

  private Database(String name, String url, String user, String password, Path h2File, EmbeddedPostgres embedded) {
    this.name = name;
    this.url = url;
    this.user = user;
    this.password = password;
    this.h2File = h2File;
    this.embedded = embedded;
  }

  static Database h2(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.toAbsolutePath().resolve("tdkt");
    return new Database("H2", "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa", "", file, null);
  }

  /**
   * The given PostgreSQL database (it should be empty), or an embedded one when {@code url} is
   * null, started with the server settings given (zonky's own are {@code synchronous_commit=off},
   * {@code max_connections=300}, {@code timezone=UTC}).
   */
  static Database postgres(String url, String user, String password, Map<String, String> settings) throws IOException {
    if (url != null) {
      if (!settings.isEmpty()) {
        throw new IllegalArgumentException("--postgres-config sets the embedded server only, not " + url
            + ": set " + settings.keySet() + " on that server");
      }
      return new Database("PostgreSQL", url, user, password, null, null);
    }
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
    settings.forEach(builder::setServerConfig);
    EmbeddedPostgres server = builder.start();
    return new Database("PostgreSQL (embedded)", server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
        null, server);
  }

  /** The Spring properties that put the application on this database. */
  List<String> properties() {
    return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password,
        "--spring.datasource.driver-class-name=" + (h2File != null ? "org.h2.Driver" : "org.postgresql.Driver"));
  }

  /** Whether the server runs on this machine, started by the benchmark (H2 runs inside the application). */
  boolean hasEmbeddedServer() {
    return embedded != null;
  }

  /** Whether the database runs inside the application's JVM (H2). */
  boolean runsInApplication() {
    return h2File != null;
  }

  long sizeInBytes(JdbcTemplate jdbc) throws IOException {
    if (h2File == null) {
      return jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
    }
    jdbc.execute("checkpoint sync");
    return Files.size(Path.of(h2File + ".mv.db"));
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
