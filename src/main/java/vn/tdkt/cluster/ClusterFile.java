package vn.tdkt.cluster;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.common.RegistryFile;
import vn.tdkt.unit.UnitRegistry;

/**
 * The emulation clusters and blocs (cụm, khối thi đua) a work plan names, kept by the
 * administrator in a file ({@code tdkt.clusters-file}): one per line,
 * {@code code;name;CLUSTER or BLOC;leader's unit code;members' unit codes, comma separated} —
 * the format of the demo's {@code demo/clusters-NNN.csv}. Read at every start, after the units: a
 * cluster is added, or its name, kind, leader and members are replaced (the province's decision on
 * the year's clusters changes them).
 */
@Component
public class ClusterFile {

  private final ClusterRegistry clusters;
  private final UnitRegistry units;
  private final String path;

  public ClusterFile(ClusterRegistry clusters, UnitRegistry units, @Value("${tdkt.clusters-file:}") String path) {
    this.clusters = clusters;
    this.units = units;
    this.path = path;
  }

  /** Loads the configured file, if any. */
  public void load() {
    RegistryFile.read(path, "tdkt.clusters-file", in -> clusters.saveAll(read(path, in, code -> units.find(code).isPresent())));
  }

  /** The clusters of a file, each unit checked against the registry; {@code source} names the file in the refusal. */
  public static List<Cluster> read(String source, InputStream in, Predicate<String> knownUnit) {
    List<Cluster> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Map<String, String> memberOf = new HashMap<>();
    for (RegistryFile.Line line : RegistryFile.lines(source, in)) {
      String[] f = line.fields();
      if (f.length != 5) {
        problems.add(line.at() + "cần 5 trường mã;tên;CLUSTER hoặc BLOC;mã đơn vị cụm trưởng;mã các đơn vị thành viên, có "
            + f.length + ".");
        continue;
      }
      String code = f[0].trim();
      String leader = f[3].trim();
      List<String> members = Arrays.stream(f[4].split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
      RegistryFile.checkCodeAndName(line, code, f[1].trim(), codes, problems);
      if (f[1].isBlank() || !List.of(Cluster.CLUSTER, Cluster.BLOC).contains(f[2].trim())) {
        problems.add(line.at() + "thiếu tên, hoặc loại không phải CLUSTER (cụm) hay BLOC (khối).");
      }
      if (!members.contains(leader)) {
        problems.add(line.at() + "cụm trưởng " + leader + " phải có trong danh sách thành viên.");
      }
      members.stream().filter(knownUnit.negate())
          .forEach(unknown -> problems.add(line.at() + "không có đơn vị mã " + unknown + " trong danh mục đơn vị."));
      Set<String> onThisLine = new HashSet<>();
      for (String member : members) {
        String other = memberOf.putIfAbsent(member, code + " (dòng " + line.number() + ")");
        if (!onThisLine.add(member)) {
          problems.add(line.at() + "đơn vị " + member + " có hơn một lần trong danh sách thành viên.");
        } else if (other != null) {
          problems.add(line.at() + "đơn vị " + member + " đã là thành viên của " + other
              + "; mỗi đơn vị thuộc một cụm hoặc một khối thi đua.");
        }
      }
      read.add(new Cluster(code, f[1].trim(), f[2].trim(), leader, members));
    }
    RegistryFile.refuseIfAny("cụm, khối thi đua", source, problems);
    return read;
  }
}
