package vn.tdkt.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.identity.CurrentUser;

/**
 * The unit registry over HTTP: {@code GET /api/units} for everyone logged in;
 * {@code POST /api/units/{code}/merge} with {@code {"successor": "…", "lastDay": "YYYY-MM-DD"}}
 * for administrators only.
 */
@RestController
public class UnitController {

  private final UnitRegistry units;
  private final MergeUnit mergeUnit;
  private final CurrentUser currentUser;

  public UnitController(UnitRegistry units, MergeUnit mergeUnit, CurrentUser currentUser) {
    this.units = units;
    this.mergeUnit = mergeUnit;
    this.currentUser = currentUser;
  }

  public record MergeRequest(String successor, String lastDay) {}

  @GetMapping("/api/units")
  public List<Unit> units() {
    return units.all();
  }

  @PostMapping("/api/units/{code}/merge")
  public Map<String, Object> merge(@PathVariable String code, @RequestBody MergeRequest request) {
    currentUser.requireAnyOf(List.of(Groups.CAMUNDA_ADMIN), "Chỉ quản trị được sáp nhập đơn vị.");
    // Absent is MergeUnit's to report with the other problems; written wrong is refused here, as written.
    LocalDate lastDay = request.lastDay() == null || request.lastDay().isBlank() ? null : Deadlines.parse(request.lastDay());
    int moved = mergeUnit.merge(code, request.successor(), lastDay);
    return Map.of("unit", code, "successor", request.successor(), "movedTasks", moved);
  }
}
