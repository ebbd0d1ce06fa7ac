package vn.tdkt.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.PlanNumbers;
import vn.tdkt.plan.StartPhase;
import vn.tdkt.selection.Nominee;

/**
 * The board's proposal of an emulation plan ("danh sách đề nghị khen thưởng", the list a proposal
 * letter carries to the deciding authority), each phase's as it stands: consolidated, drafted,
 * decided. Read from the history, so a phase ended, a plan ended and the phase under way read alike.
 */
@Component
public class ProposalList {

  /** A nominee who passed appraisal: who, proposed by which unit, and where the proposal and the decision left them. */
  public record Row(String kind, String name, String position, String workUnit, String unitCode, String unitName,
      String achievementSummary, String status, String decision) {}

  /** A phase's proposal: its letter ("Tờ trình số … ngày …", or how far it is), and its rows. */
  public record PhaseProposal(int phaseNumber, String phase, String proposal, List<Row> rows) {}

  public record Proposals(String planNumber, String planTitle, String awardName, boolean cancelled,
      List<PhaseProposal> phases) {}

  /**
   * The proposal's own variables. Each phase sets them anew on the plan ({@link StartPhase} removes
   * the last phase's): the history keeps every phase's, removed or not, each created in its phase.
   */
  static final List<String> OF_A_PHASE = List.of("proposalNominees", "proposalNumber", "proposalDate", "decisionApproved",
      "decisionNumber", "decisionDate", DecideAwards.NO_AWARDS_REASON);

  private final HistoryService history;
  private final AwardRegister register;

  public ProposalList(HistoryService history, AwardRegister register) {
    this.history = history;
    this.register = register;
  }

  /**
   * The proposal of an emulation plan: of the phase numbered {@code phaseNumber}, or every phase
   * begun when it is null; empty when that phase has not begun or the plan has none of that number.
   */
  public Optional<Proposals> of(HistoricProcessInstance plan, Integer phaseNumber) {
    Proposals all = of(plan);
    if (phaseNumber == null) {
      return Optional.of(all);
    }
    return all.phases().stream().filter(p -> p.phaseNumber() == phaseNumber).findFirst().map(phase ->
        new Proposals(all.planNumber(), all.planTitle(), all.awardName(), all.cancelled(), List.of(phase)));
  }

