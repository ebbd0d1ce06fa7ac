package vn.tdkt.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What is wrong in a plan file, in Vietnamese, for the administrator who writes it: the field's
 * place and what it must hold, instead of Jackson's English. A misspelt field is refused, not
 * ignored: "coordinating" written wrong would otherwise drop every coordinating unit unseen.
 */
public final class PlanFormat {

  private PlanFormat() {}

  public static String problem(JsonProcessingException e) {
    String field = e instanceof JsonMappingException mapping ? place(mapping) : "";
    if (e instanceof UnrecognizedPropertyException) {
      return "trường " + field + " không có trong định dạng (viết sai tên trường?)";
    }
    if (e instanceof MismatchedInputException mismatch && !field.isEmpty() && mismatch.getTargetType() != null) {
      return "trường " + field + " phải là " + kind(mismatch.getTargetType());
    }
    return e.getOriginalMessage();
  }

  /** "rows, mục thứ 3, quarter": items counted from 1, as an administrator counts them. */
  private static String place(JsonMappingException e) {
    return e.getPath().stream()
        .map(step -> step.getFieldName() != null ? step.getFieldName() : "mục thứ " + (step.getIndex() + 1))
        .collect(Collectors.joining(", "));
  }

  private static String kind(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "một số nguyên, ví dụ 2";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true hoặc false";
    }
    if (type == String.class) {
      return "một chuỗi ký tự trong ngoặc kép";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "một danh sách [...]";
    }
    return "một đối tượng {...}";
  }
}
