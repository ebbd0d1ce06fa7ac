package vn.tdkt.progress;

import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.common.PlanNumbers;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.RoleGroups;

/**
 * Where a plan stands, over HTTP, read only: {@code GET /api/progress?plan=<plan number>&unitCode=<unit>},
 * for an emulation plan, a work plan or a congress plan. For the board, the deciding authorities
 * (the Chairman, an agency's chief, a bloc's standing committee), supervisors and administrators,
 * who follow every unit of every plan, as the board roles do; units are refused, as it shows every
 * unit's work.
 */
@RestController
public class ProgressController {

  private final PlanProgress progress;
  private final CurrentUser currentUser;
  private final Set<String> allowed;

  public ProgressController(PlanProgress progress, CurrentUser currentUser, RoleGroups roleGroups) {
    this.progress = progress;
    this.currentUser = currentUser;
    allowed = roleGroups.idsWithAdministrators(RoleGroups.FOLLOWING_EVERY_UNIT);
  }

  @GetMapping("/api/progress")
  public PlanProgress.Progress progress(@RequestParam(required = false) String plan,
      @RequestParam(required = false) String unitCode) {
    currentUser.requireAnyOf(allowed,
        "Chỉ cơ quan thẩm định, người có thẩm quyền quyết định, người giám sát và quản trị hệ thống xem được tình hình"
            + " thực hiện kế hoạch.");
    String number = PlanNumbers.requested(plan, "/api/progress");
    String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.trim();
    return currentUser.readingHistory(() -> progress.of(number, unit)).orElseThrow(() -> PlanNumbers.noPlan(number));
  }
}
