package vn.tdkt.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Sáp nhập đơn vị khi kế hoạch đang chạy")
class MergeUnitTest extends DriveTest {

  @Autowired UnitRegistry units;
  @Autowired AuthorizationService authorizations;

  /** A test pair of units, so merging them does not change the demo province for other tests. */
  private String[] freshUnits() {
    String suffix = Long.toString(System.nanoTime(), 36);
    String merged = "so-khdt-" + suffix;
    String successor = "so-tai-chinh-" + suffix;
    units.save(new Unit(merged, "Sở Kế hoạch và Đầu tư (thử " + suffix + ")", "DEPARTMENT", "STANDARD"));
    units.save(new Unit(successor, "Sở Tài chính (thử " + suffix + ")", "DEPARTMENT", "STANDARD"));
    return new String[] {merged, successor};
  }

  /** POST /api/units/{code}/merge as the user, the unit's last day 30/06/2025; the answer's status. */
  private int mergedOnJune30(String user, String merged, String successor) {
    return http().call(user, "POST", "/api/units/" + merged + "/merge",
        "{\"successor\":\"" + successor + "\",\"lastDay\":\"2025-06-30\"}").status();
  }

  @Test
  @DisplayName("đơn vị sáp nhập khi hồ sơ đang thẩm định: việc bổ sung giao cho đơn vị tiếp nhận, lịch sử vẫn đọc được")
  void mergerWhileTheDossierIsAppraised() {
    String[] pair = freshUnits();
    String merged = pair[0];
    String successor = pair[1];
    ProcessInstance plan = readyToSubmit(merged);
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    submitDossier(plan, merged);

    assertThat(mergedOnJune30("canbo.bantdkt", merged, successor)).isEqualTo(403);
    assertThat(mergedOnJune30("admin", merged, successor)).isEqualTo(200);

    appraise(plan, merged, "SUPPLEMENT", Map.of(),
        Map.of("supplementRequest", "Bổ sung xác nhận của đơn vị tiếp nhận.", "supplementDeadline", "2025-10-24"));
    Task supplement = unitTask(plan, merged, "supplementDossier");
    assertThat(tasks.getIdentityLinksForTask(supplement.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("unit-" + successor + "-officer");
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(unitDrive(plan, merged).getId())
        .taskDefinitionKey("registerUnit").list()).hasSize(1).extracting(HistoricTaskInstance::getEndTime).doesNotContainNull();
    assertThat(runtime.getVariable(unitDrive(plan, merged).getId(), "unitCode")).isEqualTo(merged);
  }

  @Test
  @DisplayName("đơn vị sáp nhập vào đơn vị cùng làm một nhiệm vụ: sáp nhập được, nhiệm vụ mới nêu cả hai đơn vị vẫn bắt đầu")
  void mergerIntoAPartnerOfSharedWork() {
    String[] pair = freshUnits();
    String merged = pair[0];
    String successor = pair[1];
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance shared = workItemRow(merged, List.of(), List.of(successor), false);

    assertThat(mergedOnJune30("admin", merged, successor)).isEqualTo(200);
    ProcessInstance naming = workItemRow(successor, List.of(), List.of(merged), false);

    for (ProcessInstance row : List.of(shared, naming)) {
      assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
          .resourceId(row.getId()).groupIdIn("unit-" + successor + "-officer").count()).isEqualTo(1);
    }
    assertThat(task(shared, "carryOutWorkItem")).hasCandidateGroup("unit-" + successor + "-officer");
  }

  @Test
  @DisplayName("việc đang mở của đơn vị chuyển sang nhóm của đơn vị tiếp nhận")
  void openWorkMovesToTheSuccessor() {
    String[] pair = freshUnits();
    ProcessInstance plan = launchedAndApproved(pair[0]);

    mergeBeforeThePlans(pair[0], pair[1]);

    assertThat(unitTask(plan, pair[0], "registerUnit")).hasCandidateGroup("unit-" + pair[1] + "-officer");
    assertThat(tasks.getIdentityLinksForTask(unitTask(plan, pair[0], "registerUnit").getId()))
        .extracting(IdentityLink::getGroupId).doesNotContain("unit-" + pair[0] + "-officer");
  }

  @Test
  @DisplayName("kế hoạch mới không chọn được đơn vị đã sáp nhập; sáp nhập sai thì báo rõ")
  void mergedUnitCannotJoinANewPlan() {
    String[] pair = freshUnits();
    mergeBeforeThePlans(pair[0], pair[1]);

    assertThatThrownBy(() -> launch(seed000Plan(pair[0])))
        .hasMessageContaining("không còn hoạt động; công việc của đơn vị do đơn vị mã " + pair[1] + " tiếp nhận.");
    assertThatThrownBy(() -> mergeUnit.merge(pair[1], pair[1], LocalDate.of(2025, 6, 30)))
        .hasMessageContaining("Không thể sáp nhập một đơn vị vào chính nó.");
    Http.Reply writtenWrong = http().call("admin", "POST", "/api/units/" + pair[1] + "/merge",
        "{\"successor\":\"so-yte\",\"lastDay\":\"30/06/2025\"}");
    assertThat(writtenWrong.status()).isEqualTo(400);
    assertThat(writtenWrong.body().get("problems").get(0).asText()).isEqualTo("Ngày không hợp lệ: 30/06/2025 (cần dạng YYYY-MM-DD).");
    assertThat(units.find(pair[1]).orElseThrow().successor()).as("nothing merged").isNull();
  }

  @Autowired MergeUnit mergeUnit;

  /** Merges as of 30/06/2024, before the scenario's plans are launched. */
  private void mergeBeforeThePlans(String unit, String successor) {
    mergeUnit.merge(unit, successor, LocalDate.of(2024, 6, 30));
  }
}
