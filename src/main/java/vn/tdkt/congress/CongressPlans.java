package vn.tdkt.congress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The congress plans an administrator keeps in {@code processes/plans/} (one JSON file each). The
 * folder holds plans of other kinds too; only files with {@code "kind": "congressPlan"} are read
 * here. Files are read at each launch, so a new province's plan needs no restart.
 */
@Component
public class CongressPlans {

  private static final Logger LOG = LoggerFactory.getLogger(CongressPlans.class);
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  static final String VARIABLE = "congressPlan";

  private final Path dir;

  public CongressPlans(@Value("${tdkt.models.plans-dir:processes/plans}") Path dir) {
    this.dir = dir;
  }

  public List<CongressPlanData> all() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<CongressPlanData> plans = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        read(file).ifPresent(plans::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir.toAbsolutePath(), e);
    }
    return plans;
  }

  public Optional<CongressPlanData> find(String id) {
    return all().stream().filter(p -> p.id() != null && p.id().equals(id)).findFirst();
  }

  private static Optional<CongressPlanData> read(Path file) {
    try {
      JsonNode node = MAPPER.readTree(file.toFile());
      if (!CongressPlanData.KIND.equals(node.path("kind").asText())) {
        return Optional.empty();
      }
      return Optional.of(MAPPER.treeToValue(node, CongressPlanData.class));
    } catch (IOException e) {
      // A broken file of another kind must not stop congresses; a broken congress plan is named in the log.
      LOG.warn("Plan file {} is not readable JSON: {}", file.toAbsolutePath(), e.getMessage());
      return Optional.empty();
    }
  }

  /** The plan a congress instance carries (variable {@code congressPlan}). */
  static CongressPlanData of(VariableScope scope) {
    Object value = scope.getVariable(VARIABLE);
    String json = value instanceof SpinJsonNode node ? node.toString() : String.valueOf(value);
    try {
      return MAPPER.readValue(json, CongressPlanData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Variable congressPlan is not a congress plan", e);
    }
  }
}
