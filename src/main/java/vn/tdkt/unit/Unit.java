package vn.tdkt.unit;

import java.time.LocalDate;

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

  public boolean isValidOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
  }

  public String officerGroup() {
    return "unit-" + code + "-officer";
  }

  public String secretaryGroup() {
    return "unit-" + code + "-secretary";
  }

  public String headGroup() {
    return "unit-" + code + "-head";
  }
}
