package vn.tdkt.congress;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tdkt.common.Decisions;

/**
 * A delegate a congress sends to the congress above ("đại biểu đi dự Đại hội cấp trên"), with what
 * seed 003 II.3 asks of the delegation: who may be one ({@code basis}: "Tập thể, cá nhân Anh hùng;
 * Chiến sĩ thi đua toàn quốc (nếu có); các gương điển hình tiên tiến tiêu biểu") and the balance it
 * must keep ("cân đối, cơ cấu … dân tộc, … giới tính, … người lao động trực tiếp"). When received
 * above, {@code sentBy} names the unit (or the province) that chose them.
 */
public record Delegate(String name, String position, String workUnit, String basis, String gender, String ethnicity,
    Boolean directWorker, String sentBy) {

  /** The codes of the recordCongress form's «Thành phần», in the seed's order, and how the composition names them. */
  static final Map<String, String> BASES = bases();
  static final String FEMALE = "FEMALE";
  static final List<String> GENDERS = List.of("MALE", FEMALE);
  private static final Set<String> MAJORITY = Set.of("kinh", "việt");

  Delegate sentBy(String sender) {
    return new Delegate(name, position, workUnit, basis, gender, ethnicity, directWorker, sender);
  }

  /**
   * The delegation's make-up in words, for the organiser above and the board's report, e.g. "3 đại
   * biểu: 1 Anh hùng, 2 gương điển hình tiên tiến; 2 nữ; 1 người dân tộc thiểu số"; null when no
   * delegate records a basis (congresses recorded before it was asked).
   */
  static String composition(List<Delegate> delegates) {
    if (delegates.stream().allMatch(d -> d.basis() == null)) {
      return null;
    }
    List<String> bases = new ArrayList<>();
    BASES.forEach((code, words) -> {
      long count = delegates.stream().filter(d -> code.equals(d.basis())).count();
      if (count > 0) {
        bases.add(count + " " + words);
      }
    });
    List<String> parts = new ArrayList<>(List.of(delegates.size() + " đại biểu: " + String.join(", ", bases)));
    part(parts, delegates.stream().filter(d -> FEMALE.equals(d.gender())).count(), "nữ");
    part(parts, delegates.stream().filter(Delegate::ofAnEthnicMinority).count(), "người dân tộc thiểu số");
    part(parts, delegates.stream().filter(d -> Boolean.TRUE.equals(d.directWorker())).count(), "người lao động trực tiếp");
    return String.join("; ", parts);
  }

  /**
   * "Kinh", "dân tộc Kinh" and "Việt" name the majority; any other ethnicity written counts. Compared
   * in one Unicode form: some keyboards write "ệ" as "e" with two combining marks.
   */
  private boolean ofAnEthnicMinority() {
    if (Decisions.isBlank(ethnicity)) {
      return false;
    }
    String name = Normalizer.normalize(ethnicity.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replaceFirst("^dân tộc\\s+", "");
    return !MAJORITY.contains(name);
  }

  private static void part(List<String> parts, long count, String words) {
    if (count > 0) {
      parts.add(count + " " + words);
    }
  }

  private static Map<String, String> bases() {
    Map<String, String> bases = new LinkedHashMap<>();
    bases.put("HERO", "Anh hùng");
    bases.put("NATIONAL_EMULATION_FIGHTER", "Chiến sĩ thi đua toàn quốc");
    bases.put("ADVANCED_EXAMPLE", "gương điển hình tiên tiến");
    return Collections.unmodifiableMap(bases);
  }
}
