package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.calendar.OfficialSchedule.Kind;

@DisplayName("Lịch nghỉ chính thức là dữ liệu quản trị viên cập nhật được")
class OfficialScheduleTest {

  private static ScheduleFormatException errorsOf(String... lines) {
    return assertThrows(ScheduleFormatException.class, () -> OfficialSchedule.parse("lich.txt", List.of(lines)));
  }

  @Test
  @DisplayName("tệp kèm theo có lịch 2024, 2025, 2026, mỗi dòng ghi văn bản nguồn")
  void shippedScheduleListsThreeYearsWithSources() {
    OfficialSchedule schedule = OfficialSchedule.load(null);

    assertThat(schedule.listsDaysOf(2024)).isTrue();
    assertThat(schedule.listsDaysOf(2025)).isTrue();
    assertThat(schedule.listsDaysOf(2026)).isTrue();
    assertThat(schedule.listsDaysOf(2027)).isFalse();
    assertThat(schedule.entries()).allSatisfy(entry -> assertThat(entry.source()).isNotBlank());
    assertThat(schedule.entry(LocalDate.of(2026, 1, 10))).hasValueSatisfying(entry -> {
      assertThat(entry.kind()).isEqualTo(Kind.WORKING_DAY);
      assertThat(entry.source()).contains("12729/VPCP-KGVX");
    });
    assertThat(schedule.entry(LocalDate.of(2026, 1, 2))).get().extracting(OfficialSchedule.Entry::kind).isEqualTo(Kind.DAY_OFF);
  }

  @Test
  @DisplayName("dòng sai báo đúng số dòng và lỗi gì, liệt kê mọi lỗi cùng lúc")
  void malformedLinesAreReportedPrecisely() {
    ScheduleFormatException error = errorsOf(
        "# ghi chú",
        "2027-02-30 | DAY_OFF | Tết | Văn bản X",
        "",
        "2027-02-10 | NGHI | Tết | Văn bản X",
        "2027-02-11 | DAY_OFF | Tết",
        "2027-02-12 | DAY_OFF |  | ",
        "2027-02-15 | WORKING_DAY | Làm bù | Văn bản X");

    assertThat(error.errors()).containsExactly(
        "lich.txt, dòng 2: ngày '2027-02-30' không hợp lệ (cần dạng YYYY-MM-DD).",
        "lich.txt, dòng 4: loại 'NGHI' không hợp lệ (cần DAY_OFF hoặc WORKING_DAY).",
        "lich.txt, dòng 5: cần 4 cột cách nhau bởi '|' (ngày | loại | mô tả | văn bản nguồn), nhưng có 3.",
        "lich.txt, dòng 6: thiếu mô tả.",
        "lich.txt, dòng 6: thiếu văn bản nguồn.",
        "lich.txt, dòng 7: ngày 15/02/2027 là ngày thường; WORKING_DAY chỉ dành cho thứ Bảy, Chủ nhật phải đi làm.");
    assertThat(error).hasMessageStartingWith("Lịch nghỉ chính thức không hợp lệ:\nlich.txt, dòng 2:");
  }

  @Test
  @DisplayName("một ngày ghi hai lần bị từ chối, chỉ ra cả hai dòng")
  void duplicateDateIsRefused() {
    assertThat(errorsOf(
        "2027-05-08 | WORKING_DAY | Làm bù | Văn bản X",
        "2027-05-08 | DAY_OFF | Nghỉ | Văn bản Y").errors())
        .containsExactly("lich.txt, dòng 2: ngày 2027-05-08 đã có ở dòng 1.");
  }

  @Test
  @DisplayName("năm có trong tệp mà thiếu ngày lễ cố định rơi vào ngày thường thì bị từ chối")
  void incompleteYearIsRefused() {
    List<String> errors = errorsOf("2027-01-01 | DAY_OFF | Tết Dương lịch | Bộ luật Lao động 2019, Điều 112").errors();

    assertThat(errors).contains(
        "lich.txt: năm 2027 có ngày nghỉ trong tệp nên phải liệt kê đủ các ngày nghỉ của năm, nhưng thiếu 30/04/2027 (Ngày Chiến thắng).");
    // Tết 2027 is Saturday 6/2: only mùng 3 (Monday 8/2) is a weekday among the fixed Tết days.
    assertThat(errors).hasSize(4).anyMatch(message -> message.contains("08/02/2027 (Tết Âm lịch (mùng 3))"));
  }

  @Test
  @DisplayName("quản trị viên thay lịch bằng tệp trên máy chủ, không cần build lại")
  void fileOnTheServerReplacesTheShippedSchedule(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("lich-nghi.txt");
    Files.writeString(file, "\uFEFF# Lưu từ Notepad, có BOM\n2024-12-28 | WORKING_DAY | Làm bù cho 03/01/2025 | Văn bản thử\n",
        StandardCharsets.UTF_8);

    OfficialSchedule schedule = OfficialSchedule.load(file.toString());

    assertThat(schedule.entries()).hasSize(1);
    assertThat(schedule.listsDaysOf(2024)).as("a swapped Saturday alone does not replace the year's rules").isFalse();
    assertThatThrownBy(() -> OfficialSchedule.load(folder.resolve("khong-co.txt").toString()))
        .isInstanceOf(ScheduleFormatException.class)
        .hasMessageContaining("Không tìm thấy tệp lịch nghỉ chính thức");
  }
}
