package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;

@DisplayName("Mẫu kế hoạch (processes/plans): phát động từ mẫu trên Tasklist và qua REST")
class PlanTemplatesTest extends DriveTest {

  @Autowired PlanTemplates templates;
  @Autowired UnitRegistry units;
  @Autowired JdbcTemplate jdbc;

  @Test
  @DisplayName("mỗi mẫu đi kèm là một kế hoạch hợp lệ: phát động được, chờ phê duyệt")
  void everyShippedTemplateLaunches() {
    assertThat(templates.all()).extracting(PlanTemplate::id).containsExactly("000-ubnd-tinh-dot-thi-dua-dac-biet",
        "001-van-phong-ubnd-tinh-hai-dot", "004-dang-uy-khoi-dot-thi-dua-dac-biet");
    for (PlanTemplate template : templates.all()) {
      Map<String, Object> plan = fromTemplate(template.id());
      plan.remove("participatingUnits");
      assertThat(launch(plan)).as(template.id()).isWaitingAt("approvePlan");
    }
  }

  @Test
  @DisplayName("chọn mẫu trên Tasklist thì việc Hoàn thiện kế hoạch đã điền sẵn nội dung của mẫu")
  void tasklistDraftIsPrefilledFromTheTemplate() {
    ProcessInstance plan = chosenInTasklist("001-van-phong-ubnd-tinh-hai-dot");

    Task draft = task(plan, "draftPlan");
    assertThat(draft).hasCandidateGroup("vp-hctc-qttv");
    Map<String, Object> prefilled = tasks.getVariables(draft.getId());
    assertThat(prefilled).containsEntry("issuingAuthority", "Văn phòng UBND tỉnh Bắc Kạn")
        .containsEntry("decidingGroup", "vp-chanh-van-phong").containsEntry("registrationRequired", false)
        .doesNotContainKey("planNumber");
    assertThat(read(prefilled.get("phases").toString())).extracting(p -> String.valueOf(p.get("submissionCloses")))
        .containsExactly("2024-06-20", "2024-12-10");
    assertThat(prefilled.get("unitOptions").toString()).contains("{\"label\":\"Sở Y tế\",\"value\":\"so-yte\"}");

    complete(draft, Map.of("planNumber", "18/KH-VP"));
    assertThat(plan).isWaitingAt("approvePlan");
    assertThat(task(plan, "approvePlan")).hasCandidateGroup("vp-chanh-van-phong");
  }

  /** A plan started in Tasklist from a template: the board completes it at "Hoàn thiện kế hoạch". */
  private ProcessInstance chosenInTasklist(String template) {
    return ownInstance(runtime.startProcessInstanceByKey("emulationPlan", Map.of("planTemplate", template)));
  }

