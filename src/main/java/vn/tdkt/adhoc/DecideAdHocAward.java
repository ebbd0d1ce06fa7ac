package vn.tdkt.adhoc;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.TextVariables;
import vn.tdkt.decision.AwardRegister;

/**
 * "Quyết định khen thưởng đột xuất": the plan's deciding authority awards under a numbered,
 * dated decision; or does not award, saying why (the unit reads it); or returns the proposal to
 * the board with comments. A number the register holds for the plan's own phases is refused:
 * it is another decision. One decision may award several proposals of the plan, on its one day.
 */
@Component("decideAdHocAward")
public class DecideAdHocAward implements TaskListener {

  static final String AWARD = "AWARD";
  static final String NO_AWARD = "NO_AWARD";
  static final String RETURN = "RETURN";

  private final AwardRegister register;

  public DecideAdHocAward(AwardRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      List.of("adHocDecision", "decisionNumber", "decisionDate", "decisionComments").forEach(task::removeVariable);
      return;
    }
    Object decision = task.getVariable("adHocDecision");
    if (!List.of(AWARD, NO_AWARD, RETURN).contains(decision)) {
      throw new InvalidInputException(List.of("Chưa chọn khen thưởng, không khen thưởng hay trả lại tờ trình."));
    }
    if (AWARD.equals(decision)) {
      checkDecision(task);
      return;
    }
    new InvalidInputException.Problems()
        .requireText(task, "decisionComments", NO_AWARD.equals(decision)
            ? "Khi không khen thưởng phải ghi lý do ở mục Ý kiến; đơn vị được báo lý do này."
            : "Khi trả lại tờ trình phải ghi ý kiến để Ban TĐKT xem xét lại.")
        .addIf(NO_AWARD.equals(decision) && (!Decisions.isBlank(task.getVariable("decisionNumber"))
                || !Decisions.isBlank(task.getVariable("decisionDate"))),
            "Không khen thưởng thì không có số, ngày quyết định khen thưởng.")
        .throwIfAny();
    String comments = task.getVariable("decisionComments").toString().strip();
    if (NO_AWARD.equals(decision)) {
      AdHocOutcome.NOT_AWARDED.tell(task, "Cấp có thẩm quyền không khen thưởng. Lý do: " + comments);
    } else {
      task.setVariable(SignAdHocSubmission.BACK_TO_THE_BOARD, "Cấp có thẩm quyền: " + comments);
    }
  }

  private void checkDecision(DelegateTask task) {
    Object number = task.getVariable("decisionNumber");
    String planInstance = (String) task.getVariable("planProcessInstanceId");
    LocalDate day = Deadlines.parseOrNull(task.getVariable("decisionDate"));
    LocalDate proposedOn = Deadlines.parseOrNull(task.getVariable(CheckAdHocProposal.PROPOSED_ON));
    // One decision may award several proposals: then it carries one day.
    List<AwardRegister.Decision> sameNumber = Decisions.isBlank(number) ? List.of()
        : register.decisions((String) task.getVariable("planNumber"), number.toString()).stream()
            .filter(other -> !other.planProcessInstanceId().equals(planInstance)).toList();
    new InvalidInputException.Problems()
        .addIf(Decisions.isBlank(number), "Chưa nhập số quyết định khen thưởng.")
        .addFound(TextVariables.longerThan("Số quyết định", number, AwardRegister.NUMBER_LENGTH))
        .addFound(AwardRegister.numberProblem("Số quyết định", number))
        .addIf(!Decisions.isBlank(number) && register.holds(planInstance, number.toString()),
            () -> "Số quyết định " + number.toString().strip() + " đã được ghi sổ cho quyết định khen thưởng một đợt của"
                + " kế hoạch này. Đề nghị nhập số quyết định khen thưởng đột xuất.")
        .requireDayUpToToday(task.getVariable("decisionDate"), "Chưa nhập ngày ký quyết định.",
            "Ngày ký quyết định không được sau ngày hôm nay.")
        .addIf(day != null && proposedOn != null && day.isBefore(proposedOn), () -> "Ngày ký quyết định ("
            + Deadlines.display(day) + ") không được trước ngày đơn vị đề nghị (" + Deadlines.display(proposedOn) + ").")
        .addIf(day != null && sameNumber.stream().anyMatch(other -> !other.decisionDate().equals(day)), () -> "Quyết định số "
            + number.toString().strip() + " đã được ghi sổ với ngày " + Deadlines.display(sameNumber.get(0).decisionDate())
            + ": một quyết định chỉ có một ngày ký.")
        .throwIfAny();
    task.setVariable("decisionNumber", number.toString().strip());
    AdHocOutcome.AWARDED.tell(task, "Được tặng " + task.getVariable("awardName") + " theo Quyết định số "
        + number.toString().strip() + " ngày " + Deadlines.display(Deadlines.parse(task.getVariable("decisionDate"))) + ".");
  }
}
