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
    assertThatThrownBy(() -> new ProductionGuard(identity, true, DEMO_PASSWORD, "Kh0ng-phai-mat-khau-mau").verify())
        .hasMessage("Production profile with demo data: set tdkt.demo.enabled=false.");
  }

  @Test
  @DisplayName("quản trị còn dùng mật khẩu mẫu thì không khởi động")
  void refusesTheDemoPasswordForTheAdministrator() {
    assertThatThrownBy(() -> new ProductionGuard(identity, false, DEMO_PASSWORD, DEMO_PASSWORD).verify())
        .hasMessageContaining("set TDKT_ADMIN_PASSWORD");
  }

  @Test
  @DisplayName("còn người dùng mẫu thì không khởi động, và nêu tên họ")
  void refusesDemoUsers() {
    assertThatThrownBy(() -> new ProductionGuard(identity, false, DEMO_PASSWORD, "Kh0ng-phai-mat-khau-mau").verify())
        .hasMessageContaining("demo users exist").hasMessageContaining("canbo.bantdkt")
        .hasMessageContaining("chutich.ubnd");
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
