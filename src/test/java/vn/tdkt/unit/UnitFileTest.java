package vn.tdkt.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.identity.AccessSetup;
import vn.tdkt.support.DriveTest;

@DisplayName("Danh mục đơn vị do quản trị giữ trong tệp (tdkt.units-file), đọc lại mỗi lần khởi động")
class UnitFileTest extends DriveTest {

  @Autowired UnitRegistry units;
  @Autowired AccessSetup accessSetup;
  @TempDir Path folder;

  /** The installation started with this unit file. */
  private void startedWith(String lines) throws IOException {
    Path file = folder.resolve("units.csv");
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    new UnitFile(units, file.toString()).load();
    accessSetup.setUp();
  }

  @Test
  @DisplayName("đơn vị mới có ngay ba nhóm; đơn vị đổi tên thì tên nhóm đổi theo, mã giữ nguyên")
  void unitsAreAddedAndRenamedWithTheirGroups() throws IOException {
    String code = "so-thu-" + Long.toString(System.nanoTime(), 36);

    // Saved from Excel as "CSV UTF-8": the file starts with a byte-order mark.
    startedWith("\uFEFF# mã;tên;loại;nhóm chỉ tiêu;đơn vị cấp trên\n" + code + ";Sở Khoa học và Công nghệ;DEPARTMENT;STANDARD\n");
    assertThat(units.find(code)).get().extracting(Unit::name, Unit::category)
        .containsExactly("Sở Khoa học và Công nghệ", "STANDARD");
    assertThat(identity.createGroupQuery().groupIdIn("unit-" + code + "-officer", "unit-" + code + "-secretary",
        "unit-" + code + "-head").count()).isEqualTo(3);

    startedWith(code + ";Sở Khoa học, Công nghệ và Chuyển đổi số;DEPARTMENT;MAJOR\n");
    assertThat(units.find(code)).get().extracting(Unit::name, Unit::category)
        .containsExactly("Sở Khoa học, Công nghệ và Chuyển đổi số", "MAJOR");
    assertThat(identity.createGroupQuery().groupId("unit-" + code + "-officer").singleResult().getName())
        .isEqualTo("Cán bộ thi đua - Sở Khoa học, Công nghệ và Chuyển đổi số");
  }

  @Test
  @DisplayName("tệp có dòng sai (mã sai dạng hay trùng, thiếu trường, mã hay tên dài quá cột) thì cả tệp bị từ chối,"
      + " nêu từng dòng, không đơn vị nào được ghi")
  void aFileWithABadLineIsRefusedWhole() throws IOException {
    String code = "so-thu-" + Long.toString(System.nanoTime(), 36);
    Path file = folder.resolve("units.csv");
    Files.writeString(file, code + ";Sở Thử;DEPARTMENT;STANDARD\nSo Sai;Sở Sai;DEPARTMENT;STANDARD\n"
        + code + ";Sở Thử lần hai;DEPARTMENT;STANDARD\nchi-co-ten;Sở Thiếu\n"
        + "ma-" + "x".repeat(62) + ";" + "T".repeat(256) + ";DEPARTMENT;STANDARD\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> new UnitFile(units, file.toString()).load()).hasMessage("Tệp danh mục đơn vị " + file
        + " có lỗi, chưa mục nào được ghi: dòng 2: mã \"So Sai\" chỉ gồm chữ thường không dấu, số và \"-\". "
        + "dòng 3: mã " + code + " đã có ở dòng trước. "
        + "dòng 4: cần 4 hoặc 5 trường mã;tên;loại;nhóm chỉ tiêu;mã đơn vị cấp trên, có 2. "
        + "dòng 5: mã dài 65 ký tự, quá giới hạn 64 ký tự. dòng 5: tên dài 256 ký tự, quá giới hạn 255 ký tự.");
    assertThat(units.find(code)).isEmpty();
  }
}
