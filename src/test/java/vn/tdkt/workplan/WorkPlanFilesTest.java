package vn.tdkt.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.common.InvalidInputException;

@DisplayName("Tệp kế hoạch công tác trong processes/plans/")
class WorkPlanFilesTest {

  @Test
  @DisplayName("chỉ đọc tệp loại workPlan; tệp loại khác hay tệp hỏng trong cùng thư mục không ảnh hưởng")
  void onlyWorkPlansAreRead(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), """
        {"id": "a", "kind": "workPlan", "formatVersion": 1, "number": "1/KH", "year": 2025,
         "rows": [{"number": "I.1", "quarter": 1, "content": "Việc", "directing": ["x"], "executing": ["y"]}]}""");
    Files.writeString(dir.resolve("b.json"), """
        {"id": "b", "kind": "emulationPlan", "formatVersion": 1, "planNumber": "2/KH"}""");
    Files.writeString(dir.resolve("c.json"), "{ not json");

    WorkPlanFiles files = new WorkPlanFiles(dir);
    assertThat(files.all()).extracting(WorkPlanFile::id).containsExactly("a");
    assertThat(files.find("b")).isEmpty();
    assertThat(files.find("a").orElseThrow().rows()).singleElement()
        .satisfies(row -> assertThat(row.coordinating()).isEmpty());
    assertThat(files.unreadableNote()).startsWith(" Có tệp không đọc được vì không đúng JSON, có thể là tệp của kế hoạch"
        + " này: tệp c.json, dòng 1, cột ");
  }

  @Test
  @DisplayName("trường viết sai tên hay sai kiểu thì kế hoạch bị từ chối, nêu trường và điều cần sửa bằng tiếng Việt, không bỏ qua")
  void misspeltOrMistypedFieldsAreRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), """
        {"id": "a", "kind": "workPlan", "formatVersion": 1, "number": "1/KH", "year": 2025,
         "rows": [{"number": "I.1", "quarter": 1, "content": "Việc", "directing": ["x"], "executing": ["y"],
                   "coordinatng": ["z"]}]}""");
    Files.writeString(dir.resolve("b.json"), """
        {"id": "b", "kind": "workPlan", "formatVersion": 1, "number": "2/KH", "year": 2025,
         "rows": [{"number": "I.1", "quarter": "II", "content": "Việc", "directing": ["x"], "executing": ["y"]}]}""");
    WorkPlanFiles files = new WorkPlanFiles(dir);

    assertThatThrownBy(() -> files.find("a")).isInstanceOf(InvalidInputException.class).hasMessage("Kế hoạch công tác a"
        + " không đúng định dạng (docs/work-plan.md): trường coordinatng (rows, mục thứ 1) không có trong định dạng (viết sai"
        + " tên trường?). Xin báo quản trị hệ thống sửa tệp.");
    assertThatThrownBy(() -> files.find("b")).isInstanceOf(InvalidInputException.class).hasMessage("Kế hoạch công tác b"
        + " không đúng định dạng (docs/work-plan.md): trường quarter (rows, mục thứ 1) phải là một số nguyên, ví dụ 2."
        + " Xin báo quản trị hệ thống sửa tệp.");
  }

  @Test
  @DisplayName("mỗi kế hoạch công tác đi kèm được đặt tên tệp theo mã và có trong biểu mẫu chọn kế hoạch")
  void shippedPlansAreOfferedByTheStartForm() throws IOException {
    List<WorkPlanFile> shipped = new WorkPlanFiles(Path.of("processes/plans")).all();
    assertThat(shipped).extracting(WorkPlanFile::id).contains("002-ke-hoach-cong-tac-tdkt-bac-ninh-2025");
    shipped.forEach(plan -> assertThat(Path.of("processes/plans", plan.id() + ".json")).isRegularFile());

    JsonNode form = new ObjectMapper().readTree(Path.of("forms/selectWorkPlan.form").toFile());
    List<String> offered = new ArrayList<>();
    form.findValues("values").forEach(values -> values.forEach(v -> offered.add(v.get("value").asText())));
    assertThat(offered).containsExactlyInAnyOrderElementsOf(shipped.stream().map(WorkPlanFile::id).toList());
  }
}
