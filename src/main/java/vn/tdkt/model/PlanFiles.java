package vn.tdkt.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan files of {@code processes/plans/} (emulation plan templates, work plans, congress
 * plans), read at each use so an administrator's edit needs no restart. Each feature asks for its
 * own kind ({@code "kind"} in the file); a file that is not JSON is logged and left out, so it
 * stops no kind.
 */
public final class PlanFiles {

  private static final Logger LOG = LoggerFactory.getLogger(PlanFiles.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private PlanFiles() {}

  /** The files of that kind in the folder, parsed, in the order of their names. */
  public static Map<Path, JsonNode> ofKind(Path folder, String kind) {
    Map<Path, JsonNode> found = new LinkedHashMap<>();
    read(folder, (file, root) -> {
      if (kind.equals(root.path("kind").asText())) {
        found.put(file, root);
      }
    }, (file, e) -> LOG.warn("Plan file {} is not valid JSON: {}", file.toAbsolutePath(), e.getMessage()));
    return found;
  }

  /**
   * The files of the folder that are not JSON, each with where it breaks ("tệp 002-….json, dòng
   * 12, cột 5"), for a refusal that would otherwise say a plan does not exist.
   */
  static List<String> unreadable(Path folder) {
    List<String> broken = new ArrayList<>();
    read(folder, (file, root) -> { }, (file, e) -> broken.add("tệp " + file.getFileName()
        + (e instanceof JsonProcessingException json && json.getLocation() != null
            ? ", dòng " + json.getLocation().getLineNr() + ", cột " + json.getLocation().getColumnNr() : "")));
    return broken;
  }

  /**
   * To end a refusal that would otherwise only say a plan does not exist: the folder's files that
   * are not JSON, one of which may be the plan asked for; empty when every file reads.
   */
  public static String unreadableNote(Path folder) {
    List<String> broken = unreadable(folder);
    return broken.isEmpty() ? "" : " Có tệp không đọc được vì không đúng JSON, có thể là tệp của kế hoạch này: "
        + String.join("; ", broken) + ". Xin báo quản trị hệ thống sửa tệp.";
  }

  private static void read(Path folder, BiConsumer<Path, JsonNode> parsed, BiConsumer<Path, IOException> broken) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try {
          parsed.accept(file, JSON.readTree(file.toFile()));
        } catch (IOException e) {
          broken.accept(file, e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder.toAbsolutePath(), e);
    }
  }
}
