package vn.tdkt.common;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request to the product's /api that no endpoint takes as sent — without the JSON content type
 * {@code curl -d} leaves out, or with another method — is refused before any controller is chosen,
 * so ApiErrors (tied to the controllers) never sees it: answered here in Vietnamese, with the
 * status Spring chose.
 */
@RestControllerAdvice
public class RequestShapeErrors {

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, Object>> notJson(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Map.of("problems", List.of(
        "Nội dung gửi lên phải là JSON: thêm tiêu đề Content-Type: application/json (với curl: -H 'Content-Type: application/json')."),
        "detail", String.valueOf(e.getMessage())));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, Object>> wrongMethod(HttpRequestMethodNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(Map.of("problems", List.of(
        "Địa chỉ này không nhận phương thức " + e.getMethod() + "; dùng: "
            + String.join(", ", e.getSupportedMethods() == null ? new String[0] : e.getSupportedMethods()) + ".")));
  }
}
