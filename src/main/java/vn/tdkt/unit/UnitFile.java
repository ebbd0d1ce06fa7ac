package vn.tdkt.unit;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.common.RegistryFile;

/**
 * The units an installation works with, kept by its administrator in a file
 * ({@code tdkt.units-file}, e.g. {@code /etc/tdkt/units.csv}): one unit per line,
 * {@code code;name;kind;category;parent code} (parent optional) — the format of the demo's
 * {@code demo/units-NNN.csv}. Read at every start: a unit is added, or its name, kind, category
 * and parent are updated; AccessSetup then gives each its three groups. Mergers are not written
 * here ({@code POST /api/units/{code}/merge}).
 */
@Component
public class UnitFile {

  private final UnitRegistry units;
  private final String path;

  public UnitFile(UnitRegistry units, @Value("${tdkt.units-file:}") String path) {
    this.units = units;
    this.path = path;
  }

  /** Loads the configured file, if any. */
  public void load() {
    RegistryFile.read(path, "tdkt.units-file", in -> read(path, in).forEach(units::save));
  }

  /** The units of a file, checked line by line; {@code source} names the file in the refusal. */
  public static List<Unit> read(String source, InputStream in) {
    List<Unit> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (RegistryFile.Line line : RegistryFile.lines(source, in)) {
      String[] f = line.fields();
      if (f.length < 4 || f.length > 5) {
        problems.add(line.at() + "cần 4 hoặc 5 trường mã;tên;loại;nhóm chỉ tiêu;mã đơn vị cấp trên, có " + f.length + ".");
        continue;
      }
      String code = f[0].trim();
      RegistryFile.checkCodeAndName(line, code, f[1].trim(), codes, problems);
      if (f[1].isBlank() || f[2].isBlank() || f[3].isBlank()) {
        problems.add(line.at() + "thiếu tên, loại hoặc nhóm chỉ tiêu.");
      }
      String parent = f.length == 5 && !f[4].isBlank() ? f[4].trim() : null;
      read.add(new Unit(code, f[1].trim(), f[2].trim(), f[3].trim(), parent, null, null, null));
    }
    RegistryFile.refuseIfAny("danh mục đơn vị", source, problems);
    return read;
  }
}
