package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.selection.Nominee;
import vn.tdkt.support.DriveTest;

@DisplayName("Sổ khen thưởng: tìm theo tên người được khen thưởng")
class AwardRegisterTest extends DriveTest {

  private static final String PLAN = "78/KH-UBND";
  private static final String INSTANCE = "award-register-test";

  @Autowired AwardRegister register;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void emptyTheRegister() {
    register.replaceAll(INSTANCE, List.of(), List.of());
  }

  @Test
  @DisplayName("tìm được tên dù gõ không dấu, chữ hoa hay đặt dấu kiểu khác («Thúy Hòa» là «Thuý Hoà»)")
  void aNameIsFoundWithOrWithoutItsAccents() {
    register.recordAll(INSTANCE, "5/QĐ-UBND", List.of(award("Đặng Thị Thuý Hoà"), award("Nguyễn Văn Hoan")));

    for (String typed : List.of("dang thi thuy hoa", "ĐẶNG THỊ THÚY HÒA", "  thúy   hòa ", "Đặng")) {
      assertThat(register.find(PLAN, typed)).as(typed).extracting(AwardRegister.Award::nomineeName)
          .containsExactly("Đặng Thị Thuý Hoà");
    }
    assertThat(register.find(PLAN, "hoa")).extracting(AwardRegister.Award::nomineeName)
        .containsExactlyInAnyOrder("Đặng Thị Thuý Hoà", "Nguyễn Văn Hoan");
    assertThat(register.find(PLAN, "hoà_")).isEmpty();
  }

  @Test
  @DisplayName("khen thưởng đã ghi từ phiên bản trước vẫn tìm được theo tên không dấu sau khi cập nhật")
  void awardsRecordedBeforeTheSearchKeyAreFound() {
    register.recordAll(INSTANCE, "5/QĐ-UBND", List.of(award("Lò Thị Ánh")));
    jdbc.update("update tdkt_award set nominee_search = null where plan_process_instance_id = ?", INSTANCE);
    assertThat(register.find(PLAN, "lo thi anh")).isEmpty();

    register.keyNamesForSearch();

    assertThat(register.find(PLAN, "lo thi anh")).extracting(AwardRegister.Award::nomineeName).containsExactly("Lò Thị Ánh");
  }

  private static AwardRegister.Award award(String name) {
    return new AwardRegister.Award(PLAN, "Kế hoạch thi đua", "Bằng khen", name, Nominee.INDIVIDUAL, null, "so-yte", "Sở Y tế",
        "5/QĐ-UBND", LocalDate.of(2025, 10, 30), INSTANCE);
  }
}
