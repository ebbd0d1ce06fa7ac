package vn.tdkt.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Sáp nhập đơn vị khi kế hoạch đang chạy")
class MergeUnitTest extends DriveTest {

  @Autowired UnitRegistry units;
  @Autowired AuthorizationService authorizations;

  /** The unit merged and the unit that takes its work on. */
  private record Pair(String merged, String successor) {}

  /** A test pair of units, so merging them does not change the demo province for other tests. */
  private Pair freshUnits() {
    String suffix = Long.toString(System.nanoTime(), 36);
    String merged = "so-khdt-" + suffix;
    String successor = "so-tai-chinh-" + suffix;
    units.save(new Unit(merged, "Sở Kế hoạch và Đầu tư (thử " + suffix + ")", "DEPARTMENT", "STANDARD"));
    units.save(new Unit(successor, "Sở Tài chính (thử " + suffix + ")", "DEPARTMENT", "STANDARD"));
    return new Pair(merged, successor);
  }

  /** POST /api/units/{code}/merge as the user, with the unit's last day; the answer's status. */
  private int merged(String user, Pair pair, String lastDay) {
    return http().call(user, "POST", "/api/units/" + pair.merged() + "/merge",
        "{\"successor\":\"" + pair.successor() + "\",\"lastDay\":\"" + lastDay + "\"}").status();
  }

  @Test
  @DisplayName("đơn vị sáp nhập khi hồ sơ đang thẩm định: việc bổ sung giao cho đơn vị tiếp nhận, lịch sử vẫn đọc được")
  void mergerWhileTheDossierIsAppraised() {
    Pair pair = freshUnits();
    ProcessInstance plan = readyToSubmit(pair.merged());
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    submitDossier(plan, pair.merged());

    assertThat(merged("canbo.bantdkt", pair, "2025-06-30")).isEqualTo(403);
    assertThat(merged("admin", pair, "2025-06-30")).isEqualTo(200);

    appraise(plan, pair.merged(), "SUPPLEMENT", Map.of(),
        Map.of("supplementRequest", "Bổ sung xác nhận của đơn vị tiếp nhận.", "supplementDeadline", "2025-10-24"));
    Task supplement = unitTask(plan, pair.merged(), "supplementDossier");
    assertThat(tasks.getIdentityLinksForTask(supplement.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("unit-" + pair.successor() + "-officer");
    assertThat(history.createHistoricTaskInstanceQuery()
        .processInstanceId(unitDrive(plan, pair.merged()).getId())
        .taskDefinitionKey("registerUnit").list()).hasSize(1).extracting(HistoricTaskInstance::getEndTime).doesNotContainNull();
    assertThat(runtime.getVariable(unitDrive(plan, pair.merged()).getId(), "unitCode"))
        .isEqualTo(pair.merged());
  }

  @Test
  @DisplayName("đơn vị sáp nhập vào đơn vị cùng làm một nhiệm vụ: sáp nhập được, nhiệm vụ mới nêu cả hai đơn vị vẫn bắt đầu")
  void mergerIntoAPartnerOfSharedWork() {
    Pair pair = freshUnits();
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance shared = workItemRow(pair.merged(), List.of(), List.of(pair.successor()), false);

    assertThat(merged("admin", pair, "2025-02-14")).isEqualTo(200);
    ProcessInstance naming = workItemRow(pair.successor(), List.of(), List.of(pair.merged()), false);

    for (ProcessInstance row : List.of(shared, naming)) {
      assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
          .resourceId(row.getId()).groupIdIn("unit-" + pair.successor() + "-officer").count()).isEqualTo(1);
    }
    assertThat(task(shared, "carryOutWorkItem")).hasCandidateGroup("unit-" + pair.successor() + "-officer");
  }

  @Test
  @DisplayName("việc đang mở (kể cả việc quá hạn đã báo thủ trưởng) chuyển sang nhóm của đơn vị tiếp nhận; nhóm của đơn vị cũ"
      + " không còn quyền nào trên việc đó")
  void openWorkMovesToTheSuccessor() {
    Pair pair = freshUnits();
    Map<String, Object> data = seed000Plan(pair.merged());
    data.put("finalDeadlines", json(List.of("report", "submission", "supplement")));
    ProcessInstance plan = launchedAndApproved(data);
    at(LocalDateTime.of(2024, 11, 1, 9, 0)); // registration overdue: the unit head may hand the task on

    mergeBeforeThePlans(pair);

    String registration = unitTask(plan, pair.merged(), "registerUnit").getId();
    assertThat(tasks.getIdentityLinksForTask(registration)).extracting(IdentityLink::getGroupId)
        .containsExactlyInAnyOrder("unit-" + pair.successor() + "-officer", "unit-" + pair.successor() + "-head");
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(registration)
        .groupIdIn("unit-" + pair.merged() + "-officer", "unit-" + pair.merged() + "-head").count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(registration)
        .groupIdIn("unit-" + pair.successor() + "-head").singleResult().isPermissionGranted(Permissions.TASK_ASSIGN))
        .isTrue();
  }

