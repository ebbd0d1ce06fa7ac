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

    assertThat(guide).contains("<h1>Hướng dẫn sử dụng", "<h2>2. Chuyên viên Ban TĐKT</h2>", "<h2>3. Lãnh đạo Ban TĐKT</h2>",
        "<h2>4. Chủ tịch UBND tỉnh (người quyết định)</h2>", "<h2>5. Cán bộ thi đua của đơn vị</h2>",
        "<h2>6. Thư ký Hội đồng TĐKT của đơn vị</h2>", "<h2>7. Thủ trưởng đơn vị</h2>", "<h2>8. Giám sát</h2>", "<h2>9. Quản trị</h2>");
    assertThat(http.getForObject("/camunda/app/welcome/scripts/config.js", String.class)).contains("href: '/huong-dan-su-dung'");
  }

  @Test
  @DisplayName("mọi hình trong hướng dẫn (ảnh chụp từ kiểm thử trình duyệt) đều mở được; tên lạ thì không")
  void everyPictureOfTheGuideIsServed() throws java.io.IOException {
    String markdown = java.nio.file.Files.readString(java.nio.file.Path.of("docs/huong-dan-su-dung.md"));
    java.util.regex.Matcher pictures = java.util.regex.Pattern.compile("\\]\\((huong-dan-su-dung/hinh/[a-z0-9-]+\\.png)\\)").matcher(markdown);
    int count = 0;
    while (pictures.find()) {
      org.springframework.http.ResponseEntity<byte[]> picture = http.getForEntity("/" + pictures.group(1), byte[].class);
      assertThat(picture.getStatusCode().value()).as(pictures.group(1)).isEqualTo(200);
      assertThat(picture.getBody()).as(pictures.group(1)).startsWith(0x89, 'P', 'N', 'G');
      count++;
    }
    assertThat(count).isGreaterThanOrEqualTo(5);
    assertThat(http.getForEntity("/huong-dan-su-dung/hinh/khong-co.png", String.class).getStatusCode().value()).isEqualTo(404);
  }
}
