package vn.tdkt.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;
import vn.tdkt.unit.UnitRegistry;

@DisplayName("Cụm, khối thi đua do quản trị giữ trong tệp (tdkt.clusters-file), đọc lại mỗi lần khởi động")
class ClusterFileTest extends DriveTest {

  @Autowired ClusterRegistry clusters;
  @Autowired UnitRegistry units;
  @TempDir Path folder;

  private ClusterFile fileWith(String lines) throws IOException {
    Path file = folder.resolve("clusters.csv");
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return new ClusterFile(clusters, units, file.toString());
  }

  @Test
  @DisplayName("cụm mới được thêm; quyết định năm sau đổi thành viên thì danh sách thành viên được thay")
  void clustersAreAddedAndTheirMembersReplaced() throws IOException {
    String code = "cum-thu-" + Long.toString(System.nanoTime(), 36);

    fileWith(code + ";Cụm thi đua thử;CLUSTER;bn-tp-bac-ninh;bn-tp-bac-ninh,bn-tp-tu-son\n").load();
    assertThat(clusters.find(code)).get().extracting(Cluster::leaderCode, Cluster::memberCodes)
        .containsExactly("bn-tp-bac-ninh", List.of("bn-tp-bac-ninh", "bn-tp-tu-son"));

    fileWith(code + ";Cụm thi đua thử;CLUSTER;bn-tp-tu-son;bn-tp-tu-son, bn-h-tien-du\n").load();
    assertThat(clusters.find(code)).get().extracting(Cluster::leaderCode, Cluster::memberCodes)
        .containsExactly("bn-tp-tu-son", List.of("bn-h-tien-du", "bn-tp-tu-son"));
  }

  @Test
  @DisplayName("đơn vị không có trong danh mục, cụm trưởng ngoài cụm hay loại sai thì cả tệp bị từ chối, nêu từng dòng")
  void aFileWithABadLineIsRefusedWhole() throws IOException {
    String code = "cum-thu-" + Long.toString(System.nanoTime(), 36);
    ClusterFile file = fileWith(code + ";Cụm đúng;CLUSTER;bn-tp-bac-ninh;bn-tp-bac-ninh\n"
        + "khoi-sai;Khối sai;KHOI;bn-so-y-te;bn-so-noi-vu,bn-so-khong-co\n");

    assertThatThrownBy(file::load).hasMessage("Tệp cụm, khối thi đua " + folder.resolve("clusters.csv")
        + " có lỗi, chưa mục nào được ghi: dòng 2: thiếu tên, hoặc loại không phải CLUSTER (cụm) hay BLOC (khối). "
        + "dòng 2: cụm trưởng bn-so-y-te phải có trong danh sách thành viên. "
        + "dòng 2: không có đơn vị mã bn-so-khong-co trong danh mục đơn vị.");
    assertThat(clusters.find(code)).isEmpty();
  }

  @Test
  @DisplayName("đơn vị ghi hai lần trong một cụm hay thuộc hai cụm, khối thì cả tệp bị từ chối, nêu từng dòng, không ghi gì")
  void aUnitBelongsToOneClusterOnce() throws IOException {
    String first = "cum-thu-" + Long.toString(System.nanoTime(), 36);
    String second = first + "-b";
    ClusterFile file = fileWith(first + ";Cụm một;CLUSTER;bn-tp-bac-ninh;bn-tp-bac-ninh,bn-tp-tu-son,bn-tp-bac-ninh\n"
        + second + ";Khối hai;BLOC;bn-so-y-te;bn-so-y-te,bn-tp-tu-son\n");

    assertThatThrownBy(file::load).hasMessage("Tệp cụm, khối thi đua " + folder.resolve("clusters.csv")
        + " có lỗi, chưa mục nào được ghi: dòng 1: đơn vị bn-tp-bac-ninh có hơn một lần trong danh sách thành viên. "
        + "dòng 2: đơn vị bn-tp-tu-son đã là thành viên của " + first + " (dòng 1); mỗi đơn vị thuộc một cụm hoặc một khối"
        + " thi đua.");
    assertThat(clusters.find(first)).isEmpty();
    assertThat(clusters.find(second)).isEmpty();
  }
}
