package vn.tdkt.common;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * The product's endpoints answer a refusal with its Vietnamese reason as {@code {"message": …}},
 * which Spring's default error page leaves out (it shows no exception text, rightly, for other errors).
 */
@RestControllerAdvice(basePackages = "vn.tdkt")
public class ApiErrors {

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, Object>> refused(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode()).body(Map.of("message", String.valueOf(e.getReason())));
  }
}
