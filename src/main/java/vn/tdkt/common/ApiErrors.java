package vn.tdkt.common;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * How the product's /api answers what it refuses: input to correct is 400 with every problem
 * listed, work the user may not do is 403 with a Vietnamese reason, and any other refusal carries
 * its Vietnamese reason as {@code {"message": …}}, which Spring's default error page leaves out.
 */
@RestControllerAdvice(basePackages = "vn.tdkt")
public class ApiErrors {

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
    return ResponseEntity.badRequest().body(Map.of("problems", e.problems()));
  }

  /**
   * A body that is not the JSON the endpoint takes; the parser's own words, for whoever wrote the
   * call. A body sent without its length and cut off at the size limit is too large, not unreadable.
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    if (e.getMostSpecificCause() instanceof RequestSizeLimit.BodyTooLarge tooLarge) {
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("problems", List.of(tooLarge.getMessage())));
    }
    return ResponseEntity.badRequest().body(Map.of("problems",
        List.of("Nội dung gửi lên không đọc được: cần một đối tượng JSON hợp lệ, {\"tên trường\": giá trị, …}."),
        "detail", String.valueOf(e.getMostSpecificCause().getMessage())));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(Map.of("problems", List.of("Tài khoản không có quyền thực hiện việc này."), "detail", e.getMessage()));
  }

  /** A parameter of the address that is not of its kind ({@code phase=abc} where a number goes), named. */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> mistyped(MethodArgumentTypeMismatchException e) {
    boolean number = e.getRequiredType() != null && Number.class.isAssignableFrom(e.getRequiredType());
    return ResponseEntity.badRequest().body(Map.of("problems", List.of("Tham số «" + e.getName() + "» không hợp lệ («"
        + e.getValue() + "»)" + (number ? ": cần một số, ví dụ " + e.getName() + "=1." : "."))));
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, Object>> refused(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode()).body(Map.of("message", String.valueOf(e.getReason())));
  }
}
