package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;

@DisplayName("Chạy chính thức (hồ sơ prod) và chính sách mật khẩu")
class ProductionGuardTest extends DriveTest {

  @Test
  @DisplayName("còn bật dữ liệu mẫu thì không khởi động, và nói rõ lý do")
  void refusesDemoData() {
    assertThatThrownBy(() -> new ProductionGuard(engine, true, DEMO_PASSWORD, "Kh0ng-phai-mat-khau-mau").verify())
        .hasMessage("Production profile with demo data: set tdkt.demo.enabled=false.");
  }

  @Test
  @DisplayName("quản trị còn dùng mật khẩu mẫu thì không khởi động")
  void refusesTheDemoPasswordForTheAdministrator() {
    assertThatThrownBy(() -> new ProductionGuard(engine, false, DEMO_PASSWORD, DEMO_PASSWORD).verify())
        .hasMessageContaining("set TDKT_ADMIN_PASSWORD");
  }

  @Test
  @DisplayName("người dùng nào còn mật khẩu mẫu (kể cả quản trị tạo từ lần chạy thử) thì không khởi động, và nêu tên họ")
  void refusesStoredDemoPasswords() {
    User own = identity.newUser("quantri.rieng");
    own.setPassword("Mat-khau@Rieng2025");
    identity.saveUser(own);
    User forgotten = identity.newUser("quantri.quen");
    forgotten.setPassword(DEMO_PASSWORD);
    identity.saveUser(forgotten);
    try {
      assertThatThrownBy(() -> new ProductionGuard(engine, false, DEMO_PASSWORD, "Kh0ng-phai-mat-khau-mau").verify())
          .hasMessageContaining("users with the demo password")
          .hasMessageContaining("start once without the prod profile and with --tdkt.demo.enabled=false")
          .hasMessageContaining("admin").hasMessageContaining("quantri.quen").hasMessageContaining("canbo.bantdkt")
          .message().doesNotContain("quantri.rieng");
    } finally {
      identity.deleteUser("quantri.rieng");
      identity.deleteUser("quantri.quen");
    }
  }

  @Test
  @DisplayName("còn người dùng mẫu, dù đã đổi mật khẩu, thì không khởi động, và nêu tên họ")
  void refusesDemoUsers() {
    assertThatThrownBy(() -> new ProductionGuard(engine, false, "Mat-khau-mau-khac@2025", "Kh0ng-phai-mat-khau-mau").verify())
        .hasMessageContaining("demo users exist").hasMessageContaining("delete them")
        .hasMessageContaining("canbo.bantdkt").hasMessageContaining("chutich.ubnd");
  }

  @Test
  @DisplayName("mật khẩu yếu bị chính sách mật khẩu từ chối")
  void weakPasswordIsRefused() {
    User user = identity.newUser("thu.matkhau");
    user.setPassword("demo");

    assertThatThrownBy(() -> identity.saveUser(user)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Password does not match policy");
  }
}
