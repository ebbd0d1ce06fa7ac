package vn.tdkt.decision;

import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.tdkt.common.Workbook;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.RoleGroups;
import vn.tdkt.identity.RoleGroups.Role;

/**
 * The proposal's list over HTTP: {@code GET /api/proposals?plan=<plan number>} as JSON, and
 * {@code GET /api/proposals.xlsx?plan=…} as the Excel list a proposal letter carries. For those
 * who follow every unit of a plan (the board, the deciding authorities, supervisors,
 * administrators); units are refused, as it names every unit's nominees before any decision.
 */
@RestController
public class ProposalController {

  private static final List<Workbook.Column> COLUMNS = List.of(new Workbook.Column("STT", 6), new Workbook.Column("Đợt", 16),
      new Workbook.Column("Tập thể/Cá nhân", 15), new Workbook.Column("Tên tập thể, cá nhân", 36),
      new Workbook.Column("Chức vụ", 24), new Workbook.Column("Đơn vị công tác", 30), new Workbook.Column("Đơn vị đề nghị", 30),
      new Workbook.Column("Tóm tắt thành tích", 60), new Workbook.Column("Tờ trình", 32), new Workbook.Column("Đề nghị", 36),
      new Workbook.Column("Quyết định", 44));

  private final ProposalList proposals;
  private final CurrentUser currentUser;
  private final Set<String> allowed;

  public ProposalController(ProposalList proposals, CurrentUser currentUser, RoleGroups roleGroups) {
    this.proposals = proposals;
    this.currentUser = currentUser;
    allowed = roleGroups.idsWithAdministrators(List.of(Role.BOARD_OFFICER, Role.BOARD_HEAD, Role.DECIDING_AUTHORITY,
        Role.MONITOR));
  }

  @GetMapping("/api/proposals")
  public ProposalList.Proposals proposals(@RequestParam(required = false) String plan) {
    currentUser.requireAnyOf(allowed, "Chỉ cơ quan thẩm định, người có thẩm quyền quyết định, người giám sát và quản trị hệ"
        + " thống xem được danh sách đề nghị khen thưởng trước khi có quyết định.");
    if (plan == null || plan.isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "Cần ghi số kế hoạch (plan), ví dụ: /api/proposals.xlsx?plan=125/KH-UBND.");
    }
    return currentUser.asTheEngine(() -> proposals.of(plan.trim())).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.NOT_FOUND, "Không có kế hoạch thi đua nào số " + plan.trim() + ". Kiểm tra lại số kế hoạch, ghi đúng như"
            + " khi phát động (ví dụ: 125/KH-UBND)."));
  }

  @GetMapping("/api/proposals.xlsx")
  public ResponseEntity<byte[]> proposalList(@RequestParam(required = false) String plan) {
    ProposalList.Proposals found = proposals(plan);
    return Workbook.download("danh-sach-de-nghi-khen-thuong", found.planNumber(), Workbook.of("Danh sách đề nghị", COLUMNS,
        found.rows().stream().map(r -> List.of(r.phase(), r.kind(), r.name(), text(r.position()), text(r.workUnit()),
            r.unitName(), text(r.achievementSummary()), r.proposal(), r.proposalStatus(), r.decision())).toList()));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
