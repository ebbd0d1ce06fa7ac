package vn.tdkt.cluster;

import java.util.List;

/**
 * An emulation cluster (cụm thi đua, kind {@code CLUSTER}) or bloc (khối thi đua, {@code BLOC}):
 * units that emulate each other under a covenant, led by one of them (cụm trưởng, khối trưởng).
 */
public record Cluster(String code, String name, String kind, String leaderCode, List<String> memberCodes) {

  public static final String CLUSTER = "CLUSTER";
  public static final String BLOC = "BLOC";

  /** The members other than the leader. */
  public List<String> membersBesideLeader() {
    return memberCodes.stream().filter(code -> !code.equals(leaderCode)).toList();
  }
}
