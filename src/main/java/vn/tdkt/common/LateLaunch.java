package vn.tdkt.common;

import java.util.List;

/**
 * A plan launched after some of its own deadlines (launched late, or last year's plan chosen by
 * mistake) makes that work overdue at once, and every such task goes to the people who follow
 * overdue work up: the board launches it only when it says it knows ({@code pastDueConfirmed}, a
 * box of the start form; REST callers find the variable in the docs).
 */
public final class LateLaunch {

  public static final String CONFIRMED = "pastDueConfirmed";

  private LateLaunch() {}

  /**
   * Refuses the launch while {@code past} (what is already overdue, each with its last day) is not
   * empty and the launch does not confirm it; {@code consequence} says what happens to it, {@code box}
   * names the start form's box, {@code launching} the officials' word for the launch ("triển khai",
   * "phát động").
   */
  public static void refuseUnconfirmed(Object confirmed, List<String> past, String consequence, String box, String launching) {
    if (past.isEmpty() || Boolean.TRUE.equals(confirmed)) {
      return;
    }
    throw new InvalidInputException(List.of("Kế hoạch có hạn đã qua ngay khi " + launching + " (" + String.join("; ", past)
        + "): " + consequence + ". Nếu vẫn " + launching + ", đánh dấu «" + box + "»; nếu chọn nhầm kế hoạch của năm"
        + " trước, hãy chọn lại."));
  }
}
