package vn.tdkt.adhoc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.LaunchVariables;
import vn.tdkt.common.NamedLocks;
import vn.tdkt.common.TextVariables;
import vn.tdkt.decision.AwardRegister;
import vn.tdkt.unit.GrantUnitAccess;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Kiểm tra đề nghị khen thưởng đột xuất": the proposal belongs to an approved emulation plan that
 * is running, comes from the officer of a unit taking part in it, and says who is proposed and for
 * what. It runs in the transaction that starts (or revises) the proposal, so a refused one leaves
 * nothing. The first time it also takes from the plan what the later steps need (its title, award,
 * board, deciding authority), keys the instance "<plan>/<unit>" and lets the unit's groups read it.
 */
@Component("checkAdHocProposal")
public class CheckAdHocProposal implements JavaDelegate, ExecutionListener {

  static final String INDIVIDUAL = "INDIVIDUAL";
  static final String COLLECTIVE = "COLLECTIVE";

  /** An achievement summary ("tóm tắt thành tích") is a few paragraphs; the form says so. */
  static final int SUMMARY_LENGTH = 4000;

  /** What the start form sends: the unit's officer names the plan (and the unit, if several are theirs) and the nominee. */
  private static final Set<String> STARTED_WITH = Set.of("planNumber", "unitCode", "nomineeKind", "nomineeName",
      "nomineePosition", "achievementSummary");

  /** The day the proposal was made: its decision cannot be older. */
  static final String PROPOSED_ON = "proposedOn";

  private static final List<String> FROM_THE_PLAN = List.of("planTitle", "awardName", "boardGroup", "boardHeadGroup",
      "decidingGroup");

  private final RuntimeService runtime;
  private final UnitRegistry units;
  private final GrantUnitAccess unitAccess;
  private final NamedLocks locks;

  public CheckAdHocProposal(RuntimeService runtime, UnitRegistry units, GrantUnitAccess unitAccess, NamedLocks locks) {
    this.runtime = runtime;
    this.units = units;
    this.unitAccess = unitAccess;
    this.locks = locks;
  }

  /**
   * At the start event: anything sent besides the form's fields (REST takes any variable) could
   * name the plan's groups or its instance, which this step takes from the plan itself.
   */
  @Override
  public void notify(DelegateExecution started) {
    LaunchVariables.refuseOthers(started, "Đề nghị khen thưởng đột xuất", STARTED_WITH);
    // Tasklist sends text; REST may send another type, or a transient value gone once the start commits.
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    for (String name : new TreeSet<>(STARTED_WITH)) {
      TypedValue sent = started.getVariableTyped(name, false);
      problems.addIf(sent != null && (sent.isTransient() || sent.getValue() != null && !(sent.getValue() instanceof String)),
          () -> "Biến " + name + " phải là văn bản (kiểu String), được lưu (không transient).");
    }
    problems.throwIfAny();
  }

  @Override
  public void execute(DelegateExecution execution) {
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    checkNominee(execution, problems);
    if (execution.getVariable("planProcessInstanceId") != null) {
      problems.throwIfAny(); // a revision: plan and unit were settled when it was proposed
      return;
    }
    // Held while the plan is read: the plan's cancellation, holding it too, then finds this proposal to cancel.
    locks.hold(NamedLocks.PLAN_NUMBER);
    Optional<ProcessInstance> plan = plan(execution, problems);
    Optional<Unit> unit = proposingUnit(execution, problems);
    if (plan.isPresent() && unit.isPresent()) {
      problems.addFound(notTakingPart(plan.get(), unit.get()));
    }
    problems.throwIfAny();
    link(execution, plan.orElseThrow(), unit.orElseThrow());
  }

  private static void checkNominee(DelegateExecution execution, InvalidInputException.Problems problems) {
    Object kind = execution.getVariable("nomineeKind");
    boolean individual = INDIVIDUAL.equals(kind);
    problems
        .addIf(!individual && !COLLECTIVE.equals(kind), "Chưa chọn đối tượng đề nghị khen thưởng (cá nhân hay tập thể).")
        .requireText(execution, "nomineeName", individual ? "Chưa nhập họ và tên người được đề nghị."
            : "Chưa nhập tên tập thể được đề nghị.")
        .addFound(TextVariables.longerThan("Tên người, tập thể được đề nghị", execution.getVariable("nomineeName"),
            AwardRegister.NAME_LENGTH))
        .addIf(individual && Decisions.isBlank(execution.getVariable("nomineePosition")),
            "Chưa nhập chức vụ, đơn vị công tác của người được đề nghị.")
        .addFound(TextVariables.longerThan("Chức vụ", execution.getVariable("nomineePosition"), AwardRegister.NAME_LENGTH))
        .requireText(execution, "achievementSummary", "Chưa nhập tóm tắt thành tích.")
        .addFound(TextVariables.longerThan("Tóm tắt thành tích", execution.getVariable("achievementSummary"), SUMMARY_LENGTH));
    if (COLLECTIVE.equals(kind)) {
      execution.removeVariable("nomineePosition"); // a collective has no position: a leftover of a first choice
    }
  }