  @Test
  @DisplayName("kế hoạch một đợt: Ban sửa được ngày bắt đầu bình xét của mẫu khi hoàn thiện kế hoạch, người phê duyệt thấy ngày đó")
  void theDraftSetsWhenSelectionOpens() {
    ProcessInstance plan = chosenInTasklist("004-dang-uy-khoi-dot-thi-dua-dac-biet");
    Task draft = task(plan, "draftPlan");
    assertThat(tasks.getVariables(draft.getId())).containsEntry("selectionFrom", "2025-04-01");

    as("duk.tuyengiao.canbo", () -> complete(draft, Map.of("planNumber", "20-KH/ĐUK", "selectionFrom", "2025-04-02")));
    assertThat(plan).isWaitingAt("approvePlan");
    assertThat(runtime.getVariable(plan.getId(), "selectionFrom")).isEqualTo("2025-04-02");
    assertThat(formField("approvePlan", "selectionFrom").path("disabled").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("mẫu một đợt, Ban chia thành hai đợt khi hoàn thiện: các ngày chung của mẫu (biểu mẫu đã ẩn) được bỏ,"
      + " kế hoạch theo từng đợt")
  void theDraftSplitIntoPhasesDropsTheTemplatesPlanWideDates() {
    ProcessInstance plan = chosenInTasklist("004-dang-uy-khoi-dot-thi-dua-dac-biet");
    Task draft = task(plan, "draftPlan");
    assertThat(tasks.getVariables(draft.getId())).containsKeys("periodStart", "submissionCloses", "proposalDeadline",
        "decisionDeadline");

    // As the form sends it: with phases, the plan-wide dates are hidden and not sent.
    as("duk.tuyengiao.canbo", () -> complete(draft, Map.of("planNumber", "21-KH/ĐUK", "phases", json(List.of(
        Map.of("name", "Đợt 1", "periodStart", "2024-10-01", "periodEnd", "2024-12-31", "selectionFrom", "2025-01-02",
            "submissionCloses", "2025-01-10"),
        Map.of("name", "Đợt 2", "periodStart", "2025-01-01", "periodEnd", "2025-03-31", "selectionFrom", "2025-04-01",
            "submissionCloses", "2025-04-10", "proposalDeadline", "2025-04-19"))))));

    assertThat(plan).isWaitingAt("approvePlan");
    List.of("periodStart", "submissionCloses", "proposalDeadline").forEach(name ->
        assertThat(runtime.getVariable(plan.getId(), name)).as(name).isNull());
  }

  @Test
  @DisplayName("mẫu hai đợt, Ban bỏ hết các đợt khi hoàn thiện và nhập thời gian, hạn chung (biểu mẫu không gửi danh sách"
      + " rỗng, chỉ số đợt bằng 0): kế hoạch một đợt theo các ngày vừa nhập")
  void theDraftWithEveryPhaseRemovedIsAPlanOfOnePhase() {
    ProcessInstance plan = chosenInTasklist("001-van-phong-ubnd-tinh-hai-dot");
    Task draft = task(plan, "draftPlan");

    Map<String, Object> sent = new HashMap<>(Map.of("planNumber", "19/KH-VP", "phaseRows", 0, "periodStart", "2024-01-01",
        "periodEnd", "2024-12-31", "selectionFrom", "2024-11-25", "submissionCloses", "2024-12-10"));
    as("vp.hctc.canbo", () -> complete(draft, sent));

    assertThat(plan).isWaitingAt("approvePlan");
    assertThat(read(runtime.getVariable(plan.getId(), "planPhases").toString()))
        .extracting(p -> p.get("periodStart") + " – " + p.get("periodEnd") + ", " + p.get("submissionCloses"))
        .containsExactly("2024-01-01 – 2024-12-31, 2024-12-10");
    assertThat(runtime.getVariables(plan.getId())).doesNotContainKey("phaseRows");
  }

  @Test
  @DisplayName("kế hoạch không tự đặt chỉ tiêu: người phê duyệt thấy chỉ tiêu của từng loại đơn vị theo bảng chỉ tiêu,"
      + " kèm tên đơn vị")
  void theApproverSeesTheQuotaOfTheTable() {
    ProcessInstance plan = launch(fromTemplate("000-ubnd-tinh-dot-thi-dua-dac-biet", "so-gddt", "so-noi-vu", "so-yte"));

    assertThat(runtime.getVariable(plan.getId(), "quotaSummary")).isEqualTo(
        "- đơn vị loại lớn (Sở Giáo dục và Đào tạo, Sở Y tế): không quá 02 tập thể, cá nhân\n"
            + "- đơn vị loại thường (Sở Nội vụ): không quá 01 tập thể, cá nhân");
  }

  @Test
  @DisplayName("kế hoạch vài trăm đơn vị: người phê duyệt thấy chỉ tiêu theo số đơn vị của từng loại, không liệt kê tên (danh"
      + " sách dài quá giới hạn văn bản, trước đây làm hỏng việc khởi tạo trên PostgreSQL)")
  void aPlanOfHundredsOfUnitsCountsThem() {
    List<String> many = new ArrayList<>();
    for (int u = 1; u <= 120; u++) {
      many.add("gioi-han-van-ban-" + u);
      units.save(new Unit(many.get(u - 1), "Đơn vị thử giới hạn độ dài văn bản số %03d".formatted(u), "DEPARTMENT", "STANDARD"));
    }
    try {
      many.add("so-yte");
      ProcessInstance plan = launch(fromTemplate("000-ubnd-tinh-dot-thi-dua-dac-biet", many.toArray(String[]::new)));

      assertThat(runtime.getVariable(plan.getId(), "quotaSummary")).isEqualTo(
          "- đơn vị loại thường (120 đơn vị): không quá 01 tập thể, cá nhân\n"
              + "- đơn vị loại lớn (1 đơn vị): không quá 02 tập thể, cá nhân");
      runtime.deleteProcessInstance(plan.getId(), "test: units removed");
    } finally {
      jdbc.update("delete from tdkt_unit where code like 'gioi-han-van-ban-%'");
    }
  }

  @Test
  @DisplayName("mẫu không có thì báo lỗi, không khởi tạo gì")
  void unknownTemplateStartsNothing() {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan").count();

    assertThatThrownBy(() -> launch(fromTemplate("khong-co-mau-nay", "so-gddt")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("Không có mẫu kế hoạch \"khong-co-mau-nay\"");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("emulationPlan").count()).isEqualTo(before);
  }

  @Test
  @DisplayName("tệp mẫu không đúng JSON: lời báo không có mẫu nêu tệp hỏng và chỗ hỏng để quản trị sửa")
  void aTemplateFileThatIsNotJsonIsNamed(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("009-hong.json"), "{\"id\": \"009-hong\", \"kind\": \"emulationPlan\",");
    PlanTemplates broken = new PlanTemplates(folder);

    assertThat(broken.find("009-hong")).isEmpty();
    assertThat(broken.unreadableNote()).startsWith(" Có tệp không đọc được vì không đúng JSON, có thể là tệp của kế hoạch"
        + " này: tệp 009-hong.json, dòng 1, cột ");
    assertThat(templates.unreadableNote()).as("the shipped templates").isEmpty();
  }

  @Test
  @DisplayName("mẫu có trường lạ hay giá trị sai kiểu: chỉ mẫu đó không dùng được, người phát động được báo tên tệp và tên trường")
  void templateWithAnUnknownFieldNamesFileAndField(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("009-sai.json"), """
        {"id": "009-sai", "kind": "emulationPlan", "formatVersion": 1, "name": "Mẫu sai",
         "plan": {"planTitle": "x", "hanNopHoSo": "2025-01-01", "registrationRequired": "có"}}
        """);

    Files.writeString(folder.resolve("010-dung.json"), """
        {"id": "010-dung", "kind": "emulationPlan", "formatVersion": 1, "name": "Mẫu đúng", "plan": {"planTitle": "x"}}
        """);
    PlanTemplates templates = new PlanTemplates(folder);

    assertThat(templates.all()).as("the broken file stops no other template").extracting(PlanTemplate::id)
        .containsExactly("010-dung");
    assertThatThrownBy(() -> templates.find("009-sai")).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.problems()).containsExactly("Mẫu kế hoạch \"009-sai\" (tệp 009-sai.json) có lỗi nên chưa dùng được:"
            + " Trường không có trong định dạng kế hoạch: hanNopHoSo. Xem docs/plan-format.md. Trường registrationRequired phải là true hoặc false."
            + " Xin báo quản trị hệ thống sửa tệp."));
  }

  @Test
  @DisplayName("biểu mẫu phát động liệt kê đúng các mẫu kế hoạch đi kèm")
  void launchFormOffersEveryTemplate() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/launchPlan.form").toFile());
    List<String> offered = new ArrayList<>();
    form.findValue("values").forEach(option -> offered.add(option.get("value").asText()));

    assertThat(offered).containsExactlyInAnyOrderElementsOf(
        java.util.stream.Stream.concat(java.util.stream.Stream.of(""), templates.all().stream().map(PlanTemplate::id)).toList());
  }
}
