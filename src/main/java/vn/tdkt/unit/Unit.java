package vn.tdkt.unit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A participating unit (sở, ban, ngành, UBND huyện…). Its category decides its nominee quota
 * through the DMN table nomineeQuota. A unit merged into another keeps its code and history; it
 * is valid until {@code validTo} and its open work belongs to {@code successor}.
 */
public record Unit(String code, String name, String kind, String category, String parent,
    LocalDate validFrom, LocalDate validTo, String successor) {

  public Unit(String code, String name, String kind, String category) {
    this(code, name, kind, category, null, null, null, null);
  }

  /**
   * The quota category as the plans and forms name it; a category an administrator added to the
   * quota tables keeps its code.
   */
  public static String categoryName(String category) {
    return switch (category) {
      case "STANDARD" -> "đơn vị loại thường";
      case "MAJOR" -> "đơn vị loại lớn";
      case "PARTY_CELL" -> "chi bộ cơ sở";
      case "PARTY_COMMITTEE" -> "đảng bộ cơ sở";
      case "BLOC_BOARD" -> "ban, văn phòng của Đảng ủy Khối";
      case "BLOC_MASS_ORGANISATION" -> "đoàn thể của Khối";
      default -> "đơn vị loại " + category;
    };
  }

  public boolean isValidOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
  }

  /** Why the unit cannot take new work on {@code day} (it ceased, maybe with a successor); empty when it can. */
  public Optional<String> notInForceOn(LocalDate day) {
    return isValidOn(day) ? Optional.empty() : Optional.of("Đơn vị " + name + " không còn hoạt động"
        + (successor == null ? "." : "; công việc của đơn vị do đơn vị mã " + successor + " tiếp nhận."));
  }

  /**
   * A body outside the installation (kind EXTERNAL, e.g. the leader of the region's cluster of
   * provinces): plans name it, but nobody of it works in this system.
   */
  public boolean isOutside() {
    return "EXTERNAL".equals(kind);
  }

  public String officerGroup() {
    return "unit-" + code + "-officer";
  }

  /** The unit whose officers {@code groupId} is ({@link #officerGroup}); null for any other group. */
  public static String ofOfficerGroup(String groupId) {
    return groupId != null && groupId.startsWith("unit-") && groupId.endsWith("-officer")
        ? groupId.substring("unit-".length(), groupId.length() - "-officer".length()) : null;
  }

  public String secretaryGroup() {
    return "unit-" + code + "-secretary";
  }

  public String headGroup() {
    return "unit-" + code + "-head";
  }
}