  /** The running emulation plan of that number, once approved: ad hoc awards are given during its drive. */
  private Optional<ProcessInstance> plan(DelegateExecution execution, InvalidInputException.Problems problems) {
    Object number = execution.getVariable("planNumber");
    if (Decisions.isBlank(number)) {
      problems.add("Chưa nhập số kế hoạch thi đua (ví dụ 125/KH-UBND).");
      return Optional.empty();
    }
    String planNumber = number.toString().strip();
    execution.setVariable("planNumber", planNumber);
    Optional<ProcessInstance> plan = asTheEngine(() -> runtime.createProcessInstanceQuery()
        .processDefinitionKey("emulationPlan").processInstanceBusinessKey(planNumber).list().stream().findFirst());
    if (plan.isEmpty()) {
      problems.add("Không có kế hoạch thi đua số " + planNumber + " đang thực hiện. Khen thưởng đột xuất được đề nghị"
          + " trong một kế hoạch thi đua đang thực hiện; kiểm tra lại số kế hoạch, ghi đúng như khi phát động.");
    } else if (!Boolean.TRUE.equals(asTheEngine(() -> runtime.getVariable(plan.get().getId(), "planApproved")))) {
      problems.add("Kế hoạch số " + planNumber + " chưa được phê duyệt: chỉ đề nghị khen thưởng đột xuất khi kế hoạch đã"
          + " được phê duyệt, phát động.");
      return Optional.empty();
    }
    return plan;
  }

  /**
   * The unit the proposal comes from: the one named, or, left blank, the only unit whose
   * emulation officer the user is. Outside a user's session (an administrator's call through the
   * Java API) the unit must be named.
   */
  private Optional<Unit> proposingUnit(DelegateExecution execution, InvalidInputException.Problems problems) {
    Authentication user = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    List<String> ownUnits = user == null || user.getGroupIds() == null ? List.of()
        : user.getGroupIds().stream().map(Unit::ofOfficerGroup).filter(code -> code != null).sorted().toList();
    Object named = execution.getVariable("unitCode");
    String code = Decisions.isBlank(named) ? (ownUnits.size() == 1 ? ownUnits.get(0) : null) : named.toString().strip();
    if (code == null) {
      problems.add(ownUnits.isEmpty() ? "Chỉ cán bộ thi đua của đơn vị tham gia kế hoạch được đề nghị khen thưởng đột xuất."
          : "Anh/chị làm công tác thi đua của nhiều đơn vị: ghi mã đơn vị đề nghị (" + codesAndNames(ownUnits) + ").");
      return Optional.empty();
    }
    Optional<Unit> unit = units.find(code);
    if (unit.isEmpty()) {
      problems.add("Không có đơn vị mã «" + code + "».");
    } else if (user != null && !ownUnits.contains(code)) {
      problems.add("Anh/chị không phải cán bộ thi đua của " + unit.get().name() + ": chỉ đề nghị được cho đơn vị của mình"
          + (ownUnits.isEmpty() ? "." : " (" + codesAndNames(ownUnits) + ")."));
      return Optional.empty();
    } else {
      Optional<String> ceased = unit.get().notInForceOn(Deadlines.today());
      ceased.ifPresent(problems::add);
      return ceased.isPresent() ? Optional.empty() : unit;
    }
    return Optional.empty();
  }

  private String codesAndNames(List<String> codes) {
    Map<String, String> names = units.names(codes);
    return String.join(", ", codes.stream().map(code -> "mã " + code + ": " + names.getOrDefault(code, code)).toList());
  }

  /** Null when the unit, or a unit it succeeded, is one of the plan's. */
  private String notTakingPart(ProcessInstance plan, Unit unit) {
    List<Unit> planUnits = JsonVariables.readList(asTheEngine(() -> runtime.getVariable(plan.getId(), "planUnits")), Unit.class);
    boolean takesPart = planUnits.stream().anyMatch(u -> units.current(u.code()).code().equals(unit.code()));
    return takesPart ? null : unit.name() + " không tham gia kế hoạch số " + plan.getBusinessKey()
        + ": chỉ đơn vị tham gia kế hoạch được đề nghị khen thưởng đột xuất trong kế hoạch.";
  }

  private void link(DelegateExecution execution, ProcessInstance plan, Unit unit) {
    Map<String, Object> fromPlan = asTheEngine(() -> runtime.getVariables(plan.getId(), FROM_THE_PLAN));
    execution.setVariables(fromPlan);
    execution.setVariable("planProcessInstanceId", plan.getId());
    execution.setVariable("unitCode", unit.code());
    execution.setVariable("unitName", unit.name());
    execution.setVariable(PROPOSED_ON, Deadlines.today().toString());
    execution.setProcessBusinessKey(plan.getBusinessKey() + "/" + unit.code());
    unitAccess.grantRead(execution.getProcessInstanceId(), unit);
  }

  /** The plan is the board's: the unit's officer reads what the proposal needs of it, nothing more. */
  private static <T> T asTheEngine(Callable<T> reading) {
    return Context.getCommandContext().runWithoutAuthorization(reading);
  }
}
