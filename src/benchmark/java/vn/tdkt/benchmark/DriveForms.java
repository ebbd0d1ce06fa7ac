package vn.tdkt.benchmark;

import static vn.tdkt.support.FormValues.INDIVIDUAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import vn.tdkt.support.FormValues;

/**
 * What the officials send from each form of a drive, as in WholeDriveTest's main path: each unit
 * registers, reports, holds its meeting with its nominees proposed, submits a complete dossier,
 * the board passes every nominee, the authority awards every nominee of the plan's proposal
 * ({@code proposalNominees}) and every unit is told. Each task gets its own copy: officials may
 * work at the same time.
 */
final class DriveForms {

  private final RuntimeService runtime;
  private final List<Map<String, Object>> nominees;

  DriveForms(RuntimeService runtime, int nominees) {
    this.runtime = runtime;
    this.nominees = IntStream.rangeClosed(1, nominees)
        .mapToObj(i -> FormValues.nominee("n" + i, "Nguyễn Văn Thành " + i, INDIVIDUAL, 8, 1, true)).toList();
  }

  int nominees() {
    return nominees.size();
  }

  /** The values sent from the task's form, by its task key. */
  Map<String, Object> of(Task task) {
    return switch (task.getTaskDefinitionKey()) {
      case "approvePlan" -> Map.of("planApproved", true);
      case "registerUnit" -> Map.of("registrationCommitments", "Hoàn thành vượt mức các chỉ tiêu năm 2025.");
      case "reportResults" -> Map.of("resultsReport", "Đơn vị đạt 12/12 chỉ tiêu.");
      case "consolidateReports" -> Map.of("reportsSummary", "Các đơn vị đã báo cáo đúng hạn.");
      case "recordSelectionMeeting" -> FormValues.meeting(9, nominees);
      case "approveSelection" -> Map.of("selectionApproved", true);
      case "submitDossier" -> FormValues.dossier("thu-tai", nominees.stream().map(n -> (String) n.get("id")).toList());
      case "appraiseDossier" -> Map.of("nominees", FormValues.json(withEach(nominees, "verdict", "PASS")),
          "appraisalOutcome", "CONCLUDE");
      case "approveAppraisal" -> Map.of("appraisalApproved", true);
      case "draftProposal" -> Map.of("proposalNumber", "210/TTr-SNV", "proposalDate", "2025-10-15",
          "proposalSummary", "Đề nghị tặng Bằng khen.");
      case "signProposal" -> Map.of("proposalSigned", true);
      case "decideAwards" -> Map.of("decisionApproved", true, "proposalNominees", FormValues.json(withEach(
          FormValues.read(runtime.getVariable(task.getProcessInstanceId(), "proposalNominees").toString()),
          "awarded", true)), "decisionNumber", "1234/QĐ-UBND", "decisionDate", "2025-10-30");
      case "notifyUnit" -> Map.of("outcomeAcknowledged", true);
      case "writeFinalReport" -> Map.of("finalReportNumber", "215/BC-SNV", "finalReportDate", "2025-10-30",
          "finalReportSummary", "Các đơn vị hưởng ứng tích cực; hồ sơ nộp đúng hạn.");
      default -> throw new IllegalArgumentException("No form values for task " + task.getTaskDefinitionKey());
    };
  }

  /** The plan's proposal as {@code consolidateProposal} makes it: each unit's nominees, with the unit. */
  Object proposalOf(List<String> units) {
    List<Map<String, Object>> proposal = new ArrayList<>();
    units.forEach(unit -> proposal.addAll(withEach(withEach(nominees, "unitCode", unit), "unitName", unit)));
    return FormValues.json(proposal);
  }

  private static List<Map<String, Object>> withEach(List<? extends Map<?, ?>> rows, String field, Object value) {
    return rows.stream().map(row -> {
      Map<String, Object> copy = new LinkedHashMap<>();
      row.forEach((k, v) -> copy.put(k.toString(), v));
      copy.put(field, value);
      return copy;
    }).toList();
  }
}
