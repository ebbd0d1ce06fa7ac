package vn.tdkt.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.Workbook;
import vn.tdkt.identity.CurrentUser;

/**
 * The award register over HTTP: {@code GET /api/awards?planNumber=…&nomineeName=…} as JSON, and
 * {@code GET /api/awards.xlsx} with the same filters as the Excel list an office attaches to a decision;
 * {@code POST /api/awards/withdrawals} for administrators, to record that a decision was withdrawn.
 */
@RestController
public class AwardController {

  static final String FILE_NAME = "danh-sach-khen-thuong";

  /** The reason's column (schema.sql). */
  static final int REASON_LENGTH = 1000;

  private final AwardRegister register;
  private final CurrentUser currentUser;

  public AwardController(AwardRegister register, CurrentUser currentUser) {
    this.register = register;
    this.currentUser = currentUser;
  }

  public record WithdrawalRequest(String planNumber, String decisionNumber, String withdrawnOn, String reason) {}

  @GetMapping("/api/awards")
  public List<AwardRegister.Award> awards(@RequestParam(required = false) String planNumber,
      @RequestParam(required = false) String nomineeName) {
    return register.find(planNumber, nomineeName);
  }

  @GetMapping("/api/awards.xlsx")
  public ResponseEntity<byte[]> awardList(@RequestParam(required = false) String planNumber,
      @RequestParam(required = false) String nomineeName) {
    return Workbook.download(FILE_NAME, planNumber, AwardWorkbook.of(register.find(planNumber, nomineeName)));
  }

  /**
   * "Thu hồi quyết định khen thưởng": the deciding authority withdrew a decision (the law lets it,
   * e.g. for an award granted on false records); its awards stay in the register, marked with the
   * day and the reason (the withdrawing document), and leave the public list.
   */
  @PostMapping("/api/awards/withdrawals")
  public Map<String, Object> withdraw(@RequestBody WithdrawalRequest request) {
    currentUser.requireAnyOf(List.of(Groups.CAMUNDA_ADMIN), "Chỉ quản trị được ghi việc thu hồi quyết định khen thưởng.");
    LocalDate on = Deadlines.parseOrNull(request.withdrawnOn());
    boolean named = !Decisions.isBlank(request.planNumber()) && !Decisions.isBlank(request.decisionNumber());
    LocalDate decided = named ? register.decidedOn(request.planNumber().strip(), request.decisionNumber()).orElse(null) : null;
    new InvalidInputException.Problems()
        .addIf(Decisions.isBlank(request.planNumber()), "Chưa nhập số kế hoạch.")
        .addIf(Decisions.isBlank(request.decisionNumber()), "Chưa nhập số quyết định khen thưởng bị thu hồi.")
        .addIf(named && decided == null, () -> "Sổ khen thưởng không có quyết định số " + request.decisionNumber().strip()
            + " của kế hoạch số " + request.planNumber().strip() + ".")
        .addIf(on == null, Deadlines.unusable(request.withdrawnOn(), "Chưa nhập ngày thu hồi."))
        .addIf(on != null && on.isAfter(Deadlines.today()), "Ngày thu hồi không được sau ngày hôm nay.")
        .addIf(on != null && decided != null && on.isBefore(decided), () -> "Ngày thu hồi (" + Deadlines.display(on)
            + ") không được trước ngày quyết định (" + Deadlines.display(decided) + ").")
        .addIf(Decisions.isBlank(request.reason()), "Chưa nhập lý do thu hồi (số, ngày văn bản thu hồi và lý do).")
        .addIf(request.reason() != null && request.reason().length() > REASON_LENGTH,
            "Lý do thu hồi dài quá " + REASON_LENGTH + " ký tự.")
        .throwIfAny();
    int withdrawn = register.withdraw(request.planNumber().strip(), request.decisionNumber(), on, request.reason().strip());
    if (withdrawn == 0) {
      throw new InvalidInputException(List.of("Quyết định số " + request.decisionNumber().strip() + " của kế hoạch số "
          + request.planNumber().strip() + " đã được ghi thu hồi trước đó."));
    }
    return Map.of("planNumber", request.planNumber().strip(), "decisionNumber", request.decisionNumber().strip(),
        "withdrawnAwards", withdrawn);
  }
}
