package vn.tdkt.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.VietnameseBusinessCalendar;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.congress.CongressPlanData.Level;
import vn.tdkt.congress.CongressPlanData.PlanUnit;
import vn.tdkt.support.FormValues;
import vn.tdkt.support.Http;

@DisplayName("Phát động kế hoạch Đại hội từ dữ liệu")
class LoadCongressPlanTest extends CongressTest {

  private static final String SUBMIT = "/engine-rest/process-definition/key/congressPlan/submit-form";

  @Autowired LoadCongressPlan loadCongressPlan;
  @Autowired VietnameseBusinessCalendar calendar;

  @Test
  @DisplayName("qua REST: Ban phát động được; dữ liệu sai trả 400 với mọi lỗi, không tạo gì; số đã dùng cho kế hoạch Đại hội"
      + " thì kế hoạch thi đua cũng không dùng lại được; đơn vị không phát động được")
  void launchOverRest() {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("congressPlan").count();

    Http.Reply refused = submit("canbo.bantdkt", "khong-co-ke-hoach", " ");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains("Chưa nhập số kế hoạch.",
        "Không có dữ liệu kế hoạch Đại hội mã khong-co-ke-hoach trong thư mục processes/plans.");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("congressPlan").count()).isEqualTo(before);
    assertThat(submit("tn.tptn.canbo", SEED_003, "REST-DH-" + System.nanoTime()).status())
        .as("a unit officer may not launch the plan").isIn(403, 404);

