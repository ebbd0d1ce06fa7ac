package vn.tdkt.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.InvalidInputException;

/**
 * The unit registry over HTTP: {@code GET /api/units} for everyone logged in;
 * {@code POST /api/units/{code}/merge} with {@code {"successor": "…", "lastDay": "YYYY-MM-DD"}}
 * for administrators only.
 */
@RestController
public class UnitController {

  private final UnitRegistry units;
  private final MergeUnit mergeUnit;
  private final IdentityService identity;

  public UnitController(UnitRegistry units, MergeUnit mergeUnit, IdentityService identity) {
    this.units = units;
    this.mergeUnit = mergeUnit;
    this.identity = identity;
  }

  public record MergeRequest(String successor, String lastDay) {}

  @GetMapping("/api/units")
  public List<Unit> units() {
    return units.all();
  }

  @PostMapping("/api/units/{code}/merge")
  public Map<String, Object> merge(@PathVariable String code, @RequestBody MergeRequest request) {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains("camunda-admin")) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị được sáp nhập đơn vị.");
    }
    LocalDate lastDay = Deadlines.parseOrNull(request.lastDay());
    int moved = mergeUnit.merge(code, request.successor(), lastDay);
    return Map.of("unit", code, "successor", request.successor(), "movedTasks", moved);
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest().body(Map.of("problems", e.problems()));
  }
}
