package vn.tdkt.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

/**
 * Seed 002 as written: Kế hoạch 83/KH-UBND ngày 13/02/2025 của UBND tỉnh Bắc Ninh, the whole
 * appendix from processes/plans/, with the plan's own dates.
 */
@DisplayName("Kế hoạch công tác thi đua, khen thưởng năm 2025 của UBND tỉnh Bắc Ninh (kế hoạch mẫu 002)")
class WorkPlanTest extends DriveTest {

  private static final String SEED_002 = "002-ke-hoach-cong-tac-tdkt-bac-ninh-2025";
  private static final String PLAN_NUMBER = "83/KH-UBND";

  @Test
  @DisplayName("cả phụ lục chạy: mọi dòng thành việc của đúng đơn vị, hạn cuối quý; nghiệm thu, trả lại, góp ý phối hợp,"
      + " ký giao ước của cụm, đơn vị chỉ đạo ngoài tỉnh, quá hạn báo đơn vị chỉ đạo; mỗi đơn vị chỉ thấy nhiệm vụ của mình; không triển khai hai lần")
  void wholeAppendixOfSeed002() throws Exception {
    at(LocalDateTime.of(2025, 2, 13, 9, 0));
    Http.Reply launched = launchOverRest("canbo.bantdkt", SEED_002);
    assertThat(launched.status()).isEqualTo(200);
    ProcessInstance plan = ownInstance(runtime.createProcessInstanceQuery()
        .processInstanceId(launched.body().get("id").asText()).singleResult());
    assertThat(plan).hasBusinessKey(PLAN_NUMBER).isWaitingAt("workItems");

    // Every row, for each of its executing units (or clusters), is its executing unit's work until its quarter's end.
    List<Map<?, ?>> items = read(runtime.getVariable(plan.getId(), "workItems").toString());
    assertThat(items.stream().map(i -> i.get("rowNumber")).distinct()).hasSize(29);
    assertThat(items).hasSize(137);
    for (Map<?, ?> item : items) {
      ProcessInstance row = row(item.get("itemId"));
      Task work = task(row, Boolean.TRUE.equals(item.get("covenant")) ? "recordCovenantSigning" : "carryOutWorkItem");
      assertThat(work).as("%s", item.get("itemId")).hasCandidateGroup("unit-" + item.get("unitCode") + "-officer");
      assertThat(work.getDueDate()).as("%s", item.get("itemId")).isEqualTo(endOfQuarter((Integer) item.get("quarter")));
      assertThat(tasks.createTaskQuery().processInstanceId(row.getId())
          .taskDefinitionKeyIn("contributeToWorkItem", "signCovenant").count())
          .as("coordinating units of %s", item.get("itemId")).isEqualTo(((List<?>) item.get("coordinatingUnits")).size());
    }
    assertThat(itemIdsOfRow(items, "I.2")).containsExactlyInAnyOrder("I.2/bn-cum-1", "I.2/bn-cum-2",
        "I.2/bn-khoi-tong-hop", "I.2/bn-khoi-kinh-te", "I.2/bn-khoi-van-hoa-xa-hoi");
    assertThat(itemIdsOfRow(items, "I.3")).hasSize(27);
    assertThat(itemIdsOfRow(items, "II.4")).containsExactlyInAnyOrder("II.4/bn-so-gddt", "II.4/bn-tp-bac-ninh",
        "II.4/bn-tp-tu-son", "II.4/bn-tx-que-vo", "II.4/bn-tx-thuan-thanh", "II.4/bn-h-tien-du", "II.4/bn-h-yen-phong",
        "II.4/bn-h-gia-binh", "II.4/bn-h-luong-tai");
    assertThat(itemIdsOfRow(items, "IV.5")).hasSize(5 + 27);
    assertThat(task(row("III.2/bn-so-gddt"), "contributeToWorkItem")).hasCandidateGroup("unit-bn-so-noi-vu-officer");

    // I.1: Ban TĐKT drafts the year's plan; UBND tỉnh accepts it at the same moment as Sở Nội vụ's I.8:
    // neither acceptance waits for the other nor fails.
    ProcessInstance planDrafting = row("I.1/bn-ban-tdkt");
    ProcessInstance guidance = row("I.8/bn-so-noi-vu");
    complete(task(planDrafting, "carryOutWorkItem"), Map.of("workResult", "Kế hoạch số 83/KH-UBND ngày 13/02/2025."));
    complete(task(guidance, "carryOutWorkItem"), Map.of("workResult", "Hướng dẫn số 12/HD-SNV ngày 10/03/2025."));
    Task acceptance = task(planDrafting, "reviewWorkItem");
    assertThat(acceptance).hasCandidateGroup("unit-bn-ubnd-tinh-officer");
    String guidanceAcceptance = task(guidance, "reviewWorkItem").getId();
    atOnce(() -> tasks.complete(acceptance.getId(), Map.of("workAccepted", true)),
        () -> tasks.complete(guidanceAcceptance, Map.of("workAccepted", true)));
    runAsynchronousContinuations();
    assertThat(planDrafting).isEnded();
    assertThat(guidance).isEnded();

    // I.7: Sở Nội vụ's decision on the clusters is returned once, then accepted, a day between steps
    // (the progress lists steps done by when they were done).
    ProcessInstance clusterDecision = row("I.7/bn-so-noi-vu");
    at(LocalDateTime.of(2025, 2, 17, 9, 0));
    complete(task(clusterDecision, "carryOutWorkItem"), Map.of("workResult", "Dự thảo quyết định tổ chức Cụm, Khối."));
    at(LocalDateTime.of(2025, 2, 18, 9, 0));
    complete(task(clusterDecision, "reviewWorkItem"), Map.of("workAccepted", false,
        "reviewComments", "Bổ sung Khối các cơ quan văn hóa - xã hội, đoàn thể."));
    Task redo = task(clusterDecision, "carryOutWorkItem");
    assertThat(forms.getTaskFormVariables(redo.getId()).getValue("reviewComments", String.class))
        .isEqualTo("Bổ sung Khối các cơ quan văn hóa - xã hội, đoàn thể.");
    at(LocalDateTime.of(2025, 2, 19, 9, 0));
    complete(redo, Map.of("workResult", "Quyết định tổ chức 02 Cụm và 03 Khối thi đua năm 2025."));
    at(LocalDateTime.of(2025, 2, 20, 9, 0));
    complete(task(clusterDecision, "reviewWorkItem"), Map.of("workAccepted", true));
    assertThat(clusterDecision).isEnded();
    // The board follows the rows of a unit in the plan's progress: row, content, what was done.
    JsonNode ofHomeAffairs = progress("canbo.bantdkt", PLAN_NUMBER, "bn-so-noi-vu");
    JsonNode decided = StreamSupport.stream(ofHomeAffairs.get("lines").spliterator(), false)
        .filter(line -> "I.7/bn-so-noi-vu".equals(line.get("place").asText())).findFirst().orElseThrow();
    assertThat(decided.get("facts").get("rowNumber").asText()).isEqualTo("I.7");
    assertThat(decided.get("facts").get("content").asText()).startsWith("Ban hành Quyết định về việc tổ chức Cụm, Khối");
    assertThat(decided.get("status").asText()).isEqualTo("Nhiệm vụ hoàn thành");
    assertThat(decided.get("facts").get("workResult").asText()).isEqualTo("Quyết định tổ chức 02 Cụm và 03 Khối thi đua năm 2025.");
    assertThat(decided.get("facts").get("dueDay").asText()).isEqualTo("2025-03-31");
    assertThat(decided.get("done")).extracting(JsonNode::asText).containsExactly("Thực hiện nhiệm vụ",
        "Nghiệm thu kết quả nhiệm vụ", "Thực hiện nhiệm vụ", "Nghiệm thu kết quả nhiệm vụ");
    // A cluster's covenant row is keyed by the cluster and found under the unit that leads it.
    JsonNode ofBacNinhCity = progress("canbo.bantdkt", PLAN_NUMBER, "bn-tp-bac-ninh");
    assertThat(ofBacNinhCity.get("lines").findValuesAsText("place")).contains("I.2/bn-cum-1");

    // I.4: Sở Y tế, a coordinating unit, adds its input; Ban TĐKT sees it on its own task.
    ProcessInstance highAwards = row("I.4/bn-ban-tdkt");
    complete(taskOfGroup(highAwards, "contributeToWorkItem", "unit-bn-so-y-te-officer"),
        Map.of("coordinationInput", "Sở Y tế đề nghị khen cao 01 tập thể."));
    assertThat(read(forms.getTaskFormVariables(task(highAwards, "carryOutWorkItem").getId())
        .get("coordinationInputs").toString())).singleElement()
        .satisfies(input -> assertThat(input.get("input")).isEqualTo("Sở Y tế đề nghị khen cao 01 tập thể."));

    // I.2: clusters and blocs are data (GET /api/clusters); the members of Cụm số 1 sign the covenant,
    // its leader records the signing, the council accepts.
    assertThat(http().call("canbo.bantdkt", "GET", "/api/clusters", null).text())
        .contains("\"code\":\"bn-cum-1\"", "\"leaderCode\":\"bn-tp-bac-ninh\"");
    ProcessInstance covenant = row("I.2/bn-cum-1");
    assertThat(task(covenant, "recordCovenantSigning")).hasCandidateGroup("unit-bn-tp-bac-ninh-officer");
    for (String member : List.of("bn-tp-tu-son", "bn-h-tien-du", "bn-h-yen-phong")) {
      complete(taskOfGroup(covenant, "signCovenant", "unit-" + member + "-officer"),
          Map.of("covenantSigned", true, "signatoryName", "Chủ tịch UBND " + member));
    }
    complete(task(covenant, "recordCovenantSigning"), Map.of("covenantSignedOn", "2025-02-13",
        "workResult", "Giao ước thi đua năm 2025 của Cụm thi đua số 1."));
    complete(task(covenant, "reviewWorkItem"), Map.of("workAccepted", true));
    assertThat(covenant).isEnded();

    // I.6: the region's cluster leader directs from outside the province; UBND tỉnh, which issued the plan,
    // accepts in its place.
    ProcessInstance regional = row("I.6/bn-ban-tdkt");
    assertThat(forms.getTaskFormVariables(task(regional, "carryOutWorkItem").getId())
        .getValue("directingUnitNames", String.class)).isEqualTo("Cụm trưởng Cụm thi đua các tỉnh Đồng bằng sông Hồng"
            + " (ngoài hệ thống; UBND tỉnh Bắc Ninh nghiệm thu, đôn đốc thay)");
    complete(task(regional, "carryOutWorkItem"), Map.of("workResult", "Đã dự Hội nghị tổng kết của Cụm ngày 20/02/2025."));
    assertThat(groupsOf(task(regional, "reviewWorkItem"))).containsExactly("unit-bn-ubnd-tinh-officer");
    complete(task(regional, "reviewWorkItem"), Map.of("workAccepted", true));
    assertThat(regional).isEnded();

    // The quarter ends: each quarter-I row still with its executing unit goes to its directing unit.
    at(LocalDateTime.of(2025, 4, 1, 8, 0));
    ProcessInstance overdue = row("I.10/bn-so-noi-vu");
    assertThat(task(overdue, "carryOutWorkItem").getPriority()).isEqualTo(90);
    Task followUp = task(overdue, "followUpWorkItem");
    assertThat(followUp).hasCandidateGroup("unit-bn-ubnd-tinh-officer");
    complete(followUp, Map.of("workItemClosed", false, "followUpInstruction", "Hoàn thành trong tháng 4/2025."));
    assertThat(forms.getTaskFormVariables(task(overdue, "carryOutWorkItem").getId())
        .getValue("followUpInstruction", String.class)).isEqualTo("Hoàn thành trong tháng 4/2025.");
    // Quarter-I rows still open: all but I.1, I.8, I.7, I.2 and I.6, accepted above.
    long openQuarterOne = items.stream().filter(i -> Integer.valueOf(1).equals(i.get("quarter"))).count() - 5;
    assertThat(tasks.createTaskQuery().processInstanceBusinessKeyLike(PLAN_NUMBER + "/I.%")
        .taskDefinitionKey("followUpWorkItem").count()).isEqualTo(openQuarterOne - 1);
    // Another one is closed as not done: the board reads how it ended and why in the plan's progress.
    Task closing = tasks.createTaskQuery().processInstanceBusinessKeyLike(PLAN_NUMBER + "/I.%")
        .taskDefinitionKey("followUpWorkItem").listPage(0, 1).get(0);
    String closedPlace = runtime.createProcessInstanceQuery().processInstanceId(closing.getProcessInstanceId()).singleResult()
        .getBusinessKey().substring(PLAN_NUMBER.length() + 1);
    complete(closing, Map.of("workItemClosed", true, "notDoneReason", "Nội dung đã được gộp vào nhiệm vụ của quý II."));
    // The executing unit's notice of it is followed there too, under the row's place.
    Map<String, JsonNode> atClosedPlace = StreamSupport.stream(progress("canbo.bantdkt", PLAN_NUMBER, null).get("lines").spliterator(), false)
        .filter(line -> closedPlace.equals(line.get("place").asText()))
        .collect(Collectors.toMap(line -> line.get("process").asText(), line -> line));
    JsonNode closed = atClosedPlace.get("Nhiệm vụ công tác thi đua, khen thưởng");
    assertThat(closed.get("status").asText()).isEqualTo("Nhiệm vụ không hoàn thành");
    assertThat(closed.get("facts").get("notDoneReason").asText()).isEqualTo("Nội dung đã được gộp vào nhiệm vụ của quý II.");
    assertThat(closed.get("facts").get("notDoneOn").asText()).isEqualTo("2025-04-01");
    assertThat(closed.get("open")).isEmpty();
    assertThat(atClosedPlace.get("Thông báo nhiệm vụ không hoàn thành").get("open")).singleElement()
        .satisfies(step -> assertThat(step.get("step").asText()).isEqualTo("Nhận thông báo nhiệm vụ không hoàn thành"));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKeyLike(PLAN_NUMBER + "/II.%")
        .taskDefinitionKey("followUpWorkItem").count()).isZero();

