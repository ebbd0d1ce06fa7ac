package vn.tdkt.benchmark;

import static vn.tdkt.support.FormValues.INDIVIDUAL;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import vn.tdkt.support.FormValues;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;

/**
 * Whole drives of the project's processes (emulationPlan and its unitDrive lines): plans of
 * generated units, every task completed as in WholeDriveTest's main path — each unit registers,
 * reports, holds its meeting with {@code nominees} proposed nominees, submits a complete dossier,
 * the board passes every nominee, the authority awards them all and every unit is told.
 */
final class ProjectDrive {

  /** The days of the drive (seed 000's plan), Vietnam time: launch, the drive's end, the window's opening, the decision. */
  static final LocalDateTime LAUNCH = LocalDateTime.of(2024, 9, 20, 9, 0);
  static final LocalDateTime DRIVE_ENDS = LocalDateTime.of(2025, 10, 1, 8, 0);
  static final LocalDateTime WINDOW_OPENS = LocalDateTime.of(2025, 10, 15, 9, 0);
  static final LocalDateTime DECISION = LocalDateTime.of(2025, 10, 30, 9, 0);

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Officials officials;
  private final String prefix;
  private final List<Map<String, Object>> nominees;

  ProjectDrive(ProcessEngine engine, Officials officials, String prefix, int nominees) {
    this.runtime = engine.getRuntimeService();
    this.identity = engine.getIdentityService();
    this.officials = officials;
    this.prefix = prefix;
    this.nominees = IntStream.rangeClosed(1, nominees)
        .mapToObj(i -> FormValues.nominee("n" + i, "Nguyễn Văn Thành " + i, INDIVIDUAL, 8, 1, true)).toList();
  }

  /** The units of province {@code province} (1-based), added to the unit registry if missing. */
  static List<String> units(UnitRegistry registry, int province, int count) {
    List<String> codes = new ArrayList<>();
    for (int u = 1; u <= count; u++) {
      String code = "bench-p%02d-u%04d".formatted(province, u);
      registry.save(new Unit(code, "Đơn vị thử tải %04d tỉnh %02d".formatted(u, province), "DEPARTMENT", "STANDARD"));
      codes.add(code);
    }
    return codes;
  }

  /** The whole drive of one plan per entry of {@code unitsPerPlan}, all plans side by side. */
  void drive(List<List<String>> unitsPerPlan) {
    launchAndApprove(unitsPerPlan);
    untilAppraisal();
    afterAppraisal();
    if (runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(prefix + "%").count() > 0) {
      throw new IllegalStateException("Some plans of " + prefix + " did not end");
    }
  }

  void launchAndApprove(List<List<String>> unitsPerPlan) {
    officials.at(LAUNCH);
    for (int p = 0; p < unitsPerPlan.size(); p++) {
      Map<String, Object> plan = FormValues.seed000Plan(prefix + "P%02d/KH-UBND".formatted(p + 1), unitsPerPlan.get(p));
      plan.put("quotaStandard", (long) nominees.size());
      plan.put("submitDirectly", true);
      identity.setAuthentication("canbo.bantdkt", List.of("board-officer"));
      try {
        runtime.startProcessInstanceByKey("emulationPlan", plan);
      } finally {
        identity.clearAuthentication();
      }
    }
    complete("approvePlan", () -> Map.of("planApproved", true));
    // Each unit's line starts in its own job after the approval (unitDrives is asynchronous before each line).
    officials.runDueJobs("unitDrives");
  }

  /** Every unit registers, reports, meets, submits: the board has one dossier per unit to appraise. */
  void untilAppraisal() {
    complete("registerUnit", () -> Map.of("registrationCommitments", "Hoàn thành vượt mức các chỉ tiêu năm 2025."));
    officials.at(DRIVE_ENDS);
    complete("reportResults", () -> Map.of("resultsReport", "Đơn vị đạt 12/12 chỉ tiêu."));
    complete("recordSelectionMeeting", () -> FormValues.meeting(9, nominees));
    complete("approveSelection", () -> Map.of("selectionApproved", true));
    officials.at(WINDOW_OPENS);
    List<String> ids = nominees.stream().map(n -> (String) n.get("id")).toList();
    officials.completeAll(prefix, "submitDossier", task -> FormValues.dossier("thu-tai", ids));
  }

  private void afterAppraisal() {
    List<Map<String, Object>> passed = nominees.stream().map(n -> {
      Map<String, Object> row = new LinkedHashMap<>(n);
      row.put("verdict", "PASS");
      return row;
    }).toList();
    complete("appraiseDossier", () -> Map.of("nominees", FormValues.json(passed), "appraisalOutcome", "CONCLUDE"));
    complete("approveAppraisal", () -> Map.of("appraisalApproved", true));
    // The plan counts each ended line in its own job (unitDrives is asynchronous after each line too).
    officials.runDueJobs("unitDrives (ends)");
    complete("draftProposal", () -> Map.of("proposalNumber", "210/TTr-SNV", "proposalDate", "2025-10-15",
        "proposalSummary", "Đề nghị tặng Bằng khen."));
    complete("signProposal", () -> Map.of("proposalSigned", true));
    officials.at(DECISION);
    officials.completeAll(prefix, "decideAwards", this::awardEveryone);
    complete("notifyUnit", () -> Map.of("outcomeAcknowledged", true));
    // The plan counts each acknowledgement in its own job (notifyUnits is asynchronous after each notice).
    officials.runDueJobs("notifyUnits");
  }

  private Map<String, Object> awardEveryone(Task decideAwards) {
    List<Map<String, Object>> decided = new ArrayList<>();
    Object proposal = runtime.getVariable(decideAwards.getProcessInstanceId(), "proposalNominees");
    for (Map<?, ?> n : FormValues.read(proposal.toString())) {
      Map<String, Object> row = new LinkedHashMap<>();
      n.forEach((k, v) -> row.put(k.toString(), v));
      row.put("awarded", true);
      decided.add(row);
    }
    return Map.of("decisionApproved", true, "proposalNominees", FormValues.json(decided),
        "decisionNumber", "1234/QĐ-UBND", "decisionDate", "2025-10-30");
  }

  /** Each task gets its own copy of the form's values: officials may work at the same time. */
  private void complete(String taskKey, Supplier<Map<String, Object>> form) {
    officials.completeAll(prefix, taskKey, task -> form.get());
  }
}