  private Proposals of(HistoricProcessInstance plan) {
    List<Phase> phases = phases(plan);
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
        .variableNameIn(OF_A_PHASE.toArray(String[]::new)).includeDeleted().list()) {
      boolean onThePlan = variable.getExecutionId().equals(plan.getId());
      // Each round of the decision removes the last one's answer; approving it ends the phase, so an approval is the last.
      boolean returned = "decisionApproved".equals(variable.getName()) && !Boolean.TRUE.equals(variable.getValue());
      if (onThePlan && variable.getValue() != null && !returned && !phases.isEmpty()) {
        phaseCreating(phases, variable.getCreateTime()).values.put(variable.getName(), variable.getValue());
      }
    }
    Map<String, Object> planData = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId()).variableNameIn("planTitle", "awardName")
        .list().stream().filter(v -> v.getExecutionId().equals(plan.getId()) && v.getValue() != null)
        .forEach(v -> planData.put(v.getName(), v.getValue()));
    return new Proposals(plan.getBusinessKey(), (String) planData.get("planTitle"), (String) planData.get("awardName"),
        PlanNumbers.cancelled(plan), phases.stream().map(phase -> phase.proposal(withdrawal(plan, phase))).toList());
  }

  /** "; quyết định đã bị thu hồi ngày … (…)" once the phase's decision has been withdrawn ({@link AwardRegister#withdraw}), or "". */
  private String withdrawal(HistoricProcessInstance plan, Phase phase) {
    Object number = phase.values().get("decisionNumber");
    return number == null ? "" : register.withdrawalOf(plan.getId(), number.toString())
        .map(award -> "; quyết định " + award.withdrawal()).orElse("");
  }

  /** The plan's phases in order, each from its start: its name and number are set, local to it, as it begins. */
  private List<Phase> phases(HistoricProcessInstance plan) {
    Map<String, Integer> numbers = new HashMap<>();
    List<HistoricVariableInstance> names = new ArrayList<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
        .variableNameIn("phaseNumber", "phaseName").includeDeleted().list()) {
      // A plan of one phase may give its name at launch, a variable of the plan, not a phase.
      if (v.getExecutionId().equals(plan.getId())) {
        continue;
      }
      if ("phaseNumber".equals(v.getName())) {
        numbers.put(v.getActivityInstanceId(), ((Number) v.getValue()).intValue());
      } else {
        names.add(v);
      }
    }
    return names.stream().filter(v -> numbers.containsKey(v.getActivityInstanceId()))
        .map(v -> new Phase(numbers.get(v.getActivityInstanceId()), (String) v.getValue(), v.getCreateTime()))
        .sorted(Comparator.comparingInt(Phase::number)).toList();
  }

  /**
   * The phase a proposal's variable was created in: the last begun strictly before. Under a clock
   * that does not move (the tests'), a phase's decision and the next phase's start share an
   * instant; a phase's own proposal comes only after its units' work.
   */
  private static Phase phaseCreating(List<Phase> phases, Date created) {
    Phase at = phases.get(0);
    for (Phase phase : phases) {
      if (phase.started.before(created)) {
        at = phase;
      }
    }
    return at;
  }

  private record Phase(int number, String name, Date started, Map<String, Object> values) {

    Phase(int number, String name, Date started) {
      this(number, name, started, new HashMap<>());
    }

    /** Collectives before individuals, as a proposal lists them; in the consolidated order (the plan's units) within. */
    PhaseProposal proposal(String withdrawal) {
      List<ProposalNominee> nominees = JsonVariables.readList(values.get("proposalNominees"), ProposalNominee.class);
      return new PhaseProposal(number, name, letter(nominees), nominees.stream()
          .sorted(Comparator.comparing(n -> Nominee.COLLECTIVE.equals(n.kind()) ? 0 : 1))
          .map(n -> new Row(Nominee.kindHeading(n.kind()), n.name(), n.position(), n.workUnit(), n.unitCode(), n.unitName(),
              n.achievementSummary(), status(n), decision(n, withdrawal)))
          .toList());
    }

    private boolean drafted() {
      return !Decisions.isBlank(values.get("proposalNumber"));
    }

    /** "Tờ trình số 01/TTr ngày 20/06/2024", or how far the proposal is. */
    private String letter(List<ProposalNominee> nominees) {
      if (!values.containsKey("proposalNominees")) {
        return "Chưa tổng hợp danh sách đề nghị (các đơn vị chưa hoàn thành xét chọn, thẩm định của đợt)";
      }
      if (nominees.isEmpty()) {
        return "Không có tập thể, cá nhân nào đạt thẩm định: đợt không có tờ trình";
      }
      Object day = values.get("proposalDate");
      return !drafted() ? "Chưa lập tờ trình" : "Tờ trình số " + values.get("proposalNumber")
          + (Decisions.isBlank(day) ? "" : " ngày " + Deadlines.display(Deadlines.parse(day)));
    }

    private String status(ProposalNominee nominee) {
      if (!drafted()) {
        return "Đạt thẩm định, chưa lập tờ trình";
      }
      return nominee.leftOut() ? "Không đưa vào tờ trình (lý do: " + nominee.withdrawnReason() + ")" : "Đề nghị khen thưởng";
    }

    private String decision(ProposalNominee nominee, String withdrawal) {
      if (nominee.leftOut()) {
        return "Không trình cấp có thẩm quyền xét";
      }
      if (!values.containsKey("decisionApproved")) {
        return "Chưa có quyết định";
      }
      Object noAwards = values.get(DecideAwards.NO_AWARDS_REASON);
      if (noAwards != null) {
        return "Không khen thưởng (lý do: " + noAwards + ")";
      }
      return nominee.receivesAward() ? "Được khen thưởng theo Quyết định số " + values.get("decisionNumber") + " ngày "
          + Deadlines.display(Deadlines.parse(values.get("decisionDate"))) + withdrawal : "Không được khen thưởng";
    }
  }
}
