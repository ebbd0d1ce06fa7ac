package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.identity.RoleGroups.Role;

@DisplayName("Nhóm vai trò: tệp của đơn vị cài đặt thay cho tệp đi kèm")
class RoleGroupsTest {

  @Test
  @DisplayName("tệp đặt ở tdkt.role-groups-file thay cho tệp đi kèm, đổi được không cần dựng lại ứng dụng")
  void theInstallationsFileTakesThePlaceOfTheShippedOne(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("role-groups.csv"), """
        # Ban Thi đua - Khen thưởng tỉnh Lạng Sơn
        ls-ban-tdkt;Chuyên viên Ban Thi đua - Khen thưởng tỉnh Lạng Sơn;BOARD_OFFICER
        ls-chu-tich;Chủ tịch UBND tỉnh Lạng Sơn;DECIDING_AUTHORITY
        """);

    RoleGroups groups = new RoleGroups(file.toString());

    assertThat(groups.all()).extracting(RoleGroups.RoleGroup::id).containsExactly("ls-ban-tdkt", "ls-chu-tich");
    assertThat(groups.carries("ls-chu-tich", Role.DECIDING_AUTHORITY)).isTrue();
    assertThat(new RoleGroups("").carries("board-officer", Role.BOARD_OFFICER)).as("the shipped file").isTrue();
  }

  @Test
  @DisplayName("dòng sai (thiếu trường, vai trò không có, mã trùng) thì dừng khởi động, nêu từng dòng, không nhóm nào được dùng")
  void aFileWithMistakesStopsTheStartNamingEachLine(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("role-groups.csv"), """
        ls-ban-tdkt;Chuyên viên Ban Thi đua - Khen thưởng;BOARD_OFFICER
        ls-chu-tich;Chủ tịch UBND tỉnh
        ls-giam-sat;Giám sát;GIAM_SAT
        ls-ban-tdkt;Lãnh đạo Ban;BOARD_HEAD
        """);

    assertThatThrownBy(() -> new RoleGroups(file.toString())).isInstanceOf(IllegalStateException.class).hasMessage(
        "Tệp nhóm vai trò " + file + " có lỗi, chưa mục nào được ghi: dòng 2: cần 3 trường mã nhóm;tên nhóm;vai trò, có 2."
            + " dòng 3: vai trò \"GIAM_SAT\" không có; dùng một trong BOARD_OFFICER, BOARD_HEAD, DECIDING_AUTHORITY, MONITOR."
            + " dòng 4: mã ls-ban-tdkt đã có ở dòng trước.");
  }
}
