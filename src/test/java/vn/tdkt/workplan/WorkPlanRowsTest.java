package vn.tdkt.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.cluster.Cluster;
import vn.tdkt.cluster.ClusterRegistry;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;
import vn.tdkt.workplan.WorkPlanFile.Row;

@DisplayName("Đọc các dòng của kế hoạch công tác")
class WorkPlanRowsTest extends DriveTest {

  @Autowired WorkPlanRows rows;
  @Autowired UnitRegistry units;
  @Autowired ClusterRegistry clusters;

  @Test
  @DisplayName("mọi lỗi của kế hoạch được liệt kê cùng lúc; cơ quan ngoài hệ thống chỉ được là đơn vị chỉ đạo")
  void everyProblemIsListed() {
    WorkPlanFile plan = new WorkPlanFile("x", "workPlan", 2, " ", "Kế hoạch thử", "bn-khong-co", "13/02/2025", 2025,
        List.of("bn-so-y-te", "bn-khong-co-don-vi", "dbsh-cum-truong"), List.of("bn-cum-khong-co"), List.of(
            new Row("1", 5, " ", List.of(), List.of("@everyone"), List.of(), false, null),
            new Row("2", 1, "Nội dung", List.of("@units"), List.of("bn-so-y-te"), List.of("@clusterMembers", "bn-so-khong-co"),
                true, null),
            new Row("2", 1, "Nội dung", List.of("bn-ubnd-tinh"), List.of("bn-so-y-te"), List.of(), false, null),
            new Row("3", 1, "Nội dung", List.of("dbsh-cum-truong"), List.of("dbsh-cum-truong"), List.of("dbsh-cum-truong"),
                false, null),
            new Row("4".repeat(21), 1, "Nội dung", List.of("bn-ubnd-tinh"), List.of("bn-so-y-te"), List.of(), false, null)));

    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    rows.expand(plan, problems);
    assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).containsExactly(
            "Kế hoạch công tác phải theo định dạng phiên bản 1 (\"formatVersion\": 1), tệp ghi 2.",
            "Kế hoạch công tác chưa có số kế hoạch (\"number\").",
            "Ngày ban hành kế hoạch (\"issuedOn\") không hợp lệ: 13/02/2025 (cần dạng YYYY-MM-DD).",
            "Không có cơ quan ban hành mã bn-khong-co trong danh mục đơn vị.",
            "Không có đơn vị mã bn-khong-co-don-vi (\"units\") trong danh mục đơn vị.",
            "Danh sách đơn vị (\"units\"): Cụm trưởng Cụm thi đua các tỉnh Đồng bằng sông Hồng là cơ quan ngoài hệ thống,"
                + " không ai nhận được việc của đơn vị này; cơ quan ngoài hệ thống chỉ ghi được là đơn vị chỉ đạo.",
            "Không có cụm, khối thi đua mã bn-cum-khong-co (\"clusters\").",
            "Nhiệm vụ 1: quý phải từ 1 đến 4.",
            "Nhiệm vụ 1: chưa có nội dung thực hiện.",
            "Nhiệm vụ 1: chưa có đơn vị chỉ đạo.",
            "Nhiệm vụ 1: đơn vị thực hiện: không dùng được \"@everyone\" (dùng mã đơn vị hoặc @clusterLeaders, @districts, @units).",
            "Nhiệm vụ 2: đơn vị chỉ đạo: không dùng được \"@units\" (cần mã đơn vị).",
            "Nhiệm vụ 2: đơn vị phối hợp: không có đơn vị mã bn-so-khong-co trong danh mục đơn vị.",
            "Nhiệm vụ 2: \"@clusterMembers\" chỉ dùng khi đơn vị thực hiện là \"@clusterLeaders\".",
            "Nhiệm vụ 2: ký kết giao ước thi đua do Cụm trưởng, Khối trưởng thực hiện (\"@clusterLeaders\").",
            "Nhiệm vụ 2: số thứ tự bị trùng.",
            "Nhiệm vụ 3: đơn vị thực hiện: Cụm trưởng Cụm thi đua các tỉnh Đồng bằng sông Hồng là cơ quan ngoài hệ thống,"
                + " không ai nhận được việc của đơn vị này; cơ quan ngoài hệ thống chỉ ghi được là đơn vị chỉ đạo.",
            "Nhiệm vụ 3: đơn vị phối hợp: Cụm trưởng Cụm thi đua các tỉnh Đồng bằng sông Hồng là cơ quan ngoài hệ thống,"
                + " không ai nhận được việc của đơn vị này; cơ quan ngoài hệ thống chỉ ghi được là đơn vị chỉ đạo.",
            "Nhiệm vụ ở dòng 5: số thứ tự dài 21 ký tự, quá giới hạn 20 ký tự."));
  }

  @Test
  @DisplayName("số kế hoạch trong tệp gõ thừa dấu cách: kế hoạch dùng số đã bỏ dấu cách, như khi tra cứu")
  void planNumberIsReadStripped() {
    assertThat(new WorkPlanFile("x", "workPlan", 1, " 83/KH-UBND ", "Kế hoạch thử", "bn-ubnd-tinh", null, 2025, null, null,
        null).number()).isEqualTo("83/KH-UBND");
  }

  @Test
  @DisplayName("cụm, khối có thành viên là cơ quan ngoài hệ thống thì kế hoạch nêu cụm đó bị từ chối: không ai nhận được việc")
  void aClusterWithAnOutsideMemberIsRefused() {
    clusters.save(new Cluster("bn-cum-ngoai", "Cụm thử có cơ quan ngoài", "CLUSTER", "dbsh-cum-truong",
        List.of("dbsh-cum-truong", "bn-so-y-te")));
    WorkPlanFile plan = new WorkPlanFile("x", "workPlan", 1, "83/KH-UBND", "Kế hoạch thử", "bn-ubnd-tinh", "2025-02-13",
        2025, List.of(), List.of("bn-cum-ngoai"), List.of(new Row("1", 1, "Ký kết giao ước", List.of("bn-ubnd-tinh"),
            List.of("@clusterLeaders"), List.of("@clusterMembers"), true, null)));

    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    rows.expand(plan, problems);
    assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).containsExactly("Cụm thử có cơ quan ngoài: Cụm trưởng Cụm thi đua các tỉnh Đồng bằng"
            + " sông Hồng là cơ quan ngoài hệ thống, không ai nhận được việc của đơn vị này; cơ quan ngoài hệ thống chỉ ghi được"
            + " là đơn vị chỉ đạo."));
  }

  @Test
  @DisplayName("số kế hoạch trong tệp quá 100 ký tự thì bị từ chối (mã hồ sơ của từng nhiệm vụ bắt đầu bằng số này)")
  void planNumberLongerThanKeysAllowIsRefused() {
    WorkPlanFile plan = new WorkPlanFile("x", "workPlan", 1, "9".repeat(101), "Kế hoạch thử", "bn-ubnd-tinh", "2025-02-13",
        2025, List.of(), List.of(), List.of(new Row("1", 1, "Nội dung", List.of("bn-ubnd-tinh"), List.of("bn-so-y-te"),
            List.of(), false, null)));

    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    rows.expand(plan, problems);
    assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).containsExactly("Số kế hoạch dài 101 ký tự, quá giới hạn 100 ký tự."));
  }

  @Test
  @DisplayName("đơn vị đã sáp nhập được nêu trong một dòng hay trong một cụm thì bị từ chối, chỉ rõ đơn vị tiếp nhận")
  void ceasedUnitInARowOrAClusterIsRefused() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String merged = "bn-thu-sap-nhap-" + suffix;
    String successor = "bn-thu-tiep-nhan-" + suffix;
    units.save(new Unit(merged, "Sở thử sáp nhập " + suffix, "DEPARTMENT", "STANDARD"));
    units.save(new Unit(successor, "Sở thử tiếp nhận " + suffix, "DEPARTMENT", "STANDARD"));
    clusters.save(new Cluster("bn-cum-thu-" + suffix, "Cụm thử " + suffix, "CLUSTER", successor, List.of(successor, merged)));
    at(LocalDateTime.of(2025, 7, 2, 9, 0));
    assertThat(http().call("admin", "POST", "/api/units/" + merged + "/merge",
        "{\"successor\":\"" + successor + "\",\"lastDay\":\"2025-06-30\"}").status()).isEqualTo(200);
    WorkPlanFile plan = new WorkPlanFile("x", "workPlan", 1, "2/KH-TEST", "Kế hoạch thử", "bn-ubnd-tinh", "2025-07-02", 2025,
        List.of("bn-so-y-te"), List.of("bn-cum-thu-" + suffix), List.of(
            new Row("III.1", 3, "Sơ kết", List.of("bn-ubnd-tinh"), List.of("bn-so-y-te"), List.of(merged), false, null)));

    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    rows.expand(plan, problems);
    String ceased = "Đơn vị Sở thử sáp nhập " + suffix + " không còn hoạt động; công việc của đơn vị do đơn vị mã "
        + successor + " tiếp nhận.";
    assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems()).containsExactly("Cụm thử " + suffix + ": " + ceased,
            "Nhiệm vụ III.1: đơn vị phối hợp: " + ceased));
  }

  @Test
  @DisplayName("\"các cụm, khối\", \"các đơn vị\", \"các huyện\" thành việc riêng của từng cụm, từng đơn vị, hạn cuối quý")
  void groupsOfUnitsBecomeOneItemEach() {
    WorkPlanFile plan = new WorkPlanFile("x", "workPlan", 1, "1/KH-TEST", "Kế hoạch thử", "bn-ubnd-tinh", "2025-02-13", 2025,
        List.of("bn-so-y-te", "bn-tp-tu-son", "bn-h-tien-du"), List.of("bn-cum-1"), List.of(
            new Row("I.2", 1, "Ký kết giao ước", List.of("bn-hd-tdkt-tinh"), List.of("@clusterLeaders"),
                List.of("@clusterMembers"), true, null),
            new Row("I.3", 2, "Kỷ niệm", List.of("bn-ubnd-tinh"), List.of("@units"), List.of("@ownClusterLeaders"), false, null),
            new Row("II.4", 4, "Khen thưởng", List.of("bn-ubnd-tinh"), List.of("@districts"), List.of("@districts", "bn-so-noi-vu"),
                false, null)));

    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    List<WorkItem> items = rows.expand(plan, problems);
    problems.throwIfAny();

    assertThat(items).extracting(WorkItem::itemId, WorkItem::unitCode, WorkItem::coordinatingUnits, WorkItem::dueDay)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("I.2/bn-cum-1", "bn-tp-bac-ninh",
                List.of("bn-h-tien-du", "bn-h-yen-phong", "bn-tp-tu-son"), "2025-03-31"),
            org.assertj.core.groups.Tuple.tuple("I.3/bn-so-y-te", "bn-so-y-te", List.of(), "2025-06-30"),
            org.assertj.core.groups.Tuple.tuple("I.3/bn-tp-tu-son", "bn-tp-tu-son", List.of("bn-tp-bac-ninh"), "2025-06-30"),
            org.assertj.core.groups.Tuple.tuple("I.3/bn-h-tien-du", "bn-h-tien-du", List.of("bn-tp-bac-ninh"), "2025-06-30"),
            org.assertj.core.groups.Tuple.tuple("II.4/bn-tp-tu-son", "bn-tp-tu-son", List.of("bn-h-tien-du", "bn-so-noi-vu"),
                "2025-12-31"),
            org.assertj.core.groups.Tuple.tuple("II.4/bn-h-tien-du", "bn-h-tien-du", List.of("bn-tp-tu-son", "bn-so-noi-vu"),
                "2025-12-31"));
    assertThat(items.get(0).clusterCode()).isEqualTo("bn-cum-1");
    assertThat(items.get(0).covenant()).isTrue();
  }

  @Test
  @DisplayName("quý kết thúc vào ngày nghỉ (31/3/2024, 30/6/2024 là Chủ nhật) thì việc của quý hạn đến hết ngày làm việc tiếp theo")
  void quarterEndingOnADayOffIsDueTheNextWorkingDay() {
    WorkPlanFile plan = new WorkPlanFile("x", "workPlan", 1, "1/KH-TEST", "Kế hoạch thử", "bn-ubnd-tinh", "2024-02-13", 2024,
        List.of("bn-so-y-te"), List.of(), List.of(
            new Row("I.1", 1, "Sơ kết quý I", List.of("bn-ubnd-tinh"), List.of("bn-so-y-te"), List.of(), false, null),
            new Row("I.2", 2, "Sơ kết 6 tháng", List.of("bn-ubnd-tinh"), List.of("bn-so-y-te"), List.of(), false, null),
            new Row("I.3", 3, "Sơ kết quý III", List.of("bn-ubnd-tinh"), List.of("bn-so-y-te"), List.of(), false, null)));

    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    List<WorkItem> items = rows.expand(plan, problems);
    problems.throwIfAny();

    assertThat(items).extracting(WorkItem::dueDay).containsExactly("2024-04-01", "2024-07-01", "2024-09-30");
  }
}
