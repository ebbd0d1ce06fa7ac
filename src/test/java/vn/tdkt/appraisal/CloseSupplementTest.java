package vn.tdkt.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.selection.Nominee;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

/**
 * Seed 000's dates in a plan that declares no final deadline: the board asks Sở Y tế for a
 * supplement due until the end of 22/10/2025. When that passes, the unit can still supplement;
 * the board decides whether to wait or not, so that one unit not supplementing does not hold the
 * phase.
 */
@DisplayName("Xử lý hồ sơ chưa bổ sung khi hết hạn (hạn bổ sung không phải hạn cuối)")
class CloseSupplementTest extends DriveTest {

  private static final String UNIT = "so-yte";
  private static final String REASON = "Đã đôn đốc hai lần, đơn vị không bổ sung; quá thời hạn trình UBND tỉnh.";
  private static final LocalDateTime DEADLINE_PASSED = LocalDateTime.of(2025, 10, 23, 0, 0);

  private ProcessInstance supplementRequested() {
    ProcessInstance plan = approvedWithoutFinalDeadlines(UNIT);
    asksForASupplement(plan, UNIT);
    return plan;
  }

  private Task closing(ProcessInstance plan) {
    return unitTask(plan, UNIT, "closeSupplement");
  }

  private List<Nominee> nominees(ProcessInstance line) {
    return JsonVariables.readList(runtime.getVariable(line.getId(), "nominees"), Nominee.class);
  }

  @Test
  @DisplayName("hết hạn bổ sung mà đơn vị chưa bổ sung thì Ban được giao xử lý, còn đơn vị vẫn bổ sung được")
  void theBoardIsAskedWhenTheSupplementIsLate() {
    ProcessInstance plan = supplementRequested();

    at(DEADLINE_PASSED.minusSeconds(1));
    assertThat(unitDrive(plan, UNIT)).isNotWaitingAt("closeSupplement");
    at(DEADLINE_PASSED);

    assertThat(groupsOf(closing(plan))).containsExactly("board-officer");
    assertThat(closing(plan).getDueDate()).isEqualTo(endOf(2025, 10, 30)); // 5 working days after Thursday 23/10
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("supplementDossier", "closeSupplement");
  }

  @Test
  @DisplayName("Ban không chờ bổ sung nữa, ghi lý do: việc bổ sung đóng, đề nghị chưa kết luận được ghi không đạt kèm"
      + " hạn và lý do của Ban, kết luận đạt đã có được giữ, kết quả chuyển Lãnh đạo Ban duyệt, và đợt lập được tờ trình")
  void theBoardStopsWaitingAndTheOutstandingNomineesAreRejected() {
    ProcessInstance plan = approvedWithoutFinalDeadlines(UNIT);
    asksForASupplementOnTheSecondOfTwo(plan, UNIT);
    ProcessInstance line = unitDrive(plan, UNIT);
    at(DEADLINE_PASSED);

    complete(closing(plan), Map.of("supplementClosingReason", REASON));

    assertThat(line).isWaitingAt("approveAppraisal").hasPassed("supplementClosedByBoard", "rejectOutstandingNominees");
    assertThat(tasks.createTaskQuery().processInstanceId(line.getId()).taskDefinitionKey("supplementDossier").count())
        .isZero();
    assertThat(nominees(line)).extracting(Nominee::id, Nominee::verdict, Nominee::reason).containsExactly(
        tuple("n1", Nominee.PASS, null),
        tuple("n2", Nominee.REJECT, "Đơn vị không bổ sung hồ sơ trong thời hạn (đến hết ngày 22/10/2025). Ban TĐKT không"
            + " chờ bổ sung thêm: " + REASON));
    boardHeadApprovesAppraisal(plan, UNIT);
    assertThat(line).isEnded();
    assertThat(endedWith(line, "supplementClosingReason")).isEqualTo(REASON);
    assertThat(plan).isWaitingAt("draftProposal");
  }

  @Test
  @DisplayName("Ban để việc mở mà đơn vị bổ sung muộn thì việc của Ban tự đóng và hồ sơ được thẩm định lại")
  void theBoardsTaskClosesWhenTheUnitSupplements() {
    ProcessInstance plan = supplementRequested();
    at(DEADLINE_PASSED);
    Task waiting = closing(plan);

    at(LocalDateTime.of(2025, 10, 24, 9, 0));
    complete(unitTask(plan, UNIT, "supplementDossier"), Map.of("achievementReport_n1", pdf("bao-cao-bo-sung.pdf")));

    assertThat(unitDrive(plan, UNIT)).isWaitingAt("appraiseDossier");
    assertThat(tasks.createTaskQuery().taskId(waiting.getId()).count()).isZero();
    assertThat(nominees(unitDrive(plan, UNIT))).singleElement().extracting(Nominee::verdict).isNull();
  }

  @Test
  @DisplayName("Ban hoàn thành mà không ghi lý do thì bị từ chối, đơn vị vẫn bổ sung được")
  void stoppingWithoutAReasonIsRefused() {
    ProcessInstance plan = supplementRequested();
    at(DEADLINE_PASSED);

    assertThatThrownBy(() -> complete(closing(plan), Map.of("supplementClosingReason", "  ")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Chưa nhập lý do không chờ đơn vị bổ sung. Nếu còn chờ, hãy để việc này mở: việc tự đóng khi đơn vị bổ sung"
                + " xong."));
    assertThat(unitDrive(plan, UNIT)).isWaitingAt("supplementDossier", "closeSupplement");
  }

  @Test
  @DisplayName("trong Tasklist, chuyên viên Ban gửi biểu mẫu không chờ bổ sung như mọi biểu mẫu; lần bổ sung sau, việc"
      + " mở ra trống")
  void theBoardStopsWaitingOverRestAndTheNextRoundOpensBlank() {
    ProcessInstance plan = supplementRequested();
    at(DEADLINE_PASSED);
    String path = "/engine-rest/task/" + closing(plan).getId();

    Http.Reply form = http().call("canbo.bantdkt", "GET", path + "/form-variables", null);
    Http.Reply sent = http().call("canbo.bantdkt", "POST", path + "/submit-form",
        "{\"variables\": {\"supplementClosingReason\": {\"value\": \"" + REASON + "\", \"type\": \"String\"}}}");

    assertThat(form.text()).contains(SUPPLEMENT_REQUEST);
    assertThat(sent.status()).isEqualTo(204);
    assertThat(runtime.getVariable(unitDrive(plan, UNIT).getId(), "supplementClosingReason")).isEqualTo(REASON);
    complete(unitTask(plan, UNIT, "approveAppraisal"), Map.of("appraisalApproved", false,
        "appraisalComments", "Xem lại: đơn vị đã gửi bản bổ sung qua văn thư."));
    appraise(plan, UNIT, "SUPPLEMENT", Map.of(), Map.of(
        "supplementRequest", "Nộp bản bổ sung lên hệ thống.", "supplementDeadline", "2025-10-28"));
    at(LocalDateTime.of(2025, 10, 29, 0, 0));
    assertThat(forms.getTaskFormVariables(closing(plan).getId(), List.of("supplementClosingReason"), true)
        .get("supplementClosingReason")).as("not the last round's reason").isEqualTo("");
    assertThat(runtime.getVariable(unitDrive(plan, UNIT).getId(), "supplementClosingReason"))
        .as("cleared as the dossier is appraised again").isNull();
  }
}
