package vn.tdkt.workplan;

import java.util.List;

/**
 * One unit's share of one row of a work plan (one instance of {@code workItem}): the executing
 * unit ({@code unitCode}, for a cluster's row its leader and {@code clusterCode}), the directing
 * and coordinating units, and the day the work is due (the last day of its quarter).
 */
public record WorkItem(String itemId, String rowNumber, int quarter, String content, String note,
    List<String> directingUnits, String unitCode, String clusterCode, List<String> coordinatingUnits,
    boolean covenant, String dueDay) {}
