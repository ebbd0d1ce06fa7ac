package vn.tdkt.identity;

import java.util.Map;

/** The product's fixed roles as Camunda groups; unit roles are per unit (see {@link vn.tdkt.unit.Unit}). */
public final class Roles {

  public static final String BOARD_OFFICER = "board-officer";
  public static final String BOARD_HEAD = "board-head";
  public static final String DECIDING_AUTHORITY = "deciding-authority";
  public static final String MONITOR = "monitor";

  /** Group id → Vietnamese group name shown in Admin and Tasklist. */
  public static final Map<String, String> NAMES = Map.of(
      BOARD_OFFICER, "Chuyên viên Ban Thi đua - Khen thưởng",
      BOARD_HEAD, "Lãnh đạo Ban Thi đua - Khen thưởng",
      DECIDING_AUTHORITY, "Chủ tịch UBND tỉnh (người quyết định khen thưởng)",
      MONITOR, "Giám sát");

  private Roles() {}
}
