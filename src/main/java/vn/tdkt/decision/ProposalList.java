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
import vn.tdkt.selection.Nominee;

/**
 * The board's proposal of an emulation plan ("danh sách đề nghị khen thưởng", the list a proposal
 * letter carries to the deciding authority), each phase's as it stands: consolidated, drafted,
 * signed, decided. Read from the history, so a phase ended, a plan ended and the phase under way
 * read alike.
 */
@Component
public class ProposalList {

  /** A nominee's row: who, proposed by which unit, and where the proposal and the decision left them. */
  public record Row(String phase, String kind, String name, String position, String workUnit, String unitCode,
      String unitName, String achievementSummary, String proposal, String proposalStatus, String decision) {}

  public record Proposals(String planNumber, String planTitle, String awardName, List<Row> rows) {}

  /**
   * The proposal's own variables, which each phase sets anew on the plan (StartPhase removes the
   * last phase's); the history keeps every phase's, removed or not.
   */
  private static final String[] OF_A_PHASE = {"proposalNominees", "proposalNumber", "proposalDate", "decisionApproved",
      "decisionNumber", "decisionDate", DecideAwards.NO_AWARDS_REASON};

  private final HistoryService history;

  public ProposalList(HistoryService history) {
    this.history = history;
  }

  /** The proposal of the emulation plan under that number; empty when no plan has it, or it is not an emulation plan. */
  public Optional<Proposals> of(String planNumber) {
    return PlanNumbers.numbered(history, planNumber).filter(plan -> "emulationPlan".equals(plan.getProcessDefinitionKey()))
        .map(this::proposalsOf);
  }

  private Proposals proposalsOf(HistoricProcessInstance plan) {
    List<Phase> phases = phases(plan);
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId())
        .variableNameIn(OF_A_PHASE).includeDeleted().list()) {
      if (variable.getValue() != null && variable.getExecutionId().equals(plan.getId())) {
        phaseAt(phases, variable.getCreateTime()).values.put(variable.getName(), variable.getValue());
      }
    }
    Map<String, Object> planData = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId()).variableNameIn("planTitle", "awardName")
        .list().stream().filter(v -> v.getExecutionId().equals(plan.getId()) && v.getValue() != null)
        .forEach(v -> planData.put(v.getName(), v.getValue()));
    List<Row> rows = new ArrayList<>();
    phases.forEach(phase -> rows.addAll(phase.rows()));
    return new Proposals(plan.getBusinessKey(), (String) planData.get("planTitle"), (String) planData.get("awardName"), rows);
  }

  /** The plan's phases in order, each from its start (its name is set as it begins, and never again). */
  private List<Phase> phases(HistoricProcessInstance plan) {
    List<Phase> phases = new ArrayList<>();
    Map<String, Integer> numbers = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId()).variableName("phaseNumber").includeDeleted()
        .list().forEach(v -> numbers.put(v.getActivityInstanceId(), ((Number) v.getValue()).intValue()));
    history.createHistoricVariableInstanceQuery().processInstanceId(plan.getId()).variableName("phaseName").includeDeleted()
        .list().forEach(v -> phases.add(new Phase(numbers.getOrDefault(v.getActivityInstanceId(), 0),
            (String) v.getValue(), v.getCreateTime())));
    phases.sort(Comparator.comparingInt(Phase::number));
    return phases;
  }

  /**
   * The phase a proposal's value was last written in: the last to begin strictly before. A phase's
   * decision and the next phase's start are one transaction, one instant; the next phase's own
   * proposal comes only after its units' work, later.
   */
  private static Phase phaseAt(List<Phase> phases, Date written) {
    Phase at = phases.get(0);
    for (Phase phase : phases) {
      if (phase.started.before(written)) {
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
    List<Row> rows() {
      List<ProposalNominee> nominees = JsonVariables.readList(values.get("proposalNominees"), ProposalNominee.class);
      return nominees.stream().sorted(Comparator.comparing(n -> Nominee.COLLECTIVE.equals(n.kind()) ? 0 : 1))
          .map(n -> new Row(name, AwardWorkbook.kindName(n.kind()), n.name(), n.position(), n.workUnit(), n.unitCode(),
              n.unitName(), n.achievementSummary(), proposal(), n.leftOut() ? "Không đưa vào tờ trình: " + n.withdrawnReason()
              : "Đề nghị khen thưởng", decision(n)))
          .toList();
    }

    /** "Tờ trình số 01/TTr ngày 20/06/2024", or that none is drafted yet. */
    private String proposal() {
      Object number = values.get("proposalNumber");
      Object day = values.get("proposalDate");
      return Decisions.isBlank(number) ? "Chưa lập tờ trình"
          : "Tờ trình số " + number + (Decisions.isBlank(day) ? "" : " ngày " + Deadlines.display(Deadlines.parse(day)));
    }

    private String decision(ProposalNominee nominee) {
      if (!Boolean.TRUE.equals(values.get("decisionApproved"))) {
        return "Chưa quyết định";
      }
      Object noAwards = values.get(DecideAwards.NO_AWARDS_REASON);
      if (noAwards != null) {
        return "Không khen thưởng: " + noAwards;
      }
      return nominee.receivesAward() ? "Được khen thưởng theo Quyết định số " + values.get("decisionNumber") + " ngày "
          + Deadlines.display(Deadlines.parse(values.get("decisionDate"))) : "Không được khen thưởng";
    }
  }
}
