package vn.tdkt.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;

/**
 * What is wrong in a plan file, in Vietnamese, for the administrator who writes it: the field's
 * place and what it must hold, instead of Jackson's English. A misspelt field is refused, not
 * ignored: "coordinating" written wrong would otherwise drop every coordinating unit unseen.
 */
public final class PlanFileProblems {

  private PlanFileProblems() {}

  public static String problem(JsonProcessingException e) {
    String field = e instanceof JsonMappingException mapping ? field(mapping) : "";
    if (e instanceof UnrecognizedPropertyException) {
      return "trường " + field + " không có trong định dạng (viết sai tên trường?)";
    }
    if (e instanceof MismatchedInputException mismatch && !field.isEmpty() && mismatch.getTargetType() != null) {
      return "trường " + field + " phải là " + kind(mismatch.getTargetType());
    }
    return e.getOriginalMessage();
  }

  /** "quarter (rows, mục thứ 3)": the field, then where it sits, items counted from 1 as an administrator counts them. */
  private static String field(JsonMappingException e) {
    List<String> steps = e.getPath().stream()
        .map(step -> step.getFieldName() != null ? step.getFieldName() : "mục thứ " + (step.getIndex() + 1)).toList();
    return steps.isEmpty() ? "" : steps.get(steps.size() - 1)
        + (steps.size() == 1 ? "" : " (" + String.join(", ", steps.subList(0, steps.size() - 1)) + ")");
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
