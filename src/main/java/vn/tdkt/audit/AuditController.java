package vn.tdkt.audit;

import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.RoleGroups;
import vn.tdkt.identity.RoleGroups.Role;

/**
 * The audit trail over HTTP, read only: {@code GET /api/audit?plan=<plan number>&nominee=<name or id>}.
 * For the board's groups (every group role-groups.csv gives a board role, as a plan may name its
 * own board) and administrators; units are refused, as the trail shows every unit's work.
 */
@RestController
public class AuditController {

  private final AuditTrail trail;
  private final CurrentUser currentUser;
  private final Set<String> allowed;

  public AuditController(AuditTrail trail, CurrentUser currentUser, RoleGroups roleGroups) {
    this.trail = trail;
    this.currentUser = currentUser;
    allowed = roleGroups.idsWithAdministrators(List.of(Role.BOARD_OFFICER, Role.BOARD_HEAD));
  }

  @GetMapping("/api/audit")
  public List<AuditTrail.Entry> audit(@RequestParam(required = false) String plan,
      @RequestParam(required = false) String nominee) {
    currentUser.requireAnyOf(allowed, "Chỉ Ban Thi đua - Khen thưởng và quản trị xem được nhật ký thao tác.");
    if (isBlank(plan) && isBlank(nominee)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Cần chọn số kế hoạch (plan) hoặc người được đề nghị (nominee).");
    }
    return currentUser.readingHistory(() -> trail.of(isBlank(plan) ? null : plan.trim(), isBlank(nominee) ? null : nominee.trim()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có kế hoạch thi đua số " + plan.trim()
            + ". Kiểm tra lại số kế hoạch, ghi đúng như khi phát động (ví dụ: 125/KH-UBND). Nhật ký thao tác chỉ áp dụng cho"
            + " kế hoạch thi đua, không áp dụng cho kế hoạch công tác thi đua, khen thưởng và kế hoạch Đại hội thi đua yêu nước."));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
