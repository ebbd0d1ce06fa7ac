package vn.tdkt.selection;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;

/** The rule tables of seed 004 (Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Yên Bái), one condition at a time. */
@DisplayName("Bảng quy tắc của Đảng ủy Khối: chỉ tiêu theo loại tổ chức đảng, tiêu chuẩn, điều kiện được đề nghị")
class PartyRulesTest extends DriveTest {

  @Autowired DecisionService decisions;

  private DmnDecisionRuleResult evaluate(String table, VariableMap variables) {
    return decisions.evaluateDecisionTableByKey(table).variables(variables).evaluate().getSingleResult();
  }

  @ParameterizedTest(name = "{0}, {1} → tối đa {2} ({3})")
  @CsvSource({"PARTY_CELL,INDIVIDUAL,1,INDIVIDUAL", "PARTY_COMMITTEE,INDIVIDUAL,2,INDIVIDUAL",
      "PARTY_CELL,COLLECTIVE,1,COLLECTIVE", "PARTY_COMMITTEE,COLLECTIVE,1,COLLECTIVE",
      "BLOC_MASS_ORGANISATION,INDIVIDUAL,0,INDIVIDUAL"})
  @DisplayName("chi bộ cơ sở không quá 01 cá nhân, đảng bộ cơ sở không quá 02 cá nhân")
  void quotaByPartyUnitKind(String category, String kind, int quota, String appliesTo) {
    DmnDecisionRuleResult result = evaluate("partyNomineeQuota",
        Variables.createVariables().putValue("unitCategory", category).putValue("nomineeKind", kind));

    assertThat(result.<Integer>getEntry("quota")).isEqualTo(quota);
    assertThat(result.<String>getEntry("appliesTo")).isEqualTo(appliesTo);
  }

  private static VariableMap individual(double voteShare, long yearsBelowGood, long excellentYears, Boolean advancedExample) {
    return Variables.createVariables().putValue("nomineeKind", "INDIVIDUAL").putValue("unitCategory", "PARTY_CELL")
        .putValue("voteShare", voteShare)
        .putValue("yearsBelowGood", yearsBelowGood).putValue("excellentYears", excellentYears)
        .putValue("advancedExample", advancedExample).putValue("targetsMet", null)
        .putValue("membersAllGood", null).putValue("emulationFighter", null);
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(delimiter = '|', value = {
      "0.5|0|2|true|số phiếu đồng ý chưa quá 50% số thành viên dự họp nên không đủ điều kiện đề nghị",
      "0.8|1|3|true|có năm trong giai đoạn xét chưa được đánh giá hoàn thành tốt nhiệm vụ trở lên",
      "0.8|0|1|true|chưa có ít nhất 02 năm hoàn thành xuất sắc nhiệm vụ trong giai đoạn xét",
      "0.8|0|2|false|chưa được công nhận là điển hình tiên tiến của chi, đảng bộ cơ sở"})
  @DisplayName("cá nhân thiếu một tiêu chuẩn thì không đủ điều kiện, kèm lý do")
  void individualMissingOneConditionIsNotEligible(double share, long below, long excellent, boolean example, String reason) {
    DmnDecisionRuleResult result = evaluate("partyNomineeEligibility", individual(share, below, excellent, example));

    assertThat(result.<Boolean>getEntry("eligible")).isFalse();
    assertThat(result.<String>getEntry("reason")).isEqualTo(reason);
  }

  @Test
  @DisplayName("cá nhân 4 năm hoàn thành tốt trở lên, 2 năm xuất sắc, là điển hình tiên tiến thì đủ điều kiện")
  void individualMeetingEveryConditionIsEligible() {
    assertThat(evaluate("partyNomineeEligibility", individual(0.8, 0, 2, true)).<Boolean>getEntry("eligible")).isTrue();
  }

  @ParameterizedTest(name = "{0}, chỉ tiêu đạt: {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "PARTY_COMMITTEE|true|",
      "PARTY_COMMITTEE|false|chưa hoàn thành toàn diện và vượt mức các mục tiêu, chỉ tiêu nghị quyết đại hội nhiệm kỳ 2020 - 2025",
      "BLOC_MASS_ORGANISATION|true|",
      "BLOC_MASS_ORGANISATION|false|chưa là đơn vị tiêu biểu trong tham gia thực hiện các mục tiêu, chỉ tiêu trong các nghị"
          + " quyết, chương trình, đề án của Ban Thường vụ Đảng ủy Khối và của cấp trên theo ngành dọc"})
  @DisplayName("tập thể: chi, đảng bộ cơ sở hoàn thành toàn diện, vượt mức chỉ tiêu nghị quyết đại hội; đoàn thể khối là đơn vị"
      + " tiêu biểu thực hiện nghị quyết, chương trình của Ban Thường vụ — mỗi loại được nêu đúng lý do")
  void collectiveNeedsItsOwnTargets(String category, boolean targetsMet, String reason) {
    DmnDecisionRuleResult result = evaluate("partyNomineeEligibility", collective(category, 2L)
        .putValue("targetsMet", targetsMet).putValue("membersAllGood", null).putValue("emulationFighter", null));

    assertThat(result.<Boolean>getEntry("eligible")).isEqualTo(reason == null);
    assertThat(result.<String>getEntry("reason")).isEqualTo(reason == null ? "" : reason);
  }

