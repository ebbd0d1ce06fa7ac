package vn.tdkt.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A registry kept in a file an administrator edits (units, clusters): UTF-8, one record per line,
 * fields separated by {@code ;}, {@code #} for comments, as a spreadsheet saves it ("CSV UTF-8"
 * puts an invisible byte-order mark first, which is skipped).
 */
public final class RegistryFile {

  /** Codes go into business keys and group ids ("unit-<code>-officer"): no spaces, no "/". */
  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** A record: its line number, as the administrator's editor shows it, and its fields. */
  public record Line(int number, String[] fields) {
    public String at() {
      return "dòng " + number + ": ";
    }
  }

  /** The tables' columns (schema.sql) for a unit's or a cluster's code and name. */
  public static final int CODE_LENGTH = 64;
  public static final int NAME_LENGTH = 255;

  private RegistryFile() {}

  /** Adds what is wrong with a record's code (its form, a code seen on an earlier line) and its name's length. */
  public static void checkCodeAndName(Line line, String code, String name, Set<String> seen, List<String> problems) {
    if (!CODE.matcher(code).matches()) {
      problems.add(line.at() + "mã \"" + code + "\" chỉ gồm chữ thường không dấu, số và \"-\".");
    } else if (!seen.add(code)) {
      problems.add(line.at() + "mã " + code + " đã có ở dòng trước.");
    }
    Stream.of(TextVariables.longerThan(line.at() + "mã", code, CODE_LENGTH),
        TextVariables.longerThan(line.at() + "tên", name, NAME_LENGTH)).filter(Objects::nonNull).forEach(problems::add);
  }

  public static List<Line> lines(String source, InputStream in) {
    List<Line> lines = new ArrayList<>();
    int number = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        if (!text.isBlank() && !text.startsWith("#")) {
          lines.add(new Line(number, text.split(";", -1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được " + source, e);
    }
    return lines;
  }

  /**
   * Reads the file at {@code path} (nothing when the setting is empty) into {@code reading}; a file
   * that cannot be opened stops the start, naming the file and its setting.
   */
  public static void read(String path, String setting, Consumer<InputStream> reading) {
    if (path.isBlank()) {
      return;
    }
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      reading.accept(in);
    } catch (IOException e) {
      throw new IllegalStateException("Không đọc được tệp " + path + " (" + setting + "): " + e.getMessage(), e);
    }
  }

  /** A file with problems is refused whole, each line named, before anything is saved. */
  public static void refuseIfAny(String what, String source, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Tệp " + what + " " + source + " có lỗi, chưa mục nào được ghi: "
          + String.join(" ", problems));
    }
  }
}
