package vn.tdkt.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.tdkt.common.PlanNumbers;
import vn.tdkt.common.Workbook;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.RoleGroups;

/**
 * The proposal's list over HTTP: {@code GET /api/proposals?plan=<plan number>&phase=<phase number>}
 * as JSON, and {@code GET /api/proposals.xlsx} with the same parameters as the Excel list a proposal
 * letter carries (the phase's, or every phase's without {@code phase}). For those who follow every
 * unit of a plan (the board, the deciding authorities, supervisors, administrators); units are
 * refused, as it names every unit's nominees.
 */
@RestController
public class ProposalController {

  static final String FILE_NAME = "danh-sach-de-nghi-khen-thuong";
  private static final List<Workbook.Column> COLUMNS = List.of(new Workbook.Column("Đợt", 16),
      new Workbook.Column("Tập thể/Cá nhân", 15), new Workbook.Column("Tên tập thể, cá nhân", 36),
      new Workbook.Column("Chức vụ", 24), new Workbook.Column("Đơn vị công tác", 30), new Workbook.Column("Đơn vị đề nghị", 30),
      new Workbook.Column("Tóm tắt thành tích", 60), new Workbook.Column("Tờ trình", 32),
      new Workbook.Column("Tình trạng đề nghị", 40), new Workbook.Column("Quyết định", 44));

  private final ProposalList proposals;
  private final HistoryService history;
  private final CurrentUser currentUser;
  private final Set<String> allowed;

  public ProposalController(ProposalList proposals, HistoryService history, CurrentUser currentUser, RoleGroups roleGroups) {
    this.proposals = proposals;
    this.history = history;
    this.currentUser = currentUser;
    allowed = roleGroups.idsWithAdministrators(RoleGroups.FOLLOWING_EVERY_UNIT);
  }

  @GetMapping("/api/proposals")
  public ProposalList.Proposals proposals(@RequestParam(required = false) String plan,
      @RequestParam(required = false) Integer phase) {
    return read(plan, phase, "/api/proposals");
  }

  @GetMapping("/api/proposals.xlsx")
  public ResponseEntity<byte[]> proposalList(@RequestParam(required = false) String plan,
      @RequestParam(required = false) Integer phase) {
    ProposalList.Proposals found = read(plan, phase, "/api/proposals.xlsx");
    List<String> title = new ArrayList<>(List.of("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
        "Kế hoạch số " + found.planNumber() + (found.planTitle() == null ? "" : ": " + found.planTitle())));
    if (found.awardName() != null) {
      title.add("Hình thức khen thưởng: " + found.awardName());
    }
    if (phase != null) {
      ProposalList.PhaseProposal only = found.phases().get(0);
      title.add(only.phase() + ": " + only.proposal());
    } else if (found.phases().isEmpty()) {
      title.add("Kế hoạch chưa bắt đầu đợt thi đua nào.");
    }
    if (found.cancelled()) {
      title.add("Kế hoạch này đã bị hủy.");
    }
    List<List<String>> rows = found.phases().stream().flatMap(p -> p.rows().stream().map(r -> Arrays.asList(p.phase(),
        r.kind(), r.name(), r.position(), r.workUnit(), r.unitName(), r.achievementSummary(), p.proposal(), r.status(),
        r.decision()))).toList();
    // Each phase's list its own file name, so two phases downloaded do not become "(1)" of one another.
    return Workbook.download(FILE_NAME, found.planNumber() + (phase == null ? "" : " dot " + phase),
        Workbook.of("Danh sách đề nghị", title, COLUMNS, rows));
  }

  private ProposalList.Proposals read(String plan, Integer phase, String path) {
    currentUser.requireAnyOf(allowed, "Chỉ cơ quan thẩm định, người có thẩm quyền quyết định khen thưởng, người giám sát và"
        + " quản trị hệ thống xem được danh sách đề nghị khen thưởng (danh sách nêu tập thể, cá nhân được đề nghị của mọi"
        + " đơn vị).");
    String number = PlanNumbers.requested(plan, path);
    return currentUser.readingHistory(() -> {
      HistoricProcessInstance found = PlanNumbers.numbered(history, number).orElseThrow(() -> PlanNumbers.noPlan(number));
      if (!"emulationPlan".equals(found.getProcessDefinitionKey())) {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Số " + number + " là số của một kế hoạch khác ("
            + found.getProcessDefinitionName() + "): danh sách đề nghị khen thưởng chỉ có ở kế hoạch thi đua.");
      }
      return proposals.of(found, phase).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
          "Kế hoạch số " + number + " chưa đến đợt " + phase + " hoặc không có đợt " + phase + "."));
    });
  }
}
