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
        board-officer;Chuyên viên Ban Thi đua - Khen thưởng tỉnh Lạng Sơn;BOARD_OFFICER
        board-head;Lãnh đạo Ban Thi đua - Khen thưởng tỉnh Lạng Sơn;BOARD_HEAD
        deciding-authority;Chủ tịch UBND tỉnh Lạng Sơn;DECIDING_AUTHORITY
        monitor;Giám sát;MONITOR
        # Sở Nội vụ tỉnh Lạng Sơn: kế hoạch nội bộ
        ls-snv-tccb;Phòng Tổ chức cán bộ, Sở Nội vụ;BOARD_OFFICER
        ls-chu-tich;Giám đốc Sở Nội vụ;DECIDING_AUTHORITY
        """);

    RoleGroups groups = new RoleGroups(file.toString());

    assertThat(groups.all()).extracting(RoleGroups.RoleGroup::id).containsExactly("board-officer", "board-head",
        "deciding-authority", "monitor", "ls-snv-tccb", "ls-chu-tich");
    assertThat(groups.carries("ls-chu-tich", Role.DECIDING_AUTHORITY)).isTrue();
    assertThat(new RoleGroups("").carries("board-officer", Role.BOARD_OFFICER)).as("the shipped file").isTrue();
  }

  @Test
  @DisplayName("tệp bỏ mất nhóm của tỉnh mà kế hoạch công tác, Đại hội và kế hoạch mặc định dùng thì dừng khởi động, nêu nhóm thiếu")
  void theProvincesGroupsMustStay(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("role-groups.csv"), """
        board-officer;Chuyên viên Ban Thi đua - Khen thưởng;BOARD_OFFICER
        ls-chu-tich;Chủ tịch UBND tỉnh Lạng Sơn;DECIDING_AUTHORITY
        """);

    assertThatThrownBy(() -> new RoleGroups(file.toString())).isInstanceOf(IllegalStateException.class).hasMessage(
        "Tệp nhóm vai trò " + file + " có lỗi, chưa mục nào được ghi: thiếu các nhóm của tỉnh mà kế hoạch công tác, Đại hội"
            + " thi đua và kế hoạch không ghi nhóm riêng dùng đến: board-head;…;BOARD_HEAD,"
            + " deciding-authority;…;DECIDING_AUTHORITY, monitor;…;MONITOR (đổi tên hiển thị được, không đổi mã nhóm).");
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