  private static VariableMap collective(String category, long excellentYears) {
    return Variables.createVariables().putValue("nomineeKind", "COLLECTIVE").putValue("unitCategory", category)
        .putValue("voteShare", 1.0).putValue("yearsBelowGood", 0L).putValue("excellentYears", excellentYears)
        .putValue("advancedExample", null);
  }

  @ParameterizedTest(name = "100% đạt tốt {0}, có Chiến sĩ thi đua cơ sở {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "true|true|",
      "false|true|chưa đạt 100% cán bộ, đảng viên xếp loại hoàn thành tốt nhiệm vụ trở lên hằng năm giai đoạn 2021 - 2024",
      "true|false|chưa có cán bộ, đảng viên được suy tôn Chiến sĩ thi đua cơ sở"})
  @DisplayName("ban, văn phòng Đảng ủy Khối: 4 năm hoàn thành tốt, 100% đảng viên đạt tốt, có Chiến sĩ thi đua cơ sở (không cần 02 năm xuất sắc)")
  void blocBoardCollectiveCriteria(boolean membersAllGood, boolean emulationFighter, String reason) {
    DmnDecisionRuleResult result = evaluate("partyNomineeEligibility", collective("BLOC_BOARD", 0L)
        .putValue("targetsMet", null).putValue("membersAllGood", membersAllGood).putValue("emulationFighter", emulationFighter));

    assertThat(result.<Boolean>getEntry("eligible")).isEqualTo(reason == null);
    assertThat(result.<String>getEntry("reason")).isEqualTo(reason == null ? "" : reason);
  }

  @ParameterizedTest(name = "{0}: phát động {1}, tổng kết {2}, khen thưởng {3} → {4}")
  @CsvSource(delimiter = '|', value = {
      "PARTY_CELL|false|true|true|Đơn vị chưa tổ chức phát động đợt thi đua ở cấp mình nên không được đề nghị khen thưởng cấp Đảng ủy Khối.",
      "PARTY_CELL|true|false|true|Đơn vị chưa tổng kết đợt thi đua ở cấp mình nên không được đề nghị khen thưởng cấp Đảng ủy Khối.",
      "PARTY_COMMITTEE|true|true|false|Đơn vị chưa khen thưởng theo thẩm quyền trong đợt thi đua nên không được đề nghị khen thưởng cấp Đảng ủy Khối.",
      "BLOC_MASS_ORGANISATION|true|true|false|Đơn vị chưa khen thưởng theo thẩm quyền trong đợt thi đua nên không được đề nghị khen thưởng cấp Đảng ủy Khối.",
      "PARTY_COMMITTEE|true|true|true|",
      "BLOC_BOARD|true|true|false|",
      "BLOC_BOARD|false|true|false|Đơn vị chưa tổ chức phát động đợt thi đua ở cấp mình nên không được đề nghị khen thưởng cấp Đảng ủy Khối."})
  @DisplayName("đơn vị không phát động, tổng kết và khen thưởng ở cấp mình thì không được đề nghị; ban, văn phòng Đảng ủy Khối"
      + " không có thẩm quyền tặng Giấy khen nên không phải khen thưởng ở cấp mình")
  void unitThatDidNotRunTheDriveMayNotPropose(String category, boolean launched, boolean reviewed, boolean rewarded,
      String reason) {
    DmnDecisionRuleResult result = evaluate("partyProposalGate", Variables.createVariables().putValue("unitCategory", category)
        .putValue("driveLaunchedAtUnit", launched).putValue("driveReviewedAtUnit", reviewed)
        .putValue("rewardedAtUnit", rewarded));

    assertThat(result.<Boolean>getEntry("allowed")).isEqualTo(reason == null);
    assertThat(result.<String>getEntry("reason")).isEqualTo(reason == null ? "" : reason);
  }
}
