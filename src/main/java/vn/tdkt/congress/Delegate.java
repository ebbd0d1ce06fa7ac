package vn.tdkt.congress;

/**
 * A delegate a congress sends to the congress above ("đại biểu đi dự Đại hội cấp trên"). When
 * received above, {@code sentBy} names the unit (or the province) that chose them.
 */
public record Delegate(String name, String position, String workUnit, String sentBy) {

  Delegate sentBy(String sender) {
    return new Delegate(name, position, workUnit, sender);
  }
}
