package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@DisplayName("Giới hạn dung lượng dữ liệu gửi lên")
class RequestSizeLimitTest {

  private static final long ONE_MB = 1024 * 1024;

  /** Sent chunked: no length is declared, so the filter can only count what is read. */
  private static MockHttpServletRequest chunked(int bytes) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/plans") {
      @Override
      public long getContentLengthLong() {
        return -1;
      }
    };
    request.setContent(new byte[bytes]);
    return request;
  }

  @Test
  @DisplayName("dữ liệu gửi không khai độ dài vượt giới hạn thì bị dừng khi đọc và API trả 413 bằng tiếng Việt, không phải"
      + " «không đọc được»")
  void aChunkedBodyPastTheLimitIsAnsweredTooLarge() {
    RequestSizeLimit limit = new RequestSizeLimit(ONE_MB);
    FilterChain readsTheBody = (request, response) -> request.getInputStream().readAllBytes();

    assertThatThrownBy(() -> limit.doFilter(chunked((int) ONE_MB + 1), new MockHttpServletResponse(), readsTheBody))
        .isInstanceOfSatisfying(RequestSizeLimit.BodyTooLarge.class, tooLarge -> {
          ResponseEntity<Map<String, Object>> answer = new ApiErrors().unreadable(
              new HttpMessageNotReadableException("I/O error while reading input message", tooLarge, null));
          assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
          assertThat(answer.getBody()).isEqualTo(Map.of("problems",
              List.of("Dữ liệu gửi lên quá lớn (tối đa 1 MB cho một lần gửi). Không có gì được lưu.")));
        });
  }

  @Test
  @DisplayName("dữ liệu gửi không khai độ dài trong giới hạn thì được đọc đủ")
  void aChunkedBodyWithinTheLimitIsRead() throws Exception {
    RequestSizeLimit limit = new RequestSizeLimit(ONE_MB);
    long[] read = new long[1];
    FilterChain readsTheBody = (request, response) -> read[0] = request.getInputStream().readAllBytes().length;

    limit.doFilter(chunked((int) ONE_MB), new MockHttpServletResponse(), readsTheBody);

    assertThat(read[0]).isEqualTo(ONE_MB);
  }
}
