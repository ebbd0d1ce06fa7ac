package vn.tdkt.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.tdkt.cluster.ClusterFile;
import vn.tdkt.cluster.ClusterRegistry;
import vn.tdkt.common.RegistryFile;
import vn.tdkt.unit.UnitFile;
import vn.tdkt.unit.UnitRegistry;

/**
 * The demo units of the seeds (one {@code demo/units*.csv} per source plan), their emulation
 * clusters and blocs ({@code demo/clusters*.csv}) and a user for every role, so a fresh installation can
 * walk a whole drive. Off with {@code tdkt.demo.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoData {

  private static final String USERS = "demo/users.csv";

  private final UnitRegistry units;
  private final ClusterRegistry clusters;
  private final IdentityService identity;
  private final String password;

  public DemoData(UnitRegistry units, ClusterRegistry clusters, IdentityService identity,
      @Value("${tdkt.demo.password}") String password) {
    this.units = units;
    this.clusters = clusters;
    this.identity = identity;
    this.password = password;
  }

  /** Every {@code demo/units*.csv}, in the format of an installation's own unit file (UnitFile). */
  void loadUnits() {
    for (String file : demoFiles("units")) {
      read(file, in -> UnitFile.read(file, in).forEach(units::save));
    }
  }

  /** Every {@code demo/clusters*.csv}, in the format of an installation's own cluster file (ClusterFile). */
  void loadClusters() {
    for (String file : demoFiles("clusters")) {
      read(file, in -> ClusterFile.read(file, in, code -> units.find(code).isPresent()).forEach(clusters::save));
    }
  }

  private static void read(String resource, Consumer<InputStream> reading) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      reading.accept(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  private static List<String> demoFiles(String prefix) {
    try {
      return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath*:demo/" + prefix + "*.csv"))
          .map(r -> "demo/" + r.getFilename()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the demo " + prefix + " files", e);
    }
  }

  void loadUsers() {
    for (String[] row : rows(USERS)) {
      String id = row[0];
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setFirstName(row[1]);
        user.setLastName(row[2]);
        user.setEmail(id + "@demo.tdkt.vn");
        user.setPassword(password);
        identity.saveUser(user);
      }
      for (String group : row[3].split(",")) {
        if (identity.createUserQuery().userId(id).memberOfGroup(group.trim()).count() == 0) {
          identity.createMembership(id, group.trim());
        }
      }
    }
  }

  /** The ids of the demo users, which must not exist in production. */
  static List<String> userIds() {
    return rows(USERS).stream().map(row -> row[0]).toList();
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    read(resource, in -> RegistryFile.lines(resource, in).forEach(line -> rows.add(line.fields())));
    return rows;
  }
}
