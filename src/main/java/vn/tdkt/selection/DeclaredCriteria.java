package vn.tdkt.selection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.tdkt.common.TextVariables;

/**
 * What the selection meeting declared beyond the nominees' names and votes, when the plan asks for
 * it (seed 004: each year's rating, the recognitions, and whether the unit launched, reviewed and
 * rewarded the drive itself), as one text the board reads while appraising
 * ({@code declaredCriteria}): the rule tables checked it at the meeting, the board checks it again
 * against the dossier ("rà soát, thẩm định thành tích").
 */
final class DeclaredCriteria {

  /** The yearly ratings a meeting may record, best first, with their names. */
  static final Map<String, String> RATINGS = ratings();

  private static Map<String, String> ratings() {
    Map<String, String> ratings = new LinkedHashMap<>();
    ratings.put("EXCELLENT", "hoàn thành xuất sắc nhiệm vụ");
    ratings.put("GOOD", "hoàn thành tốt nhiệm vụ");
    ratings.put("SATISFACTORY", "hoàn thành nhiệm vụ");
    ratings.put("UNSATISFACTORY", "không hoàn thành nhiệm vụ");
    return Collections.unmodifiableMap(ratings);
  }

  /** A tick-box of the meeting's form and what it says, ticked or not. */
  private record Box(String field, String ticked, String unticked) {}

  private static final List<Box> RECOGNITIONS = List.of(
      new Box("advancedExample", "được công nhận điển hình tiên tiến", null),
      new Box("targetsMet", "hoàn thành toàn diện, vượt mức mục tiêu, chỉ tiêu", null),
      new Box("membersAllGood", "100% cán bộ, đảng viên hoàn thành tốt nhiệm vụ trở lên hằng năm", null),
      new Box("emulationFighter", "có cán bộ, đảng viên được suy tôn Chiến sĩ thi đua cơ sở", null));

  private static final List<Box> GATE = List.of(
      new Box("driveLaunchedAtUnit", "đã phát động đợt thi đua ở cấp mình", "chưa phát động đợt thi đua ở cấp mình"),
      new Box("driveReviewedAtUnit", "đã tổng kết đợt thi đua ở cấp mình", "chưa tổng kết đợt thi đua ở cấp mình"),
      new Box("rewardedAtUnit", "đã khen thưởng theo thẩm quyền", "chưa khen thưởng theo thẩm quyền"));

  /** A bloc mass organisation's "targets" are the standing committee's programmes (seed 004 III.3.1.3), not its own congress's. */
  private static final String MASS_ORGANISATION_TARGETS =
      "là đơn vị tiêu biểu trong tham gia thực hiện các nghị quyết, chương trình, đề án của Ban Thường vụ Đảng ủy Khối";

  /** Seed 004 III.2.2 gives Giấy khen to Party cells, committees and mass organisations only, not to the bloc's boards. */
  private static final String BOARD_GIVES_NO_AWARDS = "không có thẩm quyền tặng Giấy khen (ban, văn phòng Đảng ủy Khối)";

  private DeclaredCriteria() {}

  private static String recognition(Box box, Object unitCategory) {
    return "targetsMet".equals(box.field()) && "BLOC_MASS_ORGANISATION".equals(unitCategory)
        ? MASS_ORGANISATION_TARGETS : box.ticked();
  }

  /** One line per proposed nominee, then the unit's line; empty when the plan asks for neither. */
  static Optional<String> of(VariableScope meeting, List<Nominee> nominees, Map<String, Map<String, Object>> rows,
      List<Integer> ratingYears, List<Nominee> commendations) {
    boolean gated = meeting.getVariable("proposalGateRuleId") != null;
    if (ratingYears.isEmpty() && !gated) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    for (Nominee n : nominees.stream().filter(Nominee::proposed).toList()) {
      Map<String, Object> row = rows.getOrDefault(n.id(), Map.of());
      List<String> declared = new ArrayList<>();
      if (!ratingYears.isEmpty()) {
        declared.add("xếp loại " + ratingYears.stream()
            .map(year -> "năm " + year + ": " + RATINGS.getOrDefault(String.valueOf(row.get(RecordSelectionMeeting.ratingField(year))), "chưa ghi"))
            .collect(Collectors.joining(", ")));
      }
      RECOGNITIONS.stream().filter(box -> Boolean.TRUE.equals(row.get(box.field())))
          .forEach(box -> declared.add(recognition(box, meeting.getVariable("unitCategory"))));
      lines.add(n.name() + ": " + (declared.isEmpty() ? "không kê khai thêm" : String.join("; ", declared)) + ".");
    }
    if (!gated) {
      // Many nominees would not fit a text variable: each one's ratings stay in the meeting's rows.
      return Optional.of(TextVariables.cut(String.join("\n", lines)));
    }
    String unit = "Đơn vị: " + GATE.stream()
        .map(box -> Boolean.TRUE.equals(meeting.getVariable(box.field())) ? box.ticked()
            : "rewardedAtUnit".equals(box.field()) && "BLOC_BOARD".equals(meeting.getVariable("unitCategory"))
                ? BOARD_GIVES_NO_AWARDS : box.unticked())
        .collect(Collectors.joining("; "));
    String given = commendations.stream().map(c -> c.name() + " (" + Nominee.kindName(c.kind()) + ")")
        .collect(Collectors.joining(", "));
    String head = String.join("\n", lines) + (lines.isEmpty() ? "" : "\n") + unit;
    String named = head + (given.isEmpty() ? "" : "; Giấy khen của đơn vị: " + given) + ".";
    // A unit that gave many Giấy khen would not fit a text variable: counted, the names stay in the meeting's record.
    return Optional.of(TextVariables.fits(named) ? named : TextVariables.cut(head + "; Giấy khen của đơn vị: "
        + commendations.size() + " tập thể, cá nhân (danh sách trong kết quả họp xét)."));
  }
}
