package vn.tdkt.unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The units an installation works with, kept by its administrator in a file
 * ({@code tdkt.units-file}, e.g. {@code /etc/tdkt/units.csv}): one unit per line,
 * {@code code;name;kind;category;parent code} (parent optional), {@code #} for comments, UTF-8 —
 * the format of the demo's {@code demo/units-NNN.csv}. Read at every start: a unit is added, or its
 * name, kind, category and parent are updated; AccessSetup then gives each its three groups.
 * Mergers are not written here ({@code POST /api/units/{code}/merge}). A file with a bad line is
 * refused whole, each bad line named, before anything is saved.
 */
@Component
public class UnitFile {

  /** Codes go into business keys and group ids ("unit-<code>-officer"): no spaces, no "/". */
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final UnitRegistry units;
  private final String path;

  public UnitFile(UnitRegistry units, @Value("${tdkt.units-file:}") String path) {
    this.units = units;
    this.path = path;
  }

  /** Loads the configured file, if any. */
  public void load() {
    if (path.isBlank()) {
      return;
    }
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      read(path, in).forEach(units::save);
    } catch (IOException e) {
      throw new IllegalStateException("Không đọc được tệp danh mục đơn vị " + path + " (tdkt.units-file): " + e.getMessage(), e);
    }
  }

  /** The units of a file, checked line by line; {@code source} names the file in the refusal. */
  public static List<Unit> read(String source, InputStream in) {
    List<Unit> read = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    int number = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // the mark Excel's "CSV UTF-8" and Notepad put first, invisible
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(";", -1);
        String at = "dòng " + number + ": ";
        if (f.length < 4 || f.length > 5) {
          problems.add(at + "cần 4 hoặc 5 trường mã;tên;loại;nhóm chỉ tiêu;mã đơn vị cấp trên, có " + f.length + ".");
          continue;
        }
        String code = f[0].trim();
        if (!CODE.matcher(code).matches()) {
          problems.add(at + "mã \"" + code + "\" chỉ gồm chữ thường không dấu, số và \"-\".");
        } else if (!codes.add(code)) {
          problems.add(at + "mã " + code + " đã có ở dòng trước.");
        }
        if (f[1].isBlank() || f[2].isBlank() || f[3].isBlank()) {
          problems.add(at + "thiếu tên, loại hoặc nhóm chỉ tiêu.");
        }
        String parent = f.length == 5 && !f[4].isBlank() ? f[4].trim() : null;
        read.add(new Unit(code, f[1].trim(), f[2].trim(), f[3].trim(), parent, null, null, null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được " + source, e);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Tệp danh mục đơn vị " + source + " có lỗi, chưa đơn vị nào được ghi: "
          + String.join(" ", problems));
    }
    return read;
  }
}
