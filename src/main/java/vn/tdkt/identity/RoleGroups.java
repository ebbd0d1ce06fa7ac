package vn.tdkt.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.tdkt.common.RegistryFile;

/**
 * The groups that carry the product's roles ({@code identity/role-groups.csv}, or the installation's
 * file {@code tdkt.role-groups-file}, read at start). A province's board is {@code board-officer};
 * an agency's internal plan (seed 001) or a Party bloc (seed 004) names its own appraising and
 * deciding groups, which get the same rights as the role they carry.
 */
@Component
public class RoleGroups {

  public enum Role { BOARD_OFFICER, BOARD_HEAD, DECIDING_AUTHORITY, MONITOR }

  /** The roles that follow every unit of a plan (its progress, its proposal), where a unit sees only its own work. */
  public static final List<Role> FOLLOWING_EVERY_UNIT = List.of(Role.BOARD_OFFICER, Role.BOARD_HEAD,
      Role.DECIDING_AUTHORITY, Role.MONITOR);

  public record RoleGroup(String id, String name, Role role) {}

  private static final String FILE = "identity/role-groups.csv";

  private final List<RoleGroup> groups;

  public RoleGroups(@Value("${tdkt.role-groups-file:}") String path) {
    List<RoleGroup> read = new ArrayList<>();
    if (path.isBlank()) {
      try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
        read.addAll(read(FILE, in));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + FILE, e);
      }
    } else {
      RegistryFile.read(path, "tdkt.role-groups-file", in -> read.addAll(read(path, in)));
    }
    groups = List.copyOf(read);
    refuseWithoutTheProvincesGroups(path);
  }

  /**
   * The province's own groups (identity/Roles) are the default board, head and authority of a plan
   * and the groups of work plans and congresses, which name no others: a file must keep them.
   */
  private void refuseWithoutTheProvincesGroups(String source) {
    List<String> missing = Stream.of(new RoleGroup(Roles.BOARD_OFFICER, "", Role.BOARD_OFFICER),
            new RoleGroup(Roles.BOARD_HEAD, "", Role.BOARD_HEAD), new RoleGroup(Roles.DECIDING_AUTHORITY, "", Role.DECIDING_AUTHORITY),
            new RoleGroup(Roles.MONITOR, "", Role.MONITOR))
        .filter(required -> !carries(required.id(), required.role())).map(g -> g.id() + ";…;" + g.role()).toList();
    RegistryFile.refuseIfAny("nhóm vai trò", source, missing.isEmpty() ? List.of() : List.of("thiếu các nhóm của tỉnh mà"
        + " kế hoạch công tác, Đại hội thi đua và kế hoạch không ghi nhóm riêng dùng đến: " + String.join(", ", missing)
        + " (đổi tên hiển thị được, không đổi mã nhóm)."));
  }

  public List<RoleGroup> all() {
    return groups;
  }

  public Set<String> ids(Collection<Role> roles) {
    return groups.stream().filter(g -> roles.contains(g.role())).map(RoleGroup::id).collect(Collectors.toSet());
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

  /** The groups of a file, checked line by line; {@code source} names the file in the refusal. */
  static List<RoleGroup> read(String source, InputStream in) {
    List<RoleGroup> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RegistryFile.Line line : RegistryFile.lines(source, in)) {
      String[] f = line.fields();
      if (f.length != 3) {
        problems.add(line.at() + "cần 3 trường mã nhóm;tên nhóm;vai trò, có " + f.length + ".");
        continue;
      }
      RegistryFile.checkCodeAndName(line, f[0].trim(), f[1].trim(), ids, problems);
      Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(f[2].trim())).findFirst().orElse(null);
      if (role == null) {
        problems.add(line.at() + "vai trò \"" + f[2].trim() + "\" không có; dùng một trong "
            + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")) + ".");
      } else {
        read.add(new RoleGroup(f[0].trim(), f[1].trim(), role));
      }
    }
    RegistryFile.refuseIfAny("nhóm vai trò", source, problems);
    return read;
  }
}