  @Test
  @DisplayName("kế hoạch mới không chọn được đơn vị đã sáp nhập; sáp nhập sai thì báo rõ")
  void mergedUnitCannotJoinANewPlan() {
    Pair pair = freshUnits();
    mergeBeforeThePlans(pair);

    assertThatThrownBy(() -> launch(seed000Plan(pair.merged())))
        .hasMessageContaining("không còn hoạt động; công việc của đơn vị do đơn vị mã " + pair.successor() + " tiếp nhận.");
    assertThatThrownBy(() -> mergeUnit.merge(pair.successor(), pair.successor(), LocalDate.of(2024, 6, 30)))
        .hasMessageContaining("Không thể sáp nhập một đơn vị vào chính nó.");
    Http.Reply writtenWrong = http().call("admin", "POST", "/api/units/" + pair.successor() + "/merge",
        "{\"successor\":\"so-yte\",\"lastDay\":\"30/06/2025\"}");
    assertThat(writtenWrong.status()).isEqualTo(400);
    assertThat(writtenWrong.body().get("problems").get(0).asText()).isEqualTo("Ngày không hợp lệ: 30/06/2025 (cần dạng YYYY-MM-DD).");
    assertThat(units.find(pair.successor()).orElseThrow().successor()).as("nothing merged").isNull();
    assertThatThrownBy(() -> mergeUnit.merge(pair.successor(), pair.merged(), LocalDate.of(2024, 6, 30)))
        .hasMessageContaining("Đơn vị " + pair.merged() + " đã sáp nhập vào đơn vị " + pair.successor()
            + "; không thể sáp nhập ngược lại.");
    assertThat(units.current(pair.merged()).code()).as("the work still goes to the successor").isEqualTo(pair.successor());
  }

  @Test
  @DisplayName("hai quản trị sáp nhập ngược chiều cùng lúc: lần sau chờ lần trước xong rồi bị từ chối, không thành vòng")
  void crosswiseMergersAtOnceMakeNoCircle() throws Exception {
    Pair pair = freshUnits();
    LocalDate lastDay = LocalDate.of(2024, 6, 30);

    Throwable second = secondWaitsForFirst(() -> mergeUnit.merge(pair.merged(), pair.successor(), lastDay),
        () -> mergeUnit.merge(pair.successor(), pair.merged(), lastDay));

    assertThat(second).isInstanceOf(InvalidInputException.class).hasMessageContaining("Đơn vị " + pair.merged()
        + " đã sáp nhập vào đơn vị " + pair.successor() + "; không thể sáp nhập ngược lại.");
    assertThat(units.find(pair.successor()).orElseThrow().successor()).as("no circle").isNull();
    assertThat(units.current(pair.merged()).code()).isEqualTo(pair.successor());
  }

  @Test
  @DisplayName("sáp nhập khi đơn vị còn hoạt động (ngày cuối cùng chưa đến) thì bị từ chối, công việc chưa chuyển")
  void mergerBeforeTheLastDayIsRefused() {
    Pair pair = freshUnits();
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow(pair.merged(), List.of(), List.of(), false);

    Http.Reply early = http().call("admin", "POST", "/api/units/" + pair.merged() + "/merge",
        "{\"successor\":\"" + pair.successor() + "\",\"lastDay\":\"2025-06-30\"}");

    assertThat(early.status()).isEqualTo(400);
    assertThat(early.body().get("problems").get(0).asText()).isEqualTo("Chưa đến ngày cuối cùng đơn vị còn hoạt động "
        + "(30/06/2025). Khi sáp nhập, công việc của đơn vị được chuyển ngay sang đơn vị tiếp nhận; vì vậy chỉ thực hiện sáp "
        + "nhập từ ngày 30/06/2025 trở đi.");
    assertThat(units.find(pair.merged()).orElseThrow().successor()).isNull();
    assertThat(tasks.getIdentityLinksForTask(task(row, "carryOutWorkItem").getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("unit-" + pair.merged() + "-officer");
  }

  @Test
  @DisplayName("việc quá hạn của đơn vị đã sáp nhập được liệt kê cho đơn vị tiếp nhận, tra theo mã mới hay mã cũ, kể cả khi số kế hoạch nhập kèm dấu cách")
  void overdueWorkOfAMergedUnitIsListedUnderItsSuccessor() {
    Pair pair = freshUnits();
    Map<String, Object> data = seed000Plan(pair.merged());
    data.put("finalDeadlines", json(List.of("report", "submission", "supplement")));
    ProcessInstance plan = launchedAndApproved(data);
    mergeBeforeThePlans(pair);

    at(LocalDateTime.of(2024, 11, 1, 9, 0));
    for (String askedFor : List.of(pair.successor(), pair.merged())) {
      Http.Reply reply = http().call("canbo.bantdkt", "GET", "/api/overdue?planNumber=%20"
          + plan.getBusinessKey().replace("/", "%2F") + "%20&unitCode=" + askedFor, null);
      assertThat(reply.status()).as(reply.text()).isEqualTo(200);
      assertThat(reply.body()).as("asked for " + askedFor).extracting(row -> row.get("taskName").asText() + ", "
          + row.get("unitCode").asText() + ", " + row.get("unitName").asText()).containsExactly("Đăng ký thi đua, "
          + pair.successor() + ", " + units.find(pair.successor()).orElseThrow().name());
    }
  }

  @Autowired MergeUnit mergeUnit;

  /** Merges as of 30/06/2024, before the scenario's plans are launched. */
  private void mergeBeforeThePlans(Pair pair) {
    mergeUnit.merge(pair.merged(), pair.successor(), LocalDate.of(2024, 6, 30));
  }
}
