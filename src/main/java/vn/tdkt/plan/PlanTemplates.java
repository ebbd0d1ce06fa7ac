package vn.tdkt.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.model.PlanFiles;

/**
 * The emulation plan templates in {@code processes/plans/}. They are read at each use, so an
 * administrator's edit applies to the next launch without a restart. Files of other kinds (work
 * plans, congress plans) live in the same folder and are left to their own features.
 */
@Component("planTemplates")
public class PlanTemplates {

  public static final String KIND = "emulationPlan";
  public static final int FORMAT_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path folder;

  public PlanTemplates(@Value("${tdkt.models.plans-dir:processes/plans}") Path folder) {
    this.folder = folder;
  }

  public List<PlanTemplate> all() {
    List<PlanTemplate> templates = new ArrayList<>();
    PlanFiles.ofKind(folder, KIND).forEach((file, root) -> templates.add(template(file, root)));
    return templates;
  }

  public Optional<PlanTemplate> find(String id) {
    return all().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** A template the administrator got wrong is refused with the file and the field named. */
  private static PlanTemplate template(Path file, JsonNode root) {
    if (root.path("formatVersion").asInt() != FORMAT_VERSION) {
      throw new IllegalStateException("Plan template " + file + ": formatVersion must be " + FORMAT_VERSION
          + ", found " + root.path("formatVersion"));
    }
    for (String field : List.of("id", "name")) {
      if (root.path(field).asText().isBlank()) {
        throw new IllegalStateException("Plan template " + file + ": field \"" + field + "\" is missing");
      }
    }
    if (!root.path("plan").isObject()) {
      throw new IllegalStateException("Plan template " + file + ": field \"plan\" must be an object");
    }
    Map<String, Object> plan = new LinkedHashMap<>();
    root.path("plan").fields().forEachRemaining(e -> plan.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
    List<String> problems = PlanFormat.problems(plan);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Plan template " + file + ": " + String.join(" ", problems));
    }
    return new PlanTemplate(root.path("id").asText(), root.path("name").asText(), root.path("source").asText(null), plan);
  }
}
