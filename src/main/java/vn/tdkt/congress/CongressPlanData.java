package vn.tdkt.congress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.VietnameseBusinessCalendar;

/**
 * A congress plan as data ({@code processes/plans/*.json} with {@code "kind": "congressPlan"}): the
 * levels from the lowest to the province's own, the programme every congress must cover, the forms
 * a congress may take, and the participating units with the unit of the level above each belongs to;
 * optionally the day the units just below the province send their implementation plans by
 * ({@code implementationPlanDeadline}).
 * The format is described in docs/congress.md.
 */
public record CongressPlanData(String id, String kind, Integer formatVersion, String title, String issuingAuthority,
    String issuedOn, String delegatesGoTo, String implementationPlanDeadline, List<Format> formats, List<Level> levels,
    List<ProgrammeItem> programme, List<PlanUnit> units) {

  public static final String KIND = "congressPlan";
  public static final int FORMAT_VERSION = 1;

  /** A form a congress may take; {@code congress} is true for a "Đại hội" (as opposed to a "Hội nghị"). */
  public record Format(String code, String name, boolean congress) {}

  /** A level: its congresses are held from {@code from} and due by the end of {@code deadline}. */
  public record Level(String code, String name, String scope, String timing, String from, String deadline,
      List<String> formats) {

    /** The day the level's deadline really ends: on a day off, the next working day (Civil Code Art. 148). */
    public LocalDate lastDay(VietnameseBusinessCalendar calendar) {
      return calendar.deadlineFor(Deadlines.parse(deadline));
    }
  }

  /**
   * An item of the programme; {@code onlyAtCongress} items are required only of a "Đại hội",
   * {@code aboutDelegates} items (approving the delegation) only of a congress that sends delegates.
   */
  public record ProgrammeItem(String id, String text, boolean onlyAtCongress, boolean aboutDelegates) {}

  /** A participating unit, its level and the unit of the level above it belongs to (none just below the top). */
  public record PlanUnit(String code, String level, String parent) {}

  public List<Format> formats() {
    return formats == null ? List.of() : formats;
  }

  public List<Level> levels() {
    return levels == null ? List.of() : levels;
  }

  public List<ProgrammeItem> programme() {
    return programme == null ? List.of() : programme;
  }

  public List<PlanUnit> units() {
    return units == null ? List.of() : units;
  }

  /** The province's own congress: the last level. */
  public Level top() {
    return levels().get(levels().size() - 1);
  }

  public Optional<Level> level(String code) {
    return levels().stream().filter(l -> Objects.equals(l.code(), code)).findFirst();
  }

  /** The level just above {@code code}, if any. */
  public Optional<Level> above(String code) {
    for (int i = 0; i < levels().size() - 1; i++) {
      if (Objects.equals(levels().get(i).code(), code)) {
        return Optional.of(levels().get(i + 1));
      }
    }
    return Optional.empty();
  }

  public Optional<PlanUnit> unit(String code) {
    return units().stream().filter(u -> Objects.equals(u.code(), code)).findFirst();
  }

  public Optional<Format> format(String code) {
    return formats().stream().filter(f -> Objects.equals(f.code(), code)).findFirst();
  }

  /** The units whose congress sends delegates to the congress of {@code unitCode} (blank: the province's). */
  public List<String> members(String unitCode) {
    boolean province = unitCode == null || unitCode.isBlank();
    return units().stream()
        .filter(u -> province ? (u.parent() == null || u.parent().isBlank()) : unitCode.equals(u.parent()))
        .map(PlanUnit::code).toList();
  }
}
