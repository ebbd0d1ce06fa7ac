package vn.tdkt.workplan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.model.PlanFiles;
import vn.tdkt.model.PlanFileProblems;
import vn.tdkt.common.InvalidInputException;

/**
 * The work plans in {@code processes/plans/} (or {@code tdkt.models.plans-dir}), read when a plan
 * is launched, so a new or corrected file needs no restart. The folder also holds plans of other
 * kinds (emulation plan templates): only files whose {@code kind} is {@code workPlan} are read here.
 */
@Component
public class WorkPlanFiles {

  private static final Logger LOG = LoggerFactory.getLogger(WorkPlanFiles.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;

  public WorkPlanFiles(@Value("${tdkt.models.plans-dir:processes/plans}") Path dir) {
    this.dir = dir;
  }

  /** Every readable work plan, by id. */
  public List<WorkPlanFile> all() {
    List<WorkPlanFile> plans = new ArrayList<>();
    for (JsonNode node : workPlanNodes()) {
      try {
        plans.add(JSON.treeToValue(node, WorkPlanFile.class));
      } catch (JsonProcessingException e) {
        LOG.warn("Work plan {} cannot be read: {}", node.path("id").asText(), PlanFileProblems.problem(e));
      }
    }
    plans.sort((a, b) -> String.valueOf(a.id()).compareTo(String.valueOf(b.id())));
    return plans;
  }

  /** The work plan with this id; a file that has the id but does not fit the format is refused. */
  public Optional<WorkPlanFile> find(String id) {
    for (JsonNode node : workPlanNodes()) {
      if (id.equals(node.path("id").asText())) {
        try {
          return Optional.of(JSON.treeToValue(node, WorkPlanFile.class));
        } catch (JsonProcessingException e) {
          throw new InvalidInputException(List.of("Kế hoạch công tác " + id + " không đúng định dạng (docs/work-plan.md): "
              + PlanFileProblems.problem(e) + ". Xin báo quản trị hệ thống sửa tệp."));
        }
      }
    }
    return Optional.empty();
  }

  /** {@link PlanFiles#unreadableNote} of the plans folder. */
  public String unreadableNote() {
    return PlanFiles.unreadableNote(dir);
  }

  private List<JsonNode> workPlanNodes() {
    return new ArrayList<>(PlanFiles.ofKind(dir, WorkPlanFile.KIND).values());
  }
}
