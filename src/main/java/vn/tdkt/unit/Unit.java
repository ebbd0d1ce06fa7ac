package vn.tdkt.unit;

/**
 * A participating unit (sở, ban, ngành, UBND huyện…). Its category decides its nominee quota
 * through the DMN table nomineeQuota.
 */
public record Unit(String code, String name, String kind, String category) {

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
