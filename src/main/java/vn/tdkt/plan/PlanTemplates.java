package vn.tdkt.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.model.PlanFiles;

/**
 * The emulation plan templates in {@code processes/plans/}. They are read at each use, so an
 * administrator's edit applies to the next launch without a restart; a file with mistakes stops
 * only its own template. Files of other kinds (work
 * plans, congress plans) live in the same folder and are left to their own features.
 */
@Component("planTemplates")
public class PlanTemplates {

  public static final String KIND = "emulationPlan";
  public static final int FORMAT_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(PlanTemplates.class);

  private final Path folder;

  public PlanTemplates(@Value("${tdkt.models.plans-dir:processes/plans}") Path folder) {
    this.folder = folder;
  }

  /** The templates that can be used; a file with mistakes is logged and left out, so it stops no other. */
  public List<PlanTemplate> all() {
    List<PlanTemplate> templates = new ArrayList<>();
    for (TemplateFile read : read()) {
      if (read.problems().isEmpty()) {
        templates.add(read.template());
      } else {
        LOG.warn("Plan template {} left out: {}", read.file().toAbsolutePath(), String.join(" ", read.problems()));
      }
    }
    return templates;
  }

  /** The template of that id; one whose file has mistakes is refused with the file and its mistakes named. */
  public Optional<PlanTemplate> find(String id) {
    for (TemplateFile read : read()) {
      if (id.equals(read.id())) {
        if (!read.problems().isEmpty()) {
          throw new InvalidInputException(List.of("Mẫu kế hoạch \"" + id + "\" (tệp " + read.file().getFileName()
              + ") có lỗi nên chưa dùng được: " + String.join(" ", read.problems()) + " Xin báo quản trị hệ thống sửa tệp."));
        }
        return Optional.of(read.template());
      }
    }
    return Optional.empty();
  }

  /** {@link PlanFiles#unreadableNote} of the templates' folder. */
  public String unreadableNote() {
    return PlanFiles.unreadableNote(folder);
  }

  /** A template file as read: its template, or the administrator's mistakes in it. */
  private record TemplateFile(Path file, String id, PlanTemplate template, List<String> problems) {}

  private List<TemplateFile> read() {
    List<TemplateFile> files = new ArrayList<>();
    PlanFiles.ofKind(folder, KIND).forEach((file, root) -> files.add(read(file, root)));
    return files;
  }

  private static TemplateFile read(Path file, JsonNode root) {
    String id = root.path("id").asText();
    List<String> problems = new ArrayList<>();
    if (root.path("formatVersion").asInt() != FORMAT_VERSION) {
      problems.add("Trường formatVersion phải là " + FORMAT_VERSION + ", tệp ghi " + root.path("formatVersion") + ".");
    }
    for (String field : List.of("id", "name")) {
      if (root.path(field).asText().isBlank()) {
        problems.add("Thiếu trường " + field + ".");
      }
    }
    Map<String, Object> plan = new LinkedHashMap<>();
    if (root.path("plan").isObject()) {
      root.path("plan").fields().forEachRemaining(e -> plan.put(e.getKey(), JSON.convertValue(e.getValue(), Object.class)));
      problems.addAll(PlanFormat.problems(plan));
    } else {
      problems.add("Trường plan phải là một đối tượng JSON.");
    }
    return new TemplateFile(file, id, problems.isEmpty()
        ? new PlanTemplate(id, root.path("name").asText(), root.path("source").asText(null), plan) : null, problems);
  }
}