    String number = "REST-DH-" + System.nanoTime();
    Http.Reply started = submit("canbo.bantdkt", SEED_003, number);
    assertThat(started.status()).isEqualTo(200);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("congress")
        .processInstanceBusinessKey(number + "/" + TP_THAI_NGUYEN).count()).isEqualTo(1);
    assertThat(submit("canbo.bantdkt", SEED_003, number).text())
        .contains("Số kế hoạch " + number + " đã được dùng cho một kế hoạch khác (Kế hoạch Đại hội Thi đua yêu nước các cấp).");
    // One office numbers all its plans: the award register and /api/progress find a plan by its number alone.
    assertThatThrownBy(() -> launch(FormValues.seed000Plan(number, List.of("so-gddt")))).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).contains("Số kế hoạch " + number
            + " đã được dùng cho một kế hoạch khác (Kế hoạch Đại hội Thi đua yêu nước các cấp). Kế hoạch của năm khác mà"
            + " trùng số thì ghi số kèm năm, ví dụ " + number + "/" + Deadlines.today().getYear() + "."));
    assertThat(submit("canbo.bantdkt", SEED_003, "9".repeat(101)).text())
        .as("the number starts every congress's business key").contains("Số kế hoạch dài 101 ký tự, quá giới hạn 100 ký tự.");
  }

  @Test
  @DisplayName("phát động muộn, khi hạn cấp cơ sở đã qua: phải xác nhận phát động cả cấp đã quá hạn, rồi mới tạo kế hoạch")
  void aLateLaunchIsConfirmedFirst() {
    at(LocalDateTime.of(2025, 4, 10, 9, 0));
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("congressPlan").count();
    String number = "REST-DH-" + System.nanoTime();

    Http.Reply refused = submit("canbo.bantdkt", SEED_003, number, implementationPlansDue(IMPLEMENTATION_PLANS_DUE));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("message").asText()).endsWith("Kế hoạch có hạn đã qua ngay khi phát động (Kế hoạch"
        + " triển khai của đơn vị hạn đến hết ngày 31/10/2024; Cấp cơ sở hạn đến hết ngày 31/03/2025): việc gửi kế hoạch"
        + " triển khai của các đơn vị ngay dưới cấp tỉnh bị tính quá hạn ngay, Thủ trưởng đơn vị được báo; đơn vị chưa ghi"
        + " kết quả Đại hội của các cấp đó bị tính quá hạn ngay, đơn vị cấp trên (với đơn vị ngay dưới cấp tỉnh: Ban Thi đua"
        + " - Khen thưởng; với Đại hội cấp tỉnh: Chủ tịch UBND tỉnh) được hỏi tiếp tục chờ hay kết thúc vì không tổ chức."
        + " Nếu vẫn phát động, đánh dấu «Phát động cả các cấp đã quá hạn»; nếu chọn nhầm kế hoạch của năm trước, hãy chọn"
        + " lại.");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("congressPlan").count()).isEqualTo(before);

    Http.Reply confirmed = submit("canbo.bantdkt", SEED_003, number,
        implementationPlansDue(IMPLEMENTATION_PLANS_DUE) + ",\"pastDueConfirmed\":{\"value\":true}");
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(formField("launchCongressPlan", "pastDueConfirmed").get("type").asText()).isEqualTo("checkbox");
  }

  @Test
  @DisplayName("phát động sau hạn gửi kế hoạch triển khai, trước hạn Đại hội: xác nhận chỉ nói về kế hoạch triển khai")
  void aLaunchAfterTheImplementationPlansDeadlineNamesOnlyThem() {
    at(LocalDateTime.of(2024, 11, 5, 9, 0));

    assertThat(submit("canbo.bantdkt", SEED_003, "REST-DH-" + System.nanoTime(), implementationPlansDue(IMPLEMENTATION_PLANS_DUE))
        .body().path("message").asText())
        .endsWith("(Kế hoạch triển khai của đơn vị hạn đến hết ngày 31/10/2024): việc gửi kế hoạch triển khai của các đơn"
            + " vị ngay dưới cấp tỉnh bị tính quá hạn ngay, Thủ trưởng đơn vị được báo. Nếu vẫn phát động, đánh dấu «Phát"
            + " động cả các cấp đã quá hạn»; nếu chọn nhầm kế hoạch của năm trước, hãy chọn lại.");
  }

  @Test
  @DisplayName("qua REST kèm mục ngoài biểu mẫu khởi động, kể cả người phát động, thì bị từ chối, không tạo gì")
  void launchWithOtherVariablesIsRefused() {
    long before = history.createHistoricProcessInstanceQuery().processDefinitionKey("congressPlan").count();

    Http.Reply refused = http().call("canbo.bantdkt", "POST", SUBMIT, ("{\"variables\":{\"planDataId\":{\"value\":\"%s\"},"
        + "\"planNumber\":{\"value\":\"REST-DH-%d\"},\"planTitle\":{\"value\":\"Đại hội khác\"},"
        + "\"planInitiator\":{\"value\":\"chutich.ubnd\"}}}").formatted(SEED_003, System.nanoTime()));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().path("message").asText()).endsWith("Kế hoạch Đại hội chỉ nhận implementationPlanDeadline,"
        + " pastDueConfirmed, planDataId, planNumber khi bắt đầu, không nhận: planInitiator, planTitle. Không có gì được tạo.");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("congressPlan").count()).isEqualTo(before);
  }

  @Test
  @DisplayName("dữ liệu kế hoạch sai (hạn ngược, nội dung trùng, hình thức không tên, thiếu nơi cử đại biểu, đơn vị lạ, cấp cơ sở không thuộc cấp trên cơ sở nào): liệt kê mọi lỗi")
  void wrongPlanDataIsRefusedWithEveryProblem() {
    CongressPlanData seed = plans.find(SEED_003).orElseThrow();
    assertThat(loadCongressPlan.problems(seed)).as("the seed's own data runs").isEmpty();
    List<Level> levels = new ArrayList<>(seed.levels());
    Level q2 = levels.get(1);
    levels.set(1, new Level(q2.code(), q2.name(), q2.scope(), q2.timing(), "2025-06-30", "2025-04-01", q2.formats()));
    List<PlanUnit> units = new ArrayList<>(seed.units());
    units.add(new PlanUnit("tn-khong-co", "UPPER_GRASSROOTS", null));
    units.add(new PlanUnit(HOANG_VAN_THU, "GRASSROOTS", null));
    units.add(new PlanUnit("tn-ubnd-x-la-bang", "GRASSROOTS", "tn-ubnd-p-phan-dinh-phung"));
    List<CongressPlanData.ProgrammeItem> programme = new ArrayList<>(seed.programme());
    programme.add(seed.programme().get(0));
    List<CongressPlanData.Format> formats = new ArrayList<>(seed.formats());
    formats.add(new CongressPlanData.Format("noName", null, false));
    CongressPlanData wrong = new CongressPlanData(seed.id(), seed.kind(), 2, seed.title(), seed.issuingAuthority(),
        seed.issuedOn(), " ", "2024-10-01", formats, levels, programme, units);
    CongressPlanData issuedOnWrittenTheVietnameseWay = new CongressPlanData(seed.id(), seed.kind(), 1, seed.title(),
        seed.issuingAuthority(), "09/10/2024", seed.delegatesGoTo(), null, seed.formats(), seed.levels(), seed.programme(),
        seed.units());

    String data = "Dữ liệu kế hoạch " + SEED_003 + ": ";
    assertThat(loadCongressPlan.problems(wrong)).containsExactlyInAnyOrder(
        data + "phiên bản định dạng 2 không được hỗ trợ (chỉ đọc phiên bản 1).",
        data + "thiếu nơi Đại hội cấp tỉnh cử đại biểu đi dự (delegatesGoTo).",
        data + "hạn gửi kế hoạch triển khai (01/10/2024) trước ngày ban hành kế hoạch (09/10/2024).",
        data + "hình thức tổ chức thứ 5 thiếu mã (code) hoặc tên (name), hoặc trùng mã.",
        data + "nội dung chương trình flagSalute thiếu mã (id), lời văn (text) hoặc trùng mã.",
        data + "Cấp trên cơ sở: hạn hoàn thành phải từ ngày bắt đầu trở đi.",
        data + "không có đơn vị mã tn-khong-co trong danh mục đơn vị.",
        data + "đơn vị " + HOANG_VAN_THU + " có hai lần.",
        data + "đơn vị UBND phường Hoàng Văn Thụ thuộc Cấp cơ sở cần đơn vị cấp trên (parent) là một đơn vị Cấp trên cơ sở của kế hoạch.",
        data + "đơn vị tn-ubnd-x-la-bang có hai lần.",
        data + "đơn vị UBND xã La Bằng thuộc Cấp cơ sở cần đơn vị cấp trên (parent) là một đơn vị Cấp trên cơ sở của kế hoạch.");
    assertThat(loadCongressPlan.problems(issuedOnWrittenTheVietnameseWay)).as("unread, it would switch off the checks against"
        + " the issue day").containsExactly(data + "ngày ban hành (issuedOn) sai, cần dạng YYYY-MM-DD.");
  }

  @Test
  @DisplayName("hạn của một cấp rơi vào ngày nghỉ (Quý I năm 2030 kết thúc Chủ nhật 31/03) thì kéo dài đến hết ngày làm việc"
      + " kế tiếp; hạn rơi vào ngày làm việc giữ nguyên")
  void aLevelDeadlineOnADayOffEndsOnTheNextWorkingDay() {
    Level q1 = plans.find(SEED_003).orElseThrow().levels().get(0);
    Level in2030 = new Level(q1.code(), q1.name(), q1.scope(), q1.timing(), "2030-01-01", "2030-03-31", q1.formats());

    assertThat(in2030.lastDay(calendar)).isEqualTo(LocalDate.of(2030, 4, 1));
    assertThat(q1.lastDay(calendar)).isEqualTo(LocalDate.of(2025, 3, 31));
  }

  @Test
  @DisplayName("chỉ đọc các tệp kế hoạch loại congressPlan trong processes/plans; tệp loại khác hay hỏng bị bỏ qua, phát động tệp hỏng thì được báo tên tệp")
  void onlyCongressPlanFilesAreRead(@TempDir Path dir) throws IOException {
    Files.copy(Path.of("processes/plans", SEED_003 + ".json"), dir.resolve(SEED_003 + ".json"));
    Files.writeString(dir.resolve("000-ke-hoach-thi-dua.json"),
        "{\"id\": \"000-ke-hoach-thi-dua\", \"kind\": \"emulationPlan\", \"formatVersion\": 1, \"levels\": 3}");
    Files.writeString(dir.resolve("dang-soan.json"), "{\"id\": ");

    Files.writeString(dir.resolve("009-sai.json"),
        "{\"id\": \"009-sai\", \"kind\": \"congressPlan\", \"formatVersion\": 1, \"levels\": {\"code\": \"x\"}}");

    assertThat(new CongressPlans(dir).all()).extracting(CongressPlanData::id).containsExactly(SEED_003);
    assertThat(new CongressPlans(dir).find("000-ke-hoach-thi-dua")).isEmpty();
    assertThatThrownBy(() -> new CongressPlans(dir).find("009-sai")).as("the launch names the broken file")
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Dữ liệu kế hoạch Đại hội 009-sai (tệp 009-sai.json) không đúng định dạng (docs/congress.md): ")
        .hasMessageEndingWith(". Xin báo quản trị hệ thống sửa tệp.");
  }

  @Test
  @DisplayName("biểu mẫu phát động cho chọn đúng các kế hoạch Đại hội có trong processes/plans")
  void startFormOffersEveryCongressPlan() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/launchCongressPlan.form").toFile());
    List<String> offered = new ArrayList<>();
    for (JsonNode component : form.get("components")) {
      if ("planDataId".equals(component.path("key").asText())) {
        component.get("values").forEach(v -> offered.add(v.get("value").asText()));
      }
    }
    assertThat(offered).containsExactlyInAnyOrderElementsOf(plans.all().stream().map(CongressPlanData::id).toList());
  }

  private Http.Reply submit(String user, String planDataId, String planNumber) {
    return submit(user, planDataId, planNumber, "");
  }

  /** The start form sent over REST, {@code more} being further variables, each after a comma. */
  private Http.Reply submit(String user, String planDataId, String planNumber, String more) {
    return http().call(user, "POST", SUBMIT, "{\"variables\":{\"planDataId\":{\"value\":\"%s\"},\"planNumber\":{\"value\":\"%s\"}%s}}"
        .formatted(planDataId, planNumber, more));
  }

  private static String implementationPlansDue(String day) {
    return ",\"implementationPlanDeadline\":{\"value\":\"" + day + "\"}";
  }
}
