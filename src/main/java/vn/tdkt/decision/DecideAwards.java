package vn.tdkt.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.ApprovalTask;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.PlanInstances;
import vn.tdkt.common.TextVariables;

/**
 * "Quyết định khen thưởng": the authority awards all or some of the proposed nominees under a
 * numbered decision, dated between the proposal it answers and today; or awards none of them,
 * saying why ({@code noAwards}: every row is marked not awarded, the phase ends with no decision
 * and the units read the reason, {@code noAwardsReason}); or returns the proposal with comments.
 * A nominee the board left out of the proposal cannot be awarded. A number the register already
 * holds for this plan (an earlier phase's decision, or an ad hoc award's) is refused: recording it
 * again would replace that phase's awards, and one number would stand for two decisions.
 */
@Component("decideAwards")
public class DecideAwards extends ApprovalTask {

  private static final String NO_AWARDS = "noAwards";

  /** What the units' notices say when nobody was awarded. */
  public static final String NO_AWARDS_REASON = "noAwardsReason";

  private final AwardRegister register;

  public DecideAwards(AwardRegister register) {
    super("decisionApproved", "decisionComments", "Chưa chọn quyết định khen thưởng hay trả lại tờ trình.",
        "Khi trả lại tờ trình phải ghi ý kiến.");
    this.register = register;
  }

  @Override
  protected void created(DelegateTask task) {
    task.removeVariable(NO_AWARDS);
  }

  private boolean heldByAnAdHocAward(DelegateTask task, String number) {
    List<AwardRegister.Decision> held = register.decisions((String) task.getVariable("planNumber"), number);
    if (held.isEmpty()) {
      return false;
    }
    Set<String> proposals = PlanInstances.adHocProposalsOf(task.getProcessEngineServices().getHistoryService(),
        task.getProcessInstanceId());
    return held.stream().anyMatch(decision -> proposals.contains(decision.planProcessInstanceId()));
  }

  @Override
  protected void completed(DelegateTask task, boolean approved) {
    if (!approved) {
      return;
    }
    List<ProposalNominee> nominees = JsonVariables.readList(task, "proposalNominees", ProposalNominee.class);
    if (Boolean.TRUE.equals(task.getVariable(NO_AWARDS))) {
      new InvalidInputException.Problems()
          .addIf(!Decisions.isBlank(task.getVariable("decisionNumber")) || !Decisions.isBlank(task.getVariable("decisionDate")),
              "Không khen thưởng thì không có số, ngày quyết định khen thưởng.")
          .requireText(task, "decisionComments", "Khi không khen thưởng ai phải ghi lý do ở mục Ý kiến.")
          .throwIfAny();
      // The rows come ticked: the authority need not untick each one to award nobody.
      task.setVariable("proposalNominees", JsonVariables.json(nominees.stream().map(ProposalNominee::notAwarded).toList()));
      task.setVariable(NO_AWARDS_REASON, task.getVariable("decisionComments"));
      return;
    }
    LocalDate decisionDate = Deadlines.parseOrNull(task.getVariable("decisionDate"));
    LocalDate proposalDate = Deadlines.parseOrNull(task.getVariable("proposalDate"));
    Object number = task.getVariable("decisionNumber");
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    nominees.stream().filter(n -> n.leftOut() && n.receivesAward())
        .forEach(n -> problems.add(n.label() + " đã được đưa ra khỏi tờ trình (lý do: " + n.withdrawnReason()
            + "), không thể khen thưởng; nếu cần, trả lại tờ trình để xem xét lại."));
    problems
        .addIf(Decisions.isBlank(number), "Chưa nhập số quyết định khen thưởng.")
        .addFound(TextVariables.longerThan("Số quyết định", number, AwardRegister.NUMBER_LENGTH))
        .addFound(AwardRegister.numberProblem("Số quyết định", number))
        .addIf(!Decisions.isBlank(number) && register.holds(task.getProcessInstanceId(), number.toString()),
            () -> "Số quyết định " + number.toString().trim() + " đã được ghi sổ khen thưởng cho một đợt"
                + " trước của kế hoạch này. Đề nghị nhập số quyết định khen thưởng của đợt này.")
        .addIf(!Decisions.isBlank(number) && heldByAnAdHocAward(task, number.toString()),
            () -> "Số quyết định " + number.toString().trim() + " đã được ghi sổ cho một quyết định khen thưởng đột xuất"
                + " của kế hoạch này. Đề nghị nhập số quyết định khen thưởng của đợt này.")
        .requireDayUpToToday(task.getVariable("decisionDate"), "Chưa nhập ngày ký quyết định.",
            "Ngày ký quyết định không được sau ngày hôm nay.")
        .addIf(decisionDate != null && proposalDate != null && decisionDate.isBefore(proposalDate), () -> "Ngày ký quyết"
            + " định (" + Deadlines.display(decisionDate) + ") không được trước ngày tờ trình (" + Deadlines.display(proposalDate) + ").")
        .addIf(nominees.stream().noneMatch(ProposalNominee::receivesAward),
            "Chưa chọn tập thể, cá nhân nào được khen thưởng; nếu không khen thưởng ai, đánh dấu «Không khen thưởng tập"
                + " thể, cá nhân nào» và ghi lý do ở mục Ý kiến.")
        .throwIfAny();
  }
}
