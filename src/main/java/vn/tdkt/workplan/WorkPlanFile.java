package vn.tdkt.workplan;

import java.util.List;

/**
 * A work plan as shipped in {@code processes/plans/<id>.json} (kind {@code workPlan}, format
 * version 1; docs/work-plan.md): the issuing body, the year, the units and clusters the plan
 * addresses, and the rows of its appendix.
 */
public record WorkPlanFile(String id, String kind, Integer formatVersion, String number, String title,
    String issuingBody, String issuedOn, Integer year, List<String> units, List<String> clusters, List<Row> rows) {

  public static final String KIND = "workPlan";

  public WorkPlanFile {
    // The number is the business key every row's key and the progress look-up start with.
    number = number == null ? null : number.strip();
    units = units == null ? List.of() : units;
    clusters = clusters == null ? List.of() : clusters;
    rows = rows == null ? List.of() : rows;
  }

  /**
   * One row of the appendix: its number (STT), quarter, content, and the directing, executing and
   * coordinating units as unit codes or selectors ({@link WorkPlanRows}); {@code covenant} marks the
   * covenant signing of the clusters and blocs; {@code note} keeps the seed's own wording (Ghi chú).
   */
  public record Row(String number, Integer quarter, String content, List<String> directing, List<String> executing,
      List<String> coordinating, boolean covenant, String note) {

    public Row {
      directing = directing == null ? List.of() : directing;
      executing = executing == null ? List.of() : executing;
      coordinating = coordinating == null ? List.of() : coordinating;
    }
  }
}
