package vn.tdkt.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.tdkt.support.DriveTest;

@DisplayName("Hướng dẫn sử dụng")
class UserGuideTest extends DriveTest {

  @Autowired TestRestTemplate http;

  @Test
  @DisplayName("trang Chào mừng dẫn tới hướng dẫn sử dụng, có một phần cho mỗi vai trò")
  void welcomeLinksTheGuide() {
    String guide = http.getForObject("/huong-dan-su-dung", String.class);

    assertThat(guide).contains("<h1>Hướng dẫn sử dụng", "Chuyên viên Ban TĐKT", "Thủ trưởng đơn vị", "Quản trị");
    assertThat(http.getForObject("/camunda/app/welcome/scripts/config.js", String.class)).contains("href: '/huong-dan-su-dung'");
  }
}
