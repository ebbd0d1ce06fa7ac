package vn.tdkt.common;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.tdkt.calendar.Deadlines;

/**
 * A plan's number is its business key and the award register's key, so it names one plan of any
 * kind (emulation, work or congress plan: one office's numbers run across its kinds of plan): the
 * number is taken while another plan carries it, unless an administrator cancelled that one
 * (Cockpit's "Hủy", for a plan launched by mistake), which may then be launched again under its
 * number. Offices number documents anew each year, so a refusal says how to tell this year's plan
 * from an earlier one of the same number.
 */
public final class PlanNumbers {

  /**
   * A plan's number is also the start of its lines' business keys ("…/Đợt 2/so-gddt", 255 characters
   * at most) and goes into the award register: 100 characters, far beyond any document number.
   */
  public static final int MAX_LENGTH = 100;

  /** The processes whose instances are plans, keyed by their number. */
  public static final List<String> PLAN_PROCESSES = List.of("emulationPlan", "congressPlan", "workPlan");

  private PlanNumbers() {}

  /**
   * Characters no document number holds, which a link to the plan's award list
   * ({@code /api/awards.xlsx?planNumber=…}, on the forms) or an HTML attribute would read as their own.
   */
  private static final Pattern NOT_IN_A_NUMBER = Pattern.compile("[&#+%?\"<>\\\\]");

  /** Why the number, as sent (spaces and all: it is stored so), cannot be a plan's number, or null. */
  public static String problem(Object number) {
    Matcher unusable = NOT_IN_A_NUMBER.matcher(String.valueOf(number));
    if (number != null && unusable.find()) {
      return "Số kế hoạch không dùng ký tự «" + unusable.group() + "» (số, ký hiệu văn bản gồm chữ, số và các dấu «/», «-», "
          + "«.»), ví dụ 125/KH-UBND.";
    }
    return TextVariables.longerThan("Số kế hoạch", number, MAX_LENGTH);
  }

  /**
   * The plan under that number — the one running or ended, or, when every plan of that number was
   * cancelled, the last cancelled — or empty when no plan has that number.
   */
  public static Optional<HistoricProcessInstance> numbered(HistoryService history, String number) {
    List<HistoricProcessInstance> numbered = history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(PLAN_PROCESSES.toArray(String[]::new))
        .processInstanceBusinessKey(number).orderByProcessInstanceStartTime().desc().list();
    return numbered.stream().filter(p -> !cancelled(p)).findFirst().or(() -> numbered.stream().findFirst());
  }

  /** The plan number a read of {@code path} names (trimmed), or a 400 saying how to write it. */
  public static String requested(String plan, String path) {
    if (plan == null || plan.isBlank()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Cần ghi số kế hoạch (plan), ví dụ: " + path
          + "?plan=125/KH-UBND.");
    }
    return plan.trim();
  }

  /** The 404 for a number no plan carries, saying how plans are numbered. */
  public static ResponseStatusException noPlan(String number) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có kế hoạch nào số " + number + ". Kiểm tra lại số"
        + " kế hoạch, ghi đúng như khi phát động (ví dụ: 125/KH-UBND).");
  }

  /** The refusal of a number another plan carries, naming that plan's kind (its process's name in the model). */
  public static String taken(String number, HistoricProcessInstance other) {
    return "Số kế hoạch " + number + " đã được dùng cho một kế hoạch khác (" + other.getProcessDefinitionName() + ").";
  }

  /**
   * Deleted: in Cockpit or over REST (externally), or through the Java API (internally, as plans
   * have no terminate end event of their own).
   */
  public static boolean cancelled(HistoricProcessInstance plan) {
    return HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(plan.getState())
        || HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(plan.getState());
  }

  /** What the official who typed the number can do about it, after the refusal's own words. */
  public static String sameNumberOfAnotherYear(String number) {
    return " Kế hoạch của năm khác mà trùng số thì ghi số kèm năm, ví dụ " + number + "/" + Deadlines.today().getYear() + ".";
  }
}
