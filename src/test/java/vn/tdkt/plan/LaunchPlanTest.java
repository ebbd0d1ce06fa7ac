package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;

@DisplayName("Phát động kế hoạch")
class LaunchPlanTest extends DriveTest {

  @Test
  @DisplayName("kế hoạch hợp lệ chờ Chủ tịch phê duyệt, mang số kế hoạch làm mã hồ sơ")
  void validPlanWaitsForTheAuthority() {
    Map<String, Object> data = seed000Plan("so-gddt", "so-tu-phap");
    ProcessInstance plan = launch(data);

    assertThat(plan).isWaitingAt("approvePlan").hasBusinessKey((String) data.get("planNumber"));
    assertThat(task(plan, "approvePlan")).hasCandidateGroup("deciding-authority");
  }

  @Test
  @DisplayName("Chủ tịch phê duyệt thì mỗi đơn vị tham gia có quy trình riêng, giao cho nhóm của đơn vị")
  void approvalGivesEachUnitItsOwnLineOfWork() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-tu-phap", "ubnd-ba-be");

    assertThat(plan).isWaitingAt("unitDrives");
    for (String unit : List.of("so-gddt", "so-tu-phap", "ubnd-ba-be")) {
      ProcessInstance drive = unitDrive(plan, unit);
      assertThat(drive).isWaitingAt("registerUnit");
      assertThat(unitTask(plan, unit, "registerUnit")).hasCandidateGroup("unit-" + unit + "-officer");
      assertThat(tasks.getIdentityLinksForTask(unitTask(plan, unit, "registerUnit").getId()))
          .extracting(IdentityLink::getGroupId).containsOnly("unit-" + unit + "-officer");
    }
    assertThat(runtime.getVariable(unitDrive(plan, "ubnd-ba-be").getId(), "unitName")).isEqualTo("UBND huyện Ba Bể");
  }

  @Test
  @DisplayName("mô hình quy trình đơn vị bị sửa hỏng thì phê duyệt kế hoạch vẫn được ghi nhận; mỗi đơn vị chạy lại sau 5 phút, "
      + "lần thứ ba thì Cockpit báo sự cố; sửa lại mô hình, bấm thử lại thì các đơn vị bắt đầu")
  void unitLinesThatCannotStartWaitForTheMendedModel() {
    ProcessInstance plan = launch(seed000Plan("so-gddt", "so-yte"));
    deployWithChange("unitDrive.bpmn", bpmn -> bpmn.replace("${unitGroups.officer(unitCode)}", "${unitGroupz.officer(unitCode)}"));
    try {
      tasks.complete(task(plan, "approvePlan").getId(), Map.of("planApproved", true));
      assertThat(plan).hasPassed("approvePlan");

      for (int minute : new int[] {0, 5, 10}) {
        ClockUtil.setCurrentTime(vn(LocalDateTime.of(2024, 9, 20, 9, minute)));
        List<Job> due = management.createJobQuery().processInstanceId(plan.getId()).messages().executable().list();
        assertThat(due).as("start jobs due at 9:%02d", minute).hasSize(2);
        due.forEach(start -> assertThatThrownBy(() -> management.executeJob(start.getId())).hasMessageContaining("unitGroupz"));
      }
      assertThat(runtime.createIncidentQuery().processInstanceId(plan.getId()).list()).hasSize(2)
          .allSatisfy(incident -> assertThat(incident.getActivityId()).isEqualTo("unitDrives"))
          .allSatisfy(incident -> assertThat(incident.getIncidentMessage()).contains("unitGroupz"));
      assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(plan.getId()).count()).isZero();
    } finally {
      restoreModel("unitDrive.bpmn");
    }

    // Cockpit's retry of a failed job gives it a retry again; it runs when due, 5 minutes after its last attempt.
    management.createJobQuery().processInstanceId(plan.getId()).noRetriesLeft().list()
        .forEach(start -> management.setJobRetries(start.getId(), 1));
    at(LocalDateTime.of(2024, 9, 20, 9, 15));
    assertThat(unitTask(plan, "so-gddt", "registerUnit")).hasCandidateGroup("unit-so-gddt-officer");
    assertThat(unitTask(plan, "so-yte", "registerUnit")).hasCandidateGroup("unit-so-yte-officer");
    assertThat(runtime.createIncidentQuery().processInstanceId(plan.getId()).count()).isZero();
  }

  @Test
  @DisplayName("quy trình của đơn vị nhận dữ liệu kế hoạch nó dùng, không chép phần nó không dùng hay kế hoạch để trống")
  void unitLineReceivesOnlyThePlanDataItReads() {
    ProcessInstance plan = launchedAndApproved("so-gddt");

    Map<String, Object> line = runtime.getVariables(unitDrive(plan, "so-gddt").getId());
    assertThat(line).containsEntry("planTitle", runtime.getVariable(plan.getId(), "planTitle"))
        .containsEntry("submissionDeadline", "2025-10-16").containsKeys("quotaRuleId")
        .doesNotContainKeys("issuingAuthority", "phaseName", "phaseNumber", "quotaStandard", "quotaMajor", "ratingYears",
            "proposalGateRuleId", "dossierComponents");
  }

  @Test
  @DisplayName("Chủ tịch trả lại kèm ý kiến thì Ban chỉnh sửa rồi trình lại, lần duyệt sau bắt đầu trống")
  void returnedPlanGoesBackToTheBoardWithComments() {
    ProcessInstance plan = launch(seed000Plan("so-gddt"));
    complete(task(plan, "approvePlan"), Map.of("planApproved", false, "planComments", "Bổ sung chủ đề thi đua."));

    assertThat(task(plan, "draftPlan")).hasCandidateGroup("board-officer");
    assertThat(plan).variables().as("the comments the board's form shows").containsEntry("planComments", "Bổ sung chủ đề thi đua.");
    complete(task(plan, "draftPlan"), Map.of("planTheme", "Chủ đề đã bổ sung"));
    assertThat(plan).isWaitingAt("approvePlan").variables().containsEntry("planTheme", "Chủ đề đã bổ sung");
    assertOpensBlank(task(plan, "approvePlan"), "planApproved", "planComments");
    assertThatThrownBy(() -> complete(task(plan, "approvePlan"), Map.of("planApproved", false)))
        .as("the last round's comments do not stand for this one").hasMessageContaining("phải ghi ý kiến");
  }

  @Test
  @DisplayName("trả lại kế hoạch mà không ghi ý kiến thì bị từ chối, việc vẫn còn nguyên")
  void returningWithoutCommentsIsRefused() {
    ProcessInstance plan = launch(seed000Plan("so-gddt"));

    assertThatThrownBy(() -> complete(task(plan, "approvePlan"), Map.of("planApproved", false)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("phải ghi ý kiến");
    assertThat(plan).isWaitingAt("approvePlan");
  }

  @Test
  @DisplayName("hạn báo cáo trước ngày đơn vị nhận việc báo cáo, hay thời gian thi đua chỉ một ngày, thì bị từ chối")
  void reportDueBeforeTheDriveEndsIsRefused() {
    Map<String, Object> reportTooEarly = seed000Plan("so-gddt");
    reportTooEarly.put("reportDeadline", "2025-09-15");
    Map<String, Object> oneDay = seed000Plan("so-gddt");
    oneDay.put("periodStart", "2025-09-30");
    long plansBefore = history.createHistoricProcessInstanceQuery().count();

    assertThatThrownBy(() -> launch(reportTooEarly)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly(
            "Hạn báo cáo kết quả phải từ ngày bắt đầu bình xét (01/10/2025) trở đi: đơn vị nhận việc báo cáo vào ngày đó."));
    assertThatThrownBy(() -> launch(oneDay)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly("Ngày kết thúc thi đua phải sau ngày bắt đầu."));
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(plansBefore);
  }

  @Test
  @DisplayName("kế hoạch hai đợt: đợt có trường lạ, đợt không tên, đợt 2 bình xét, nhận hồ sơ từ trước ngày bắt đầu đợt (nhầm"
      + " năm), hay bắt đầu trước khi đợt 1 kết thúc, thì bị từ chối, nói rõ trường và các ngày; không tạo kế hoạch nào")
  void aPhaseDatedBeforeItsStartIsRefused() {
    Map<String, Object> plan = fromTemplate("001-van-phong-ubnd-tinh-hai-dot", "vp-phong-tong-hop");
    plan.put("phases", json(List.of(
        Map.of("name", "Đợt 1", "periodStart", "2024-01-01", "periodEnd", "2024-06-30", "selectionFrom", "2024-06-03",
            "submissionCloses", "2024-06-20", "hanTrinh", "2024-06-28"),
        Map.of("name", " ", "periodStart", "2024-06-30", "periodEnd", "2024-12-31", "selectionFrom", "2024-01-25",
            "submissionOpens", "2024-01-25", "submissionCloses", "2024-12-10"))));
    long plansBefore = history.createHistoricProcessInstanceQuery().count();

    assertThatThrownBy(() -> launch(plan)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly(
            "Đợt 1: trường hanTrinh không có trong định dạng một đợt (name, periodStart, periodEnd, reportDeadline,"
                + " selectionFrom, submissionOpens, submissionCloses, proposalDeadline, decisionDeadline).",
            "Đợt 2: chưa có tên đợt.",
            "Đợt 2: Ngày bắt đầu bình xét (25/01/2024) không được trước ngày bắt đầu thi đua (30/06/2024).",
            "Đợt 2: Ngày bắt đầu nhận hồ sơ (25/01/2024) không được trước ngày bắt đầu thi đua (30/06/2024).",
            "Đợt 2: Ngày bắt đầu thi đua (30/06/2024) phải sau ngày kết thúc của đợt trước (30/06/2024)."));
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(plansBefore);
  }

  @Test
  @DisplayName("thành phần hồ sơ không tên, mã có dấu cách hay trùng mã thì bị từ chối, gọi đúng tên thành phần")
  void dossierComponentsNeedNamesAndDistinctKeys() {
    Map<String, Object> data = seed000Plan("so-gddt");
    data.put("dossierComponents", json(List.of(Map.of("key", "a b"), Map.of("perNominee", true),
        Map.of("key", "proposalLetter", "label", "Tờ trình", "perNominee", false),
        Map.of("key", "proposalLetter", "label", "Tờ trình bản sao", "perNominee", false))));

    assertThatThrownBy(() -> launch(data)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly(
            "Thành phần hồ sơ mã a b: mã (key) phải bắt đầu bằng chữ cái, chỉ gồm chữ và số không dấu, không trùng.",
            "Thành phần hồ sơ mã a b chưa có tên.",
            "Thành phần hồ sơ thứ 2: mã (key) phải bắt đầu bằng chữ cái, chỉ gồm chữ và số không dấu, không trùng.",
            "Thành phần hồ sơ thứ 2 chưa có tên.",
            "Thành phần hồ sơ \"Tờ trình bản sao\": mã (key) phải bắt đầu bằng chữ cái, chỉ gồm chữ và số không dấu, không trùng."));
  }

  @Test
  @DisplayName("thành phần hồ sơ ghi perNominee bằng chữ hay số thì bị từ chối: biểu mẫu nộp hồ sơ và máy chủ sẽ hiểu khác nhau")
  void dossierComponentPerNomineeMustBeTrueOrFalse() {
    Map<String, Object> data = seed000Plan("so-gddt");
    data.put("dossierComponents", json(List.of(Map.of("key", "proposalLetter", "label", "Tờ trình", "perNominee", false),
        Map.of("key", "achievementReport", "label", "Báo cáo thành tích", "perNominee", "true"),
        Map.of("key", "photo", "label", "Ảnh", "perNominee", 1))));
    long plansBefore = history.createHistoricProcessInstanceQuery().count();

    assertThatThrownBy(() -> launch(data)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly(
            "Thành phần hồ sơ \"Báo cáo thành tích\": perNominee phải là true hoặc false (không đặt trong dấu ngoặc kép), đang là \"true\".",
            "Thành phần hồ sơ \"Ảnh\": perNominee phải là true hoặc false (không đặt trong dấu ngoặc kép), đang là 1."));
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(plansBefore);
  }

  @Test
  @DisplayName("không nhập ngày bình xét: hạn nộp trước ngày sau khi kết thúc thi đua thì bị từ chối, có hay không ngày mở nhận"
      + " hồ sơ")
  void submissionWindowClosingBeforeItOpensIsRefused() {
    Map<String, Object> noOpening = seed000Plan("so-gddt");
    noOpening.remove("submissionOpens");
    noOpening.put("submissionCloses", "2025-09-20");
    Map<String, Object> openingEarly = new HashMap<>(noOpening);
    openingEarly.put("submissionOpens", "2025-09-10");

    for (Map<String, Object> data : List.of(noOpening, openingEarly)) {
      assertThatThrownBy(() -> launch(data)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
          .containsExactly("Hạn báo cáo kết quả phải trước khi hết hạn nhận hồ sơ.", "Hạn nộp hồ sơ (20/09/2025) phải"
              + " từ ngày bắt đầu bình xét (01/10/2025, ngày sau khi kết thúc thi đua) trở đi: đơn vị họp xét và nộp hồ sơ từ"
              + " ngày đó. Nếu đơn vị bình xét sớm hơn, nhập ngày bắt đầu bình xét."));
    }
  }

  @Test
  @DisplayName("kế hoạch hai đợt: ngày của đợt để trống (\"\") là không nhập, không làm hỏng việc phê duyệt hay hẹn giờ của đơn vị")
  void aPhaseDateLeftEmptyIsNotGiven() {
    Map<String, Object> data = fromTemplate("001-van-phong-ubnd-tinh-hai-dot", "vp-phong-tong-hop");
    data.put("phases", json(List.of(
        Map.of("name", "Đợt 1", "periodStart", "2024-01-01", "periodEnd", "2024-05-31", "reportDeadline", " ",
            "selectionFrom", "", "submissionOpens", "", "submissionCloses", "2024-06-20", "proposalDeadline", ""),
        Map.of("name", "Đợt 2", "periodStart", "2024-07-01", "periodEnd", "2024-12-31", "selectionFrom", "2024-11-25",
            "submissionCloses", "2024-12-10"))));

    ProcessInstance plan = launchedAndApproved(data);

    assertThat(runtime.getVariables(unitDrive(plan, "Đợt 1", "vp-phong-tong-hop").getId()))
        .containsEntry("selectionStarts", "2024-06-01").containsEntry("submissionOpens", "2024-06-01")
        .containsEntry("reportDeadline", null).doesNotContainKey("proposalDeadline");
  }

  @Test
  @DisplayName("số kế hoạch gõ thừa dấu cách: kế hoạch và việc của các đơn vị cùng dùng số đã bỏ dấu cách")
  void planNumberIsKeptAsItIsKeyed() {
    Map<String, Object> data = seed000Plan("so-gddt");
    String number = data.get("planNumber").toString();
    data.put("planNumber", " " + number + " ");

    ProcessInstance plan = launchedAndApproved(data);

    assertThat(plan.getBusinessKey()).isEqualTo(number);
    assertThat(runtime.getVariable(plan.getId(), "planNumber")).isEqualTo(number);
    assertThat(runtime.getVariable(unitDrive(plan, "so-gddt").getId(), "planNumber")).isEqualTo(number);
  }

  @Test
  @DisplayName("qua /api/plans, mẫu một đợt được phát động thành kế hoạch hai đợt: các đợt gửi kèm thay các ngày chung của mẫu")
  void phasesSentOverRestReplaceTheTemplatesDates() {
    String number = "77/KH-UBND/hai-dot";
    Http.Reply reply = http().call("canbo.bantdkt", "POST", "/api/plans", """
        {"planTemplate": "000-ubnd-tinh-dot-thi-dua-dac-biet", "planNumber": "%s", "participatingUnits": ["so-gddt"],
         "phases": [
           {"name": "Đợt 1", "periodStart": "2024-10-01", "periodEnd": "2025-03-31", "reportDeadline": "2025-04-10",
            "submissionCloses": "2025-04-15"},
           {"name": "Đợt 2", "periodStart": "2025-04-01", "periodEnd": "2025-09-30", "reportDeadline": "2025-10-09",
            "submissionCloses": "2025-10-16"}]}
        """.formatted(number));

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    ProcessInstance plan = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
    ownInstance(plan);
    assertThat(runtime.getVariables(plan.getId())).doesNotContainKeys("periodStart", "submissionCloses", "reportDeadline");
    assertThat(read(runtime.getVariable(plan.getId(), "planPhases").toString()))
        .extracting(p -> p.get("name"), p -> p.get("periodStart"), p -> p.get("submissionCloses"))
        .containsExactly(tuple("Đợt 1", "2024-10-01", "2025-04-15"), tuple("Đợt 2", "2025-04-01", "2025-10-16"));
  }

  @Test
  @DisplayName("năm gõ nhầm (0024, 2205) thì bị từ chối, nêu trường và ngày, không thành lỗi máy chủ")
  void aYearTypedWrongIsRefused() {
    Map<String, Object> data = seed000Plan("so-gddt");
    data.put("registrationDeadline", "0024-09-29");
    data.put("submissionCloses", "2205-10-16");

    assertThatThrownBy(() -> launch(data)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
        .contains("Ngày không hợp lệ cho hạn đăng ký thi đua: 29/09/0024.",
            "Ngày không hợp lệ cho hạn nộp hồ sơ: 16/10/2205."));
  }

  @Test
  @DisplayName("ngày không theo thứ tự, đơn vị lạ, chỉ tiêu âm: liệt kê mọi lỗi và không tạo kế hoạch nào")
  void invalidPlanIsRefusedWithEveryProblemAndNothingStarts() {
    Map<String, Object> data = seed000Plan("so-gddt", "so-khong-ton-tai");
    data.put("registrationDeadline", "2025-10-30");
    data.put("submissionCloses", "2025-10-13");
    data.put("reportDeadline", "2025-10-20");
    data.put("quotaStandard", -1);
    data.put("quotaMajor", 1.5);
    long plansBefore = history.createHistoricProcessInstanceQuery().count();

    assertThatThrownBy(() -> launch(data))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
            "Hạn đăng ký thi đua phải trước khi kết thúc thời gian thi đua.",
            "Hạn đăng ký thi đua phải trước khi hết hạn nhận hồ sơ.",
            "Hạn nộp hồ sơ phải từ ngày bắt đầu nhận hồ sơ trở đi.",
            "Hạn báo cáo kết quả phải trước khi hết hạn nhận hồ sơ.",
            "Chỉ tiêu đề nghị cho đơn vị loại thường phải là số nguyên không âm.",
            "Chỉ tiêu đề nghị cho đơn vị loại lớn phải là số nguyên không âm.",
            "Không có đơn vị mã so-khong-ton-tai trong danh mục đơn vị."));
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(plansBefore);
  }

  @Test
  @DisplayName("kế hoạch không có đơn vị hoặc thiếu thông tin bắt buộc thì bị từ chối")
  void planWithoutUnitsOrRequiredDataIsRefused() {
    Map<String, Object> data = seed000Plan();
    data.remove("planTitle");
    data.put("periodEnd", "30/9/2025");

    assertThatThrownBy(() -> launch(data))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).contains(
            "Chưa nhập tên kế hoạch.", "Chưa chọn đơn vị tham gia.",
            "Ngày không hợp lệ cho ngày kết thúc thi đua: 30/9/2025."));
  }

  @Test
  @DisplayName("số kế hoạch quá 100 ký tự, tên quá 1.000, hình thức khen thưởng quá 255 (sổ khen thưởng) thì bị từ chối"
      + " khi phát động; số đúng 100 ký tự thì mọi đơn vị vẫn nhận được việc")
  void textsLongerThanTheRegisterKeepsAreRefusedAtLaunch() {
    Map<String, Object> data = seed000Plan("so-gddt");
    String number = "125/KH-UBND-" + "9".repeat(89);
    data.put("planNumber", number);
    data.put("planTitle", "t".repeat(1001));
    data.put("awardName", "a".repeat(256));

    assertThatThrownBy(() -> launch(data)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly("Số kế hoạch dài 101 ký tự, quá giới hạn 100 ký tự.",
            "Tên kế hoạch dài 1.001 ký tự, quá giới hạn 1.000 ký tự.",
            "Hình thức khen thưởng dài 256 ký tự, quá giới hạn 255 ký tự."));

    data.put("planNumber", number.substring(1));
    data.put("planTitle", "t".repeat(1000));
    data.put("awardName", "a".repeat(255));
    ProcessInstance plan = launchedAndApproved(data);
    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("registerUnit");
  }

  @Test
  @DisplayName("số kế hoạch có ký tự không dùng trong số, ký hiệu văn bản (như «&», «#») thì bị từ chối khi phát động,"
      + " không kế hoạch nào bắt đầu")
  void aPlanNumberWithCharactersNoDocumentNumberHoldsIsRefused() {
    Map<String, Object> data = seed000Plan("so-gddt");
    data.put("planNumber", "125/KH-UBND&so=2");
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan").count();

    assertThatThrownBy(() -> launch(data)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly("Số kế hoạch không dùng ký tự «&» (số, ký hiệu văn bản gồm chữ, số và các"
            + " dấu «/», «-», «.»), ví dụ 125/KH-UBND."));
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan").count()).isEqualTo(before);
  }

  @Test
  @DisplayName("qua /api/plans, văn bản dài quá 4.000 ký tự: trả 400 nêu từng trường và độ dài, không tạo kế hoạch nào;"
      + " qua biểu mẫu khởi động của Camunda cũng trả 400, không phải lỗi cơ sở dữ liệu")
  void textsLongerThanAVariableKeepsAreRefusedOverRest() {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan").count();

    Http.Reply refused = http().call("canbo.bantdkt", "POST", "/api/plans", """
        {"planTemplate": "000-ubnd-tinh-dot-thi-dua-dac-biet", "planNumber": "REST-%d", "participatingUnits": ["so-gddt"],
         "planTheme": "%s", "issuingAuthority": "%s"}""".formatted(System.nanoTime(), "c".repeat(4001), "d".repeat(5000)));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains(
        "Giá trị «planTheme» dài 4.001 ký tự, quá giới hạn 4.000 ký tự. Đây là giới hạn của một biến văn bản (String)"
            + " trong cơ sở dữ liệu của Camunda.", "Giá trị «issuingAuthority» dài 5.000 ký tự");
    Http.Reply viaStartForm = submitStartForm("""
        "planNumber": {"value": "REST-%d"}, "planTheme": {"value": "%s"}""".formatted(System.nanoTime(), "c".repeat(4001)));
    assertThat(viaStartForm.status()).isEqualTo(400);
    assertThat(viaStartForm.body().path("message").asText()).contains("Giá trị «planTheme» dài 4.001 ký tự");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan").count()).isEqualTo(before);
  }

  @Test
  @DisplayName("số kế hoạch đã dùng thì không phát động lần thứ hai, trừ khi quản trị đã hủy kế hoạch phát động nhầm")
  void planNumberIsUnique() {
    Map<String, Object> data = seed000Plan("so-gddt");
    String number = (String) data.get("planNumber");
    ProcessInstance first = launch(data);

    assertThatThrownBy(() -> launch(data)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly("Số kế hoạch " + number + " đã được dùng cho một kế hoạch khác (Kế hoạch thi đua)."
            + " Kế hoạch của năm khác mà trùng số thì ghi số kèm năm, ví dụ " + number + "/" + Deadlines.today().getYear() + "."));
    // The administrator cancels it in Cockpit, which deletes it over REST.
    assertThat(http().call("admin", "DELETE", "/engine-rest/process-instance/" + first.getId(), null).status()).isEqualTo(204);
    assertThat(launch(data)).as("launched again under its number").isWaitingAt("approvePlan");
  }

  @Test
  @DisplayName("hai người phát động cùng một số kế hoạch cùng lúc: người sau chờ người trước xong rồi bị từ chối")
  void twoLaunchesOfOneNumberAtOnceTakeTheirTurn() throws Exception {
    Map<String, Object> data = seed000Plan("so-gddt");
    long before = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey((String) data.get("planNumber")).count();

    Throwable second = secondWaitsForFirst(() -> launch(data), () -> launch(data));

    assertThat(second).isInstanceOf(InvalidInputException.class).hasMessageContaining("đã được dùng cho một kế hoạch khác");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey((String) data.get("planNumber")).count())
        .isEqualTo(before + 1);
  }

  @Test
  @DisplayName("phát động qua REST của Camunda với trường lạ, sai kiểu hay tự ghi người phát động thì bị từ chối như qua"
      + " /api/plans, không tạo kế hoạch nào; đúng thì chờ phê duyệt, người phát động là người gọi")
  void camundaRestLaunchIsCheckedLikeTheApi() {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan").count();

    Http.Reply refused = submitStartForm("""
        "planNumber": {"value": "REST-%d"}, "participatingUnits": {"value": "so-gddt"},
        "registrationRequired": {"value": "có"}, "hanNopHoSo": {"value": "2025-10-16"},
        "planInitiator": {"value": "chutich.ubnd"}""".formatted(System.nanoTime()));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("message").asText()).endsWith(
        "Trường không có trong định dạng kế hoạch: hanNopHoSo, planInitiator. Xem docs/plan-format.md."
            + " Trường participatingUnits phải là danh sách chuỗi ký tự, ví dụ [\"so-gddt\", \"so-yte\"]."
            + " Trường registrationRequired phải là true hoặc false.");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan").count()).isEqualTo(before);

    Http.Reply started = submitStartForm("""
        "planNumber": {"value": "REST-%d"}, "participatingUnits": {"value": "[\\"so-gddt\\"]", "type": "Json"}"""
        .formatted(System.nanoTime()));

    assertThat(started.status()).as(started.text()).isEqualTo(200);
    ProcessInstance plan = ownInstance(runtime.createProcessInstanceQuery()
        .processInstanceId(started.body().path("id").asText()).singleResult());
    assertThat(plan).isWaitingAt("approvePlan").variables().containsEntry("planInitiator", "canbo.bantdkt");
  }

  /** Camunda's REST submit-form of the plan's start, as a board officer: seed 000's template, straight to approval. */
  private Http.Reply submitStartForm(String moreVariables) {
    return http().call("canbo.bantdkt", "POST", "/engine-rest/process-definition/key/emulationPlan/submit-form",
        "{\"variables\": {\"planTemplate\": {\"value\": \"000-ubnd-tinh-dot-thi-dua-dac-biet\"},"
            + " \"submitDirectly\": {\"value\": true}, " + moreVariables + "}}");
  }
}
