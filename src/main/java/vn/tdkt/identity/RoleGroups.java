package vn.tdkt.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The groups that carry the product's roles ({@code identity/role-groups.csv}). A province's board
 * is {@code board-officer}; an agency's internal plan (seed 001) or a Party bloc (seed 004) names
 * its own appraising and deciding groups, which get the same rights as the role they carry.
 */
@Component
public class RoleGroups {

  public enum Role { BOARD_OFFICER, BOARD_HEAD, DECIDING_AUTHORITY, MONITOR }

  /** The roles that follow every unit of a plan (its progress, its proposal), where a unit sees only its own work. */
  public static final List<Role> FOLLOWING_EVERY_UNIT = List.of(Role.BOARD_OFFICER, Role.BOARD_HEAD,
      Role.DECIDING_AUTHORITY, Role.MONITOR);

  public record RoleGroup(String id, String name, Role role) {}

  private static final String FILE = "identity/role-groups.csv";

  private final List<RoleGroup> groups = read();

  public List<RoleGroup> all() {
    return groups;
  }

  public Set<String> ids(Collection<Role> roles) {
    return groups.stream().filter(g -> roles.contains(g.role())).map(RoleGroup::id).collect(java.util.stream.Collectors.toSet());
  }

  /** The groups of these roles and the administrators' group: who may read what the product's own endpoints list. */
  public Set<String> idsWithAdministrators(Collection<Role> roles) {
    Set<String> ids = new HashSet<>(ids(roles));
    ids.add(Groups.CAMUNDA_ADMIN);
    return ids;
  }

  public boolean carries(String groupId, Role role) {
    return groups.stream().anyMatch(g -> g.id().equals(groupId) && g.role() == role);
  }

  private static List<RoleGroup> read() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(";"))
          .map(row -> new RoleGroup(row[0].trim(), row[1].trim(), Role.valueOf(row[2].trim()))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
  }
}
