package vn.tdkt.identity;

/**
 * The default groups of the product's roles, which a plan uses unless it names its own (see
 * {@link RoleGroups}); unit roles are per unit (see {@link vn.tdkt.unit.Unit}).
 */
public final class Roles {

  public static final String BOARD_OFFICER = "board-officer";
  public static final String BOARD_HEAD = "board-head";
  public static final String DECIDING_AUTHORITY = "deciding-authority";
  public static final String MONITOR = "monitor";


  private Roles() {}
}
