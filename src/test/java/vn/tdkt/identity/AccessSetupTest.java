package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;

@DisplayName("Nhóm và quyền được thiết lập khi khởi động")
class AccessSetupTest extends DriveTest {

  @Test
  @DisplayName("nhóm quản trị của Camunda hiện tên tiếng Việt trong Admin, mã nhóm giữ nguyên")
  void administratorsGroupHasAVietnameseName() {
    assertThat(identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult().getName())
        .isEqualTo("Quản trị hệ thống");
    assertThat(identity.createGroupQuery().groupMember("admin").groupId(Groups.CAMUNDA_ADMIN).count()).isEqualTo(1);
  }
}
