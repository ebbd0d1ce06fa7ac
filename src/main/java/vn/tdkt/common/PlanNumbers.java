package vn.tdkt.common;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import vn.tdkt.calendar.Deadlines;

/**
 * A plan's number is its business key, so it names one plan of its kind (emulation, work or
 * congress plan): the number is taken while another plan of that kind carries it, unless an
 * administrator cancelled that one (Cockpit's "Hủy", for a plan launched by mistake), which may
 * then be launched again under its number. Offices number documents anew each year, so a refusal
 * says how to tell this year's plan from an earlier one of the same number.
 */
public final class PlanNumbers {

  /**
   * A plan's number is also the start of its lines' business keys ("…/Đợt 2/so-gddt", 255 characters
   * at most) and goes into the award register: 100 characters, far beyond any document number.
   */
  public static final int MAX_LENGTH = 100;

  private PlanNumbers() {}

  /** Why the number, as sent (spaces and all: it is stored so), is too long, or null. */
  public static String tooLong(Object number) {
    return TextVariables.longerThan("Số kế hoạch", number, MAX_LENGTH);
  }

  public static boolean takenByAnother(HistoryService history, String processKey, String number, String ownInstanceId) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(number).list().stream()
        .anyMatch(p -> !p.getId().equals(ownInstanceId) && !cancelled(p));
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
