package vn.tdkt.plan;

import java.util.List;
import vn.tdkt.selection.Nominee;

/** What one unit's line of work ended with, as its plan reads it once every line has ended ({@link UnitResults}). */
public record UnitResult(String unitCode, String unitName, String status, List<Nominee> nominees) {

  public static final String NOT_REGISTERED = "NOT_REGISTERED";
  public static final String NO_PROPOSAL = "NO_PROPOSAL";
  public static final String LATE = "LATE";
  public static final String APPRAISED = "APPRAISED";

  public String statusLabel() {
    return statusLabel(status);
  }

  /** A unit's status ({@code unitStatus} of its line) in the officials' words. */
  public static String statusLabel(String status) {
    return switch (status) {
      case NOT_REGISTERED -> "Không đăng ký thi đua";
      case NO_PROPOSAL -> "Không đề nghị khen thưởng cấp trên";
      case LATE -> "Không nộp hồ sơ đúng hạn";
      case APPRAISED -> "Đã thẩm định hồ sơ";
      default -> status;
    };
  }
}
