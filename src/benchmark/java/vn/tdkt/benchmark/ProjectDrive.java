package vn.tdkt.benchmark;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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
  private final DriveForms forms;

  ProjectDrive(ProcessEngine engine, Officials officials, String prefix, int nominees) {
    this.runtime = engine.getRuntimeService();
    this.identity = engine.getIdentityService();
    this.officials = officials;
    this.prefix = prefix;
    this.forms = new DriveForms(runtime, nominees);
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
    afterAppraisal(officials, this::complete);
    if (runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(prefix + "%").count() > 0) {
      throw new IllegalStateException("Some plans of " + prefix + " did not end");
    }
  }

  void launchAndApprove(List<List<String>> unitsPerPlan) {
    officials.at(LAUNCH);
    for (int p = 0; p < unitsPerPlan.size(); p++) {
      Map<String, Object> plan = FormValues.seed000Plan(planNumber(p), unitsPerPlan.get(p));
      plan.put("quotaStandard", (long) forms.nominees());
      plan.put("submitDirectly", true);
      identity.setAuthentication("canbo.bantdkt", List.of("board-officer"));
      try {
        runtime.startProcessInstanceByKey("emulationPlan", plan);
      } finally {
        identity.clearAuthentication();
      }
    }
    approved(officials, this::complete);
  }

  void untilAppraisal() {
    untilAppraisal(officials, this::complete);
  }

  /** The number of the drive's plan {@code index} (0-based). */
  String planNumber(int index) {
    return prefix + "P%02d/KH-UBND".formatted(index + 1);
  }

  /**
   * The authority approves the plans; each unit's line starts in its own job (unitDrives is
   * asynchronous before each line). This step and the two after it, on the drive's days, are the
   * project's drive and the same-shape baselines' alike; {@code complete} completes every open
   * task of a key.
   */
  static void approved(Officials officials, Consumer<String> complete) {
    complete.accept("approvePlan");
    officials.runDueJobs("unitDrives");
  }

  /** Every unit registers, reports, meets, submits; the board consolidates the reports and has one dossier per unit to appraise. */
  static void untilAppraisal(Officials officials, Consumer<String> complete) {
    complete.accept("registerUnit");
    officials.at(DRIVE_ENDS);
    List.of("reportResults", "recordSelectionMeeting", "approveSelection").forEach(complete);
    officials.at(WINDOW_OPENS);
    List.of("consolidateReports", "submitDossier").forEach(complete);
  }

  /** The board appraises, proposes; the authority decides; every unit is told. */
  static void afterAppraisal(Officials officials, Consumer<String> complete) {
    List.of("appraiseDossier", "approveAppraisal").forEach(complete);
    // The plan counts each ended line in its own job (unitDrives is asynchronous after each line too).
    officials.runDueJobs("unitDrives (ends)");
    List.of("draftProposal", "signProposal").forEach(complete);
    officials.at(DECISION);
    complete.accept("decideAwards");
    // The plan sends the notices in a job after the decision (notifyUnits is asynchronous before).
    officials.runDueJobs("notifyUnits");
    complete.accept("notifyUnit");
    complete.accept("writeFinalReport");
  }

  private void complete(String taskKey) {
    officials.completeAll(prefix, taskKey, forms::of);
  }
}
