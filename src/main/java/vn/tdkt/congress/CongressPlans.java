package vn.tdkt.congress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.model.PlanFiles;
import vn.tdkt.model.PlanFileProblems;

/**
 * The congress plans an administrator keeps in {@code processes/plans/} (one JSON file each). The
 * folder holds plans of other kinds too; only files with {@code "kind": "congressPlan"} are read
 * here. Files are read at each launch, so a new province's plan needs no restart.
 */
@Component
public class CongressPlans {

  private static final Logger LOG = LoggerFactory.getLogger(CongressPlans.class);
  /** Files are read strictly: a misspelt field is refused, not ignored. */
  private static final ObjectMapper FILES = new ObjectMapper();
  /** A running congress keeps the plan as launched: a later change of the format must not break it. */
  private static final ObjectMapper STORED = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  static final String VARIABLE = "congressPlan";

  private final Path dir;

  public CongressPlans(@Value("${tdkt.models.plans-dir:processes/plans}") Path dir) {
    this.dir = dir;
  }

  public List<CongressPlanData> all() {
    List<CongressPlanData> plans = new ArrayList<>();
    PlanFiles.ofKind(dir, CongressPlanData.KIND).forEach((file, node) -> {
      try {
        plans.add(read(node));
      } catch (JsonProcessingException e) {
        // A broken congress plan is named in the log and stops no other.
        LOG.warn("Plan file {} is not a congress plan: {}", file.toAbsolutePath(), e.getMessage());
      }
    });
    return plans;
  }

  /** {@link PlanFiles#unreadableNote} of the plans folder. */
  public String unreadableNote() {
    return PlanFiles.unreadableNote(dir);
  }

  /** The plan of that id; one whose file cannot be read as a congress plan is refused with the file named. */
  public Optional<CongressPlanData> find(String id) {
    for (var file : PlanFiles.ofKind(dir, CongressPlanData.KIND).entrySet()) {
      if (id.equals(file.getValue().path("id").asText())) {
        try {
          return Optional.of(read(file.getValue()));
        } catch (JsonProcessingException e) {
          throw new InvalidInputException(List.of("Dữ liệu kế hoạch Đại hội " + id + " (tệp " + file.getKey().getFileName()
              + ") không đúng định dạng (docs/congress.md): " + PlanFileProblems.problem(e) + ". Xin báo quản trị hệ thống sửa tệp."));
        }
      }
    }
    return Optional.empty();
  }

  private static CongressPlanData read(JsonNode node) throws JsonProcessingException {
    return FILES.treeToValue(node, CongressPlanData.class);
  }

  /** The plan a congress instance carries (variable {@code congressPlan}). */
  static CongressPlanData of(VariableScope scope) {
    Object value = scope.getVariable(VARIABLE);
    String json = value instanceof SpinJsonNode node ? node.toString() : String.valueOf(value);
    try {
      return STORED.readValue(json, CongressPlanData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Variable congressPlan is not a congress plan", e);
    }
  }
}
