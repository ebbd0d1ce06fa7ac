package vn.tdkt.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;

/**
 * Seed 000's dates: Sở Y tế proposes two nominees and submits on 14/10/2025; the board passes the
 * first and asks for the second one's report until the end of 22/10/2025, which passes without a
 * supplement. The unit's task then closes, and the unit is told at once, not only with the decision.
 */
@DisplayName("Báo đơn vị: đã đóng việc bổ sung hồ sơ")
class NotifySupplementClosedTest extends DriveTest {

  private static final String UNIT = "so-yte";
  private static final String NOTICE = "acknowledgeSupplementClosed";
  private static final String REASON = "Đã đôn đốc hai lần, đơn vị không bổ sung; quá thời hạn trình UBND tỉnh.";
  private static final LocalDateTime DEADLINE_PASSED = LocalDateTime.of(2025, 10, 23, 0, 0);

  private ProcessInstance supplementRequested(ProcessInstance plan) {
    asksForASupplementOnTheSecondOfTwo(plan, UNIT);
    return plan;
  }

  /** Template 000 makes the supplement deadline final: the unit's task closes when it passes. */
  private ProcessInstance finalDeadlinePassed() {
    ProcessInstance plan = supplementRequested(launchedAndApproved(seed000Plan(UNIT)));
    at(DEADLINE_PASSED);
    return plan;
  }

  private VariableMap shown(Task notice) {
    return forms.getTaskFormVariables(notice.getId());
  }

  @Test
  @DisplayName("hạn bổ sung là hạn cuối mà đơn vị chưa bổ sung thì đơn vị nhận ngay thông báo: việc bổ sung đã đóng, vì"
      + " sao, đề nghị nào bị ghi không đạt; đơn vị khác không đọc được; đợt không chờ đơn vị xác nhận")
  void theUnitIsToldAtOnceWhenTheFinalSupplementDeadlinePasses() {
    ProcessInstance plan = finalDeadlinePassed();

    Task notice = notice(plan, UNIT, NOTICE);
    assertThat(notice).hasCandidateGroup("unit-so-yte-officer");
    assertThat(notice.getDueDate()).isEqualTo(endOf(2025, 11, 6)); // 10 working days from Thursday 23/10
    assertThat(shown(notice).getValue("supplementClosing", String.class)).isEqualTo("Hạn bổ sung là hạn cuối và đã hết.");
    assertThat(shown(notice).getValue("rejectedNominees", String.class))
        .as("the nominee the board passed is not listed").isEqualTo("Trần Văn Bình (cá nhân)");
    assertThat(shown(notice).getValue("supplementClosingReason", String.class)).isNull();
    assertThat(shown(notice).getValue("supplementRequest", String.class)).isEqualTo(SUPPLEMENT_REQUEST);
    assertThat(shown(notice).getValue("supplementDeadline", String.class)).isEqualTo("2025-10-22");
    assertThat(shown(notice).getValue("supplementClosedOn", String.class)).isEqualTo("2025-10-23");
    assertThat(shown(notice).getValue("unitName", String.class)).isEqualTo("Sở Y tế");
    assertThat(mayRead("yte.canbo", "unit-so-yte-officer", notice.getProcessInstanceId())).isTrue();
    assertThat(mayRead("gddt.canbo", "unit-so-gddt-officer", notice.getProcessInstanceId())).isFalse();
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("approveAppraisal").hasPassed("notifySupplementClosed");
  }

  @Test
  @DisplayName("Ban không chờ bổ sung nữa thì thông báo nêu lý do Ban ghi và ngày Ban quyết định")
  void theBoardsReasonReachesTheUnit() {
    ProcessInstance plan = supplementRequested(approvedWithoutFinalDeadlines(UNIT));
    at(DEADLINE_PASSED);
    assertThat(notices(plan, NOTICE)).as("the unit may still supplement").isEmpty();
    at(LocalDateTime.of(2025, 10, 24, 9, 0));

    complete(unitTask(plan, UNIT, "closeSupplement"), Map.of("supplementClosingReason", REASON));

    Task notice = notice(plan, UNIT, NOTICE);
    assertThat(shown(notice).getValue("supplementClosing", String.class))
        .isEqualTo("Đã hết hạn bổ sung, Ban TĐKT quyết định không chờ đơn vị bổ sung thêm.");
    assertThat(shown(notice).getValue("supplementClosingReason", String.class)).isEqualTo(REASON);
    assertThat(shown(notice).getValue("supplementClosedOn", String.class)).isEqualTo("2025-10-24");
    assertThat(shown(notice).getValue("rejectedNominees", String.class)).isEqualTo("Trần Văn Bình (cá nhân)");
  }

  @Test
  @DisplayName("đơn vị phải đánh dấu đã nhận thì mới xác nhận được; quá 10 ngày làm việc chưa nhận thì Thủ trưởng đơn vị"
      + " được báo; theo dõi tiến độ ghi đơn vị đã nhận")
  void theUnitAcknowledgesTheNotice() {
    ProcessInstance plan = finalDeadlinePassed();
    Task notice = notice(plan, UNIT, NOTICE);

    at(LocalDateTime.of(2025, 11, 6, 23, 59));
    assertThat(groupsOf(notice)).doesNotContain("unit-so-yte-head");
    at(LocalDateTime.of(2025, 11, 7, 8, 0));
    assertThat(groupsOf(notice)).contains("unit-so-yte-head");
    assertThatThrownBy(() -> complete(notice, Map.of())).isInstanceOf(InvalidInputException.class)
        .hasMessage("Cần đánh dấu «Đã nhận thông báo» để xác nhận đơn vị đã nhận thông báo.");
    complete(notice, Map.of("supplementClosedAcknowledged", true));

    JsonNode told = progressLine(plan, "Thông báo đóng việc bổ sung hồ sơ");
    assertThat(told.get("status").asText()).isEqualTo("Đơn vị đã nhận thông báo");
    assertThat(told.get("facts").get("supplementClosedAcknowledged").asBoolean()).isTrue();
  }

  private JsonNode progressLine(ProcessInstance plan, String process) {
    for (JsonNode line : progress("canbo.bantdkt", plan.getBusinessKey(), UNIT).get("lines")) {
      if (line.get("process").asText().equals(process)) {
        return line;
      }
    }
    throw new AssertionError("no line of " + process);
  }

  @Test
  @DisplayName("không ai gửi được thông báo đóng việc bổ sung qua REST thay cho phần việc của đơn vị")
  void nobodyForgesTheNotice() {
    ProcessInstance plan = finalDeadlinePassed();
    String forged = """
        {"messageName": "supplementClosedNotice", "businessKey": "%s/so-gddt",
         "processVariables": {"unitCode": {"value": "so-gddt"}, "rejectedNominees": {"value": "Giả mạo."}}}"""
        .formatted(plan.getBusinessKey());

    for (String user : List.of("gddt.canbo", "yte.canbo", "canbo.bantdkt")) {
      assertThat(http().call(user, "POST", "/engine-rest/message", forged).status()).as(user).isEqualTo(403);
    }
    assertThat(notices(plan, NOTICE)).as("only the line's").hasSize(1);
  }
}
