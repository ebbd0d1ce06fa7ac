package vn.tdkt.selection;

/**
 * A collective or individual the unit's council voted on. {@code proposeUpward} marks those the
 * unit proposes for the plan's award; the board writes {@code verdict} (PASS, REJECT) and
 * {@code reason} during appraisal.
 */
public record Nominee(
    String id,
    String kind,
    String name,
    String position,
    String workUnit,
    String achievementSummary,
    Long votesFor,
    Long votesAgainst,
    Boolean proposeUpward,
    String verdict,
    String reason) {

  public static final String INDIVIDUAL = "INDIVIDUAL";
  public static final String COLLECTIVE = "COLLECTIVE";
  public static final String PASS = "PASS";
  public static final String REJECT = "REJECT";

  /** "cá nhân" or "tập thể", as forms and messages say. */
  public static String kindName(String kind) {
    return INDIVIDUAL.equals(kind) ? "cá nhân" : "tập thể";
  }

  /** "Cá nhân" or "Tập thể", as a list's column names the kind. */
  public static String kindHeading(String kind) {
    return INDIVIDUAL.equals(kind) ? "Cá nhân" : "Tập thể";
  }

  public boolean proposed() {
    return Boolean.TRUE.equals(proposeUpward);
  }

  public boolean passed() {
    return proposed() && PASS.equals(verdict);
  }

  public boolean undecided() {
    return proposed() && !PASS.equals(verdict) && !REJECT.equals(verdict);
  }

  public Nominee rejected(String why) {
    return new Nominee(id, kind, name, position, workUnit, achievementSummary, votesFor,
        votesAgainst, proposeUpward, REJECT, why);
  }
}
