package vn.tdkt.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

  private final AwardRegister register;
  private final CurrentUser currentUser;

  public AwardController(AwardRegister register, CurrentUser currentUser) {
    this.register = register;
    this.currentUser = currentUser;
  }

  /** {@code planProcessInstanceId} only where the plan's number carries that decision number more than once (congresses). */
  public record WithdrawalRequest(String planNumber, String decisionNumber, String withdrawnOn, String reason,
      String planProcessInstanceId) {}

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
   * day, the reason (the withdrawing document) and the administrator who recorded it, and leave the
   * public list.
   */
  @PostMapping("/api/awards/withdrawals")
  public Map<String, Object> withdraw(@RequestBody WithdrawalRequest request) {
    currentUser.requireAnyOf(List.of(Groups.CAMUNDA_ADMIN), "Chỉ quản trị được ghi việc thu hồi quyết định khen thưởng.");
    String planNumber = Decisions.isBlank(request.planNumber()) ? null : request.planNumber().strip();
    String decisionNumber = Decisions.isBlank(request.decisionNumber()) ? null : request.decisionNumber().strip();
    String reason = Decisions.isBlank(request.reason()) ? null : request.reason().strip();
    LocalDate on = Deadlines.parseOrNull(request.withdrawnOn());
    List<AwardRegister.Decision> found = planNumber == null || decisionNumber == null ? List.of()
        : register.decisions(planNumber, decisionNumber).stream().filter(decision -> request.planProcessInstanceId() == null
            || decision.planProcessInstanceId().equals(request.planProcessInstanceId())).toList();
    AwardRegister.Decision decision = found.size() == 1 ? found.get(0) : null;
    new InvalidInputException.Problems()
        .addIf(planNumber == null, "Chưa nhập số kế hoạch.")
        .addIf(decisionNumber == null, "Chưa nhập số quyết định khen thưởng bị thu hồi.")
        .addIf(planNumber != null && decisionNumber != null && found.isEmpty(), () -> "Sổ khen thưởng không có quyết định số "
            + decisionNumber + " của kế hoạch số " + planNumber
            + (request.planProcessInstanceId() == null ? "" : " ghi từ phiên " + request.planProcessInstanceId()) + ".")
        .addIf(found.size() > 1, () -> "Quyết định số " + decisionNumber + " của kế hoạch số " + planNumber + " được ghi từ "
            + found.size() + " phiên (mỗi đơn vị tổ chức Đại hội ghi quyết định của mình): "
            + found.stream().map(d -> d.planProcessInstanceId() + " (" + d.unitName() + ")").collect(Collectors.joining(", "))
            + "; cần ghi rõ planProcessInstanceId.")
        .addIf(on == null, Deadlines.unusable(request.withdrawnOn(), "Chưa nhập ngày thu hồi."))
        .addIf(on != null && on.isAfter(Deadlines.today()), "Ngày thu hồi không được sau ngày hôm nay.")
        .addIf(on != null && decision != null && on.isBefore(decision.decisionDate()), () -> "Ngày thu hồi ("
            + Deadlines.display(on) + ") không được trước ngày quyết định (" + Deadlines.display(decision.decisionDate()) + ").")
        .addIf(reason == null, "Chưa nhập lý do thu hồi (số, ngày văn bản thu hồi và lý do).")
        .addIf(reason != null && reason.length() > AwardRegister.REASON_LENGTH, "Lý do thu hồi dài quá " + AwardRegister.REASON_LENGTH + " ký tự.")
        .throwIfAny();
    int withdrawn = register.withdraw(decision, on, reason, currentUser.id());
    if (withdrawn == 0) {
      throw new InvalidInputException(List.of("Quyết định số " + decision.decisionNumber() + " của kế hoạch số " + planNumber
          + " đã được ghi thu hồi trước đó."));
    }
    return Map.of("planNumber", planNumber, "decisionNumber", decision.decisionNumber(),
        "planProcessInstanceId", decision.planProcessInstanceId(), "withdrawnAwards", withdrawn);
  }
}