    // Each unit reads only the rows it executes, directs or coordinates; not the plan itself.
    identity.setAuthentication("yte.bacninh", List.of("unit-bn-so-y-te-officer"));
    try {
      List<ProcessInstance> visible = runtime.createProcessInstanceQuery().listPage(0, 1000);
      assertThat(visible).isNotEmpty().allSatisfy(p -> assertThat(p.getProcessDefinitionId())
          .matches("(workItem|workItemNotDoneNotice):.*"));
      assertThat(visible).extracting(ProcessInstance::getBusinessKey)
          .contains(PLAN_NUMBER + "/I.3/bn-so-y-te", PLAN_NUMBER + "/I.4/bn-ban-tdkt")
          .doesNotContain(PLAN_NUMBER + "/I.6/bn-ban-tdkt", PLAN_NUMBER + "/I.3/bn-so-tu-phap");
    } finally {
      identity.clearAuthentication();
    }

    assertThatThrownBy(() -> launchAs("canbo.bantdkt", "board-officer", SEED_002))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
            .containsExactly("Số kế hoạch 83/KH-UBND đã được dùng cho một kế hoạch khác (Kế hoạch công tác thi đua, khen"
                + " thưởng). Nếu đây là kế hoạch của năm khác trùng số, xin báo quản trị hệ thống ghi số kèm năm trong tệp"
                + " kế hoạch (ví dụ 83/KH-UBND/2025)."));
  }

  /**
   * As in Cockpit for a plan launched by mistake: its number may be launched again by the other
   * scenarios, also after one of them stopped half-way. The units' notices of it go too, so a
   * scenario reads only its own, and the history of a plan a scenario completed, which holds the number.
   */
  @AfterEach
  void cancelledByTheAdministrator() {
    runtime.createProcessInstanceQuery().processDefinitionKey("workPlan").processInstanceBusinessKey(PLAN_NUMBER).list()
        .forEach(plan -> runtime.deleteProcessInstance(plan.getId(), "Triển khai nhầm"));
    history.createHistoricProcessInstanceQuery().processDefinitionKey("workPlan").processInstanceBusinessKey(PLAN_NUMBER)
        .completed().list().forEach(plan -> history.deleteHistoricProcessInstance(plan.getId()));
    runtime.createProcessInstanceQuery().processDefinitionKey("cancellationNotice")
        .processInstanceBusinessKeyLike(PLAN_NUMBER + "/%").list()
        .forEach(notice -> runtime.deleteProcessInstance(notice.getId(), "Kịch bản kiểm thử kết thúc"));
  }

  @Test
  @DisplayName("triển khai muộn, khi quý I đã qua: phải xác nhận triển khai cả nhiệm vụ đã quá hạn; xác nhận thì các nhiệm vụ"
      + " quý I chuyển đơn vị chỉ đạo đôn đốc ngay, nhiệm vụ quý II chưa")
  void aLateLaunchIsConfirmedFirst() {
    at(LocalDateTime.of(2025, 4, 10, 9, 0));
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("workPlan").count();
    Throwable refused = catchThrowable(() -> launchAs("canbo.bantdkt", "board-officer", SEED_002));
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("workPlan").count()).isEqualTo(before);

    quarterOneIsFollowedUpAtOnce(launchAs("canbo.bantdkt", "board-officer", Map.of("workPlanId", SEED_002,
        "pastDueConfirmed", true)), refused);
  }

  private void quarterOneIsFollowedUpAtOnce(ProcessInstance plan, Throwable refused) {
    long quarterOne = read(runtime.getVariable(plan.getId(), "workItems").toString()).stream()
        .filter(i -> Integer.valueOf(1).equals(i.get("quarter"))).count();
    assertThat(refused).isInstanceOf(InvalidInputException.class).hasMessage("Kế hoạch có hạn đã qua ngay khi triển khai ("
        + quarterOne + " nhiệm vụ hạn đến hết ngày 31/03/2025): các nhiệm vụ này bị tính quá hạn và chuyển đơn vị chỉ đạo"
        + " đôn đốc ngay. Nếu vẫn triển khai, đánh dấu «Triển khai cả các nhiệm vụ đã quá hạn»; nếu chọn nhầm kế hoạch của"
        + " năm trước, hãy chọn lại.");
    assertThat(formField("selectWorkPlan", "pastDueConfirmed").get("type").asText()).isEqualTo("checkbox");
    runAsynchronousContinuations();
    at(LocalDateTime.of(2025, 4, 10, 9, 1));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKeyLike(PLAN_NUMBER + "/I.%")
        .taskDefinitionKey("followUpWorkItem").count()).isEqualTo(quarterOne);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKeyLike(PLAN_NUMBER + "/II.%")
        .taskDefinitionKey("followUpWorkItem").count()).isZero();
  }

  @Test
  @DisplayName("quản trị hủy kế hoạch công tác: mỗi đơn vị nhận một thông báo hủy, liệt kê mọi nhiệm vụ của mình, cả nhiệm vụ"
      + " đơn vị phối hợp và nhiệm vụ đơn vị chỉ đạo")
  void aCancelledWorkPlanTellsEachUnitOnce() {
    ProcessInstance plan = launchAs("canbo.bantdkt", "board-officer", SEED_002);
    List<Map<?, ?>> items = read(runtime.getVariable(plan.getId(), "workItems").toString());

    runtime.deleteProcessInstance(plan.getId(), "Triển khai nhầm");

    Set<Object> units = items.stream().flatMap(i -> Stream.of(Stream.of(i.get("unitCode")), reviewing(i),
        ((List<?>) i.get("coordinatingUnits")).stream()).flatMap(s -> s)).collect(Collectors.toSet());
    assertThat(notices(plan, "acknowledgeCancellation")).hasSize(units.size());
    List<String> ofTheDepartment = expectedWork(items, "bn-so-noi-vu");
    assertThat(ofTheDepartment).as("a unit both executing and coordinating").anyMatch(w -> w.endsWith("(đơn vị phối hợp)"))
        .anyMatch(w -> !w.endsWith(")"));
    Task notice = notice(plan, "bn-so-noi-vu", "acknowledgeCancellation");
    assertThat(cancelledWork(notice)).containsExactlyInAnyOrderElementsOf(ofTheDepartment);
    assertThat(groupsOf(notice)).containsExactly("unit-bn-so-noi-vu-officer");
    assertThat(tasks.getVariables(notice.getId())).containsEntry("planCancelled", true)
        .containsEntry("cancellationReason", "Triển khai nhầm");
    List<String> ofTheProvince = expectedWork(items, "bn-ubnd-tinh");
    assertThat(ofTheProvince).as("the province reviews its own rows and the cluster leader's")
        .anyMatch(w -> w.endsWith("(đơn vị chỉ đạo)")).hasSizeGreaterThan(18);
    assertThat(cancelledWork(notice(plan, "bn-ubnd-tinh", "acknowledgeCancellation")))
        .containsExactlyInAnyOrderElementsOf(ofTheProvince);
  }

  /** Who reviews a row: its directing units, the issuing body in place of the region's cluster leader (outside the province). */
  private static Stream<Object> reviewing(Map<?, ?> item) {
    return ((List<?>) item.get("directingUnits")).stream().map(u -> "dbsh-cum-truong".equals(u) ? "bn-ubnd-tinh" : u);
  }

  /** A unit's rows as its cancellation notice lists them: executing first, then reviewing, then coordinating. */
  private static List<String> expectedWork(List<Map<?, ?>> items, String unit) {
    List<String> expected = new ArrayList<>();
    for (Map<?, ?> item : items) {
      String work = "Nhiệm vụ " + item.get("rowNumber") + ": " + item.get("content");
      if (unit.equals(item.get("unitCode"))) {
        expected.add(work);
      } else if (reviewing(item).anyMatch(unit::equals)) {
        expected.add(work + " (đơn vị chỉ đạo)");
      } else if (((List<?>) item.get("coordinatingUnits")).contains(unit)) {
        expected.add(work + " (đơn vị phối hợp)");
      }
    }
    return expected;
  }

  @Test
  @DisplayName("quản trị hủy riêng nhiệm vụ cuối cùng còn chạy thì bị từ chối, kèm lời gọi REST; làm đúng lời gọi đó (hủy cả"
      + " bước «Nhiệm vụ của kế hoạch» rồi bắt đầu trước sự kiện kết thúc) thì kế hoạch hoàn thành, không bị hủy; đơn vị của"
      + " nhiệm vụ đó được báo kèm lý do")
  void closingTheRowsStillRunningCompletesThePlan() {
    ProcessInstance plan = launchAs("canbo.bantdkt", "board-officer", SEED_002);
    List<ProcessInstance> rows = runtime.createProcessInstanceQuery().superProcessInstanceId(plan.getId()).list();
    ProcessInstance last = rows.get(rows.size() - 1);
    runtime.deleteProcessInstances(rows.subList(0, rows.size() - 1).stream().map(ProcessInstance::getId).toList(),
        "Nhiệm vụ đã bỏ", false, true);

    Throwable refusal = catchThrowable(() -> runtime.deleteProcessInstance(last.getId(), "Kết thúc kế hoạch"));
    assertThat(refusal).hasMessageContaining("{\"instructions\": [{\"type\": \"cancel\", \"activityId\":"
        + " \"workItems#multiInstanceBody\"}, {\"type\": \"startBeforeActivity\", \"activityId\": \"workPlanCompleted\"}]");
    modifyAsAdvised(refusal, "Kết thúc kế hoạch");

    assertThat(plan).isEnded().hasPassed("workPlanCompleted");
    assertThat(endState(plan)).isEqualTo("COMPLETED");
    String unit = (String) history.createHistoricVariableInstanceQuery().processInstanceId(last.getId())
        .variableName("unitCode").singleResult().getValue();
    List<Task> told = notices(plan, "acknowledgeCancellation").stream()
        .filter(n -> "Kết thúc kế hoạch".equals(tasks.getVariable(n.getId(), "cancellationReason"))).toList();
    assertThat(told).extracting(n -> tasks.getVariable(n.getId(), "unitCode")).contains(unit);
    assertThat(told).allSatisfy(n -> assertThat(tasks.getVariables(n.getId())).containsEntry("planCancelled", false));
  }

  @Test
  @DisplayName("kế hoạch không có hoặc chưa chọn: liệt kê lỗi, không khởi động gì")
  void unknownPlanIsRefusedAndNothingStarts() {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("workPlan").count();

    assertThatThrownBy(() -> launchAs("canbo.bantdkt", "board-officer", "khong-co-ke-hoach"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Không có kế hoạch công tác mã khong-co-ke-hoach");
    assertThatThrownBy(() -> launchAs("canbo.bantdkt", "board-officer", ""))
        .isInstanceOf(InvalidInputException.class).hasMessage("Chưa chọn kế hoạch công tác.");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("workPlan").count()).isEqualTo(before);
  }

  @Test
  @DisplayName("qua REST: mã kế hoạch sai hay mục ngoài biểu mẫu được trả lời 400 bằng tiếng Việt; cán bộ đơn vị không được triển khai")
  void launchOverRestIsCheckedAndAuthorized() {
    Http.Reply refused = launchOverRest("canbo.bantdkt", "khong-co-ke-hoach");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("Không có kế hoạch công tác mã khong-co-ke-hoach");

    assertThat(launchOverRest("gddt.canbo", SEED_002).status()).isIn(403, 404);
    Http.Reply withOthers = http().call("canbo.bantdkt", "POST", "/engine-rest/process-definition/key/workPlan/submit-form",
        "{\"variables\":{\"workPlanId\":{\"value\":\"" + SEED_002 + "\"},\"planYear\":{\"value\":2030}}}");
    assertThat(withOthers.status()).isEqualTo(400);
    assertThat(withOthers.body().path("message").asText())
        .endsWith("Kế hoạch công tác chỉ nhận pastDueConfirmed, workPlanId khi bắt đầu, không nhận: planYear. Không có gì được tạo.");
    assertThatThrownBy(() -> launchAs("bn.noivu", "unit-bn-so-noi-vu-officer", SEED_002))
        .isInstanceOf(AuthorizationException.class);
  }

  /** {@code POST /engine-rest/process-definition/key/workPlan/submit-form}, as docs/work-plan.md shows. */
  private Http.Reply launchOverRest(String user, String workPlanId) {
    return http().call(user, "POST", "/engine-rest/process-definition/key/workPlan/submit-form",
        "{\"variables\":{\"workPlanId\":{\"value\":\"" + workPlanId + "\"}}}");
  }

  /** Launches as Tasklist does: the start form with the chosen plan, as the given user. */
  private ProcessInstance launchAs(String user, String group, String workPlanId) {
    return launchAs(user, group, Map.of("workPlanId", workPlanId));
  }

  private ProcessInstance launchAs(String user, String group, Map<String, Object> launch) {
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey("workPlan").latestVersion()
        .singleResult().getId();
    identity.setAuthentication(user, List.of(group));
    try {
      return ownInstance(forms.submitStartForm(definition, launch));
    } finally {
      identity.clearAuthentication();
    }
  }

  private ProcessInstance row(Object itemId) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(PLAN_NUMBER + "/" + itemId).singleResult();
  }

  private Task taskOfGroup(ProcessInstance row, String taskKey, String group) {
    return tasks.createTaskQuery().processInstanceId(row.getId()).taskDefinitionKey(taskKey)
        .taskCandidateGroup(group).singleResult();
  }

  private static Set<Object> itemIdsOfRow(List<Map<?, ?>> items, String rowNumber) {
    return items.stream().filter(i -> rowNumber.equals(i.get("rowNumber"))).map(i -> i.get("itemId"))
        .collect(Collectors.toSet());
  }

  /** The end (Vietnam) of the quarter's last day in 2025. */
  private static java.util.Date endOfQuarter(int quarter) {
    LocalDate lastDay = LocalDate.of(2025, quarter * 3, 1).plusMonths(1).minusDays(1);
    return endOf(lastDay.getYear(), lastDay.getMonthValue(), lastDay.getDayOfMonth());
  }
}
