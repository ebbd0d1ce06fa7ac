package vn.tdkt.congress;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.Pages;
import vn.tdkt.common.PlanInstances;
import vn.tdkt.congress.CongressPlanData.Format;
import vn.tdkt.congress.CongressPlanData.Level;

/**
 * "Tổng hợp báo cáo kết quả Đại hội các cấp", once the province's congress is over: the board
 * "theo dõi, đôn đốc … tổng hợp báo cáo Ủy ban nhân dân tỉnh" (seed 003), so it is shown every
 * congress of the plan, the province's first, then each level's, with how it ended
 * ({@code congressResults}: held on a day, late, or closed as not held and why, and the delegates
 * it sent up), and writes the report ({@code congressReport}), which the Chairman then receives
 * ("Nhận báo cáo kết quả Đại hội các cấp").
 */
@Component("reportCongressResults")
public class ReportCongressResults implements TaskListener {

  static final String RESULTS = "congressResults";

  private static final String[] READ = {"unitName", "congressLevel", "levelName", "congressDate", "congressLate",
      "congressNotHeld", "notHeldReason", "congressFormat", "reportSummary", "delegates", SendDelegates.SENT};

  /**
   * {@code format} and {@code summary} as the congress recorded them; {@code delegates} those it sent up;
   * {@code composition} the make-up of those it chose (null for a congress recorded before it was asked).
   */
  public record CongressResult(String unitName, String levelName, String format, String outcome, String summary,
      int delegates, String composition) {}

  private final HistoryService history;

  public ReportCongressResults(HistoryService history) {
    this.history = history;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      // The plan's: the Chairman receives the report with the table it was written from.
      task.getExecution().setVariable(RESULTS, JsonVariables.json(results(task)));
      return;
    }
    new InvalidInputException.Problems()
        .requireText(task, "congressReport", "Chưa nhập báo cáo tổng hợp kết quả Đại hội (hội nghị) các cấp.")
        .throwIfAny();
  }

  private List<CongressResult> results(DelegateTask task) {
    List<String> congresses = PlanInstances.latestByBusinessKey(Pages.all(history.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(task.getProcessInstanceId()).processDefinitionKey("congress"))).values().stream()
        .map(HistoricProcessInstance::getId).toList();
    Map<String, Map<String, Object>> facts = PlanInstances.variablesOf(history, congresses, READ);
    // The plan's levels go from the grassroots up to the province; the report reads from the province down.
    CongressPlanData plan = CongressPlans.of(task);
    List<String> levels = plan.levels().stream().map(Level::code).toList();
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    return facts.values().stream()
        .sorted(Comparator.comparing((Map<String, Object> f) -> levels.indexOf(String.valueOf(f.get("congressLevel")))).reversed()
            .thenComparing(f -> String.valueOf(f.get("unitName")), vietnamese))
        .map(congress -> result(congress, plan)).toList();
  }

  private static CongressResult result(Map<String, Object> congress, CongressPlanData plan) {
    String outcome = Boolean.TRUE.equals(congress.get("congressNotHeld"))
        ? "Không tổ chức: " + congress.getOrDefault("notHeldReason", "")
        : congress.get("congressDate") == null ? "Chưa ghi kết quả"
        : "Đã tổ chức ngày " + Deadlines.display(Deadlines.parse(congress.get("congressDate")))
            + (Boolean.TRUE.equals(congress.get("congressLate")) ? " (sau hạn)" : "");
    Object delegates = congress.get("delegates");
    List<Delegate> chosenDelegates = delegates == null ? List.of() : JsonVariables.readList(delegates, Delegate.class);
    int chosen = chosenDelegates.size();
    // A congress recorded before delegatesSent was kept had its delegates sent, unless the congress above took none.
    int sent = congress.get(SendDelegates.SENT) instanceof Number n ? n.intValue() : chosen;
    if (sent < chosen) {
      outcome += "; " + chosen + " đại biểu đã chọn không được gửi lên: Đại hội (hội nghị) cấp trên đã diễn ra hoặc kết thúc trước";
    }
    Object format = congress.get("congressFormat");
    return new CongressResult(String.valueOf(congress.get("unitName")), String.valueOf(congress.get("levelName")),
        format == null ? null : plan.format(format.toString()).map(Format::name).orElse(format.toString()), outcome,
        (String) congress.get("reportSummary"), sent, Delegate.composition(chosenDelegates));
  }
}
