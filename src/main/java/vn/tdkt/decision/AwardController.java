package vn.tdkt.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * {@code POST /api/awards/withdrawals} for administrators, to record that a decision was withdrawn, and
 * {@code POST /api/awards/withdrawals/undo} to undo such a record.
 */
@RestController
public class AwardController {

  private static final Logger LOG = LoggerFactory.getLogger(AwardController.class);

  static final String FILE_NAME = "danh-sach-khen-thuong";

  private final AwardRegister register;
  private final CurrentUser currentUser;

  public AwardController(AwardRegister register, CurrentUser currentUser) {
    this.register = register;
    this.currentUser = currentUser;
  }

  /**
   * {@code planProcessInstanceId} only where the plan's number carries that decision number more than once (congresses,
   * ad hoc awards).
   */
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
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    AwardRegister.Decision decision = decision(request.planNumber(), request.decisionNumber(), request.planProcessInstanceId(),
        problems);
    String reason = reason(request.reason(), "Chưa nhập lý do thu hồi (số, ngày văn bản thu hồi và lý do).", problems);
    LocalDate on = Deadlines.parseOrNull(request.withdrawnOn());
    problems
        .addIf(on == null, Deadlines.unusable(request.withdrawnOn(), "Chưa nhập ngày thu hồi."))
        .addIf(on != null && on.isAfter(Deadlines.today()), "Ngày thu hồi không được sau ngày hôm nay.")
        .addIf(on != null && decision != null && on.isBefore(decision.decisionDate()), () -> "Ngày thu hồi ("
            + Deadlines.display(on) + ") không được trước ngày quyết định (" + Deadlines.display(decision.decisionDate()) + ").")
        .throwIfAny();
    return changed(request.planNumber(), decision, "withdrawnAwards", register.withdraw(decision, on, reason, currentUser.id()),
        "đã được ghi thu hồi trước đó");
  }

  /** {@code reason}: why the record is undone (entered by mistake, or the authority revoked its withdrawal). */
  public record UndoRequest(String planNumber, String decisionNumber, String reason, String planProcessInstanceId) {}

  /**
   * Undoes a recorded withdrawal: one entered by mistake, or one the authority itself revoked. The
   * awards are valid again and return to the public list. The register keeps no history of its rows,
   * so who undid it and why go to the application's log.
   */
  @PostMapping("/api/awards/withdrawals/undo")
  public Map<String, Object> undoWithdrawal(@RequestBody UndoRequest request) {
    currentUser.requireAnyOf(List.of(Groups.CAMUNDA_ADMIN), "Chỉ quản trị được hủy việc ghi thu hồi quyết định khen thưởng.");
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    AwardRegister.Decision decision = decision(request.planNumber(), request.decisionNumber(), request.planProcessInstanceId(),
        problems);
    String reason = reason(request.reason(), "Chưa nhập lý do hủy việc ghi thu hồi.", problems);
    problems.throwIfAny();
    Map<String, Object> answer = changed(request.planNumber(), decision, "restoredAwards", register.undoWithdrawal(decision),
        "chưa được ghi thu hồi");
    LOG.info("{} undid the withdrawal of decision {} (plan {}, instance {}), its awards valid again: {}", currentUser.id(),
        decision.decisionNumber(), answer.get("planNumber"), decision.planProcessInstanceId(), reason);
    return answer;
  }

  /** The answer to a change of the decision's awards; none changed means the decision was in that state already. */
  private static Map<String, Object> changed(String planNumber, AwardRegister.Decision decision, String countName, int count,
      String unchangedState) {
    if (count == 0) {
      throw new InvalidInputException(List.of("Quyết định số " + decision.decisionNumber() + " của kế hoạch số "
          + planNumber.strip() + " " + unchangedState + "."));
    }
    return Map.of("planNumber", planNumber.strip(), "decisionNumber", decision.decisionNumber(),
        "planProcessInstanceId", decision.planProcessInstanceId(), countName, count);
  }

  /** The one decision of the register the request names, or null with the problem added. */
  private AwardRegister.Decision decision(String planNumberSent, String decisionNumberSent, String instanceId,
      InvalidInputException.Problems problems) {
    String planNumber = Decisions.isBlank(planNumberSent) ? null : planNumberSent.strip();
    String decisionNumber = Decisions.isBlank(decisionNumberSent) ? null : decisionNumberSent.strip();
    List<AwardRegister.Decision> found = planNumber == null || decisionNumber == null ? List.of()
        : register.decisions(planNumber, decisionNumber).stream()
            .filter(decision -> instanceId == null || decision.planProcessInstanceId().equals(instanceId)).toList();
    problems
        .addIf(planNumber == null, "Chưa nhập số kế hoạch.")
        .addIf(decisionNumber == null, "Chưa nhập số quyết định khen thưởng bị thu hồi.")
        .addIf(planNumber != null && decisionNumber != null && found.isEmpty(), () -> "Sổ khen thưởng không có quyết định số "
            + decisionNumber + " của kế hoạch số " + planNumber + (instanceId == null ? "" : " ghi từ phiên " + instanceId) + ".")
        .addIf(found.size() > 1, () -> "Quyết định số " + decisionNumber + " của kế hoạch số " + planNumber + " được ghi từ "
            + found.size() + " phiên (mỗi Đại hội, mỗi đề nghị khen thưởng đột xuất ghi quyết định của mình): "
            + found.stream().map(d -> d.planProcessInstanceId() + " (" + d.unitName() + ")").collect(Collectors.joining(", "))
            + "; cần ghi rõ planProcessInstanceId.");
    return found.size() == 1 ? found.get(0) : null;
  }

  private static String reason(String sent, String missing, InvalidInputException.Problems problems) {
    String reason = Decisions.isBlank(sent) ? null : sent.strip();
    problems.addIf(reason == null, missing)
        .addIf(reason != null && reason.length() > AwardRegister.REASON_LENGTH,
            "Lý do dài quá " + AwardRegister.REASON_LENGTH + " ký tự.");
    return reason;
  }
}
