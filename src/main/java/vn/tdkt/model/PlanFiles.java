package vn.tdkt.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
    if (!Files.isDirectory(folder)) {
      return found;
    }
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try {
          JsonNode root = JSON.readTree(file.toFile());
          if (kind.equals(root.path("kind").asText())) {
            found.put(file, root);
          }
        } catch (IOException e) {
          LOG.warn("Plan file {} is not valid JSON: {}", file.toAbsolutePath(), e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder.toAbsolutePath(), e);
    }
    return found;
  }
}
