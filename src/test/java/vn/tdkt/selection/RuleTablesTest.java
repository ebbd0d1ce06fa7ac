package vn.tdkt.selection;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;

@DisplayName("Bảng quyết định DMN: chỉ tiêu và điều kiện đề nghị")
class RuleTablesTest extends DriveTest {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "loại {0}, kế hoạch đặt {1} → chỉ tiêu {2}")
  @CsvSource(nullValues = "-", value = {"MAJOR,-,2", "STANDARD,-,1", "STANDARD,3,3", "MAJOR,0,0"})
  @DisplayName("chỉ tiêu theo loại đơn vị, hoặc theo kế hoạch khi kế hoạch đặt")
  void quotaByUnitCategory(String category, Integer planQuota, int expected) {
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey("nomineeQuota")
        .variables(Variables.createVariables().putValue("unitCategory", category).putValue("planQuota", planQuota))
        .evaluate().getSingleResult();

    assertThat(((Number) result.getSingleEntry()).intValue()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}, tỷ lệ đồng ý {1} → {2}")
  @CsvSource({"INDIVIDUAL,0.5,false", "COLLECTIVE,0.3,false", "INDIVIDUAL,0.51,true", "COLLECTIVE,1.0,true"})
  @DisplayName("đủ điều kiện khi số phiếu đồng ý quá nửa số người dự họp")
  void eligibilityByVotes(String kind, double share, boolean eligible) {
    DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey("nomineeEligibility")
        .variables(Variables.createVariables().putValue("nomineeKind", kind).putValue("voteShare", share))
        .evaluate().getSingleResult();

    assertThat(result.<Boolean>getEntry("eligible")).isEqualTo(eligible);
    assertThat(result.<String>getEntry("reason")).isEqualTo(eligible ? ""
        : "số phiếu đồng ý chưa quá 50% số thành viên dự họp nên không đủ điều kiện đề nghị");
  }
}
