package vn.tdkt.workplan;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import vn.tdkt.cluster.ClusterRegistry;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.common.TextVariables;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;

/**
 * What the plan hands to each row's process ("Nhiệm vụ của kế hoạch", element variable
 * {@code workItemId}): the plan's number and title and the item with the names of its units,
 * as forms show them. Nothing comes back: each row's outcome stays in its own history.
 * As the multi-instance collection ({@code workItemsOfPlan.ids(execution)}) it lists the items'
 * ids, computed from the Json variable so no Java collection is stored in the engine.
 */
@Component("workItemsOfPlan")
public class WorkItemsOfPlan implements DelegateVariableMapping {

  private final UnitRegistry units;
  private final ClusterRegistry clusters;

  public WorkItemsOfPlan(UnitRegistry units, ClusterRegistry clusters) {
    this.units = units;
    this.clusters = clusters;
  }

  public List<String> ids(VariableScope plan) {
    return items(plan).stream().map(WorkItem::itemId).toList();
  }

  @Override
  public void mapInputVariables(DelegateExecution plan, VariableMap workItem) {
    String id = (String) plan.getVariable("workItemId");
    WorkItem item = items(plan).stream().filter(i -> i.itemId().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalStateException("Work item " + id + " is not in the plan"));
    for (String name : List.of("workPlanId", "planNumber", "planTitle", "planYear", "issuingBody",
        "issuingAuthority")) {
      workItem.put(name, plan.getVariable(name));
    }
    workItem.put("itemId", item.itemId());
    workItem.put("rowNumber", item.rowNumber());
    workItem.put("quarter", item.quarter());
    workItem.put("content", item.content());
    workItem.put("note", item.note());
    workItem.put("dueDay", item.dueDay());
    workItem.put("covenant", item.covenant());
    workItem.put("unitCode", item.unitCode());
    workItem.put("unitName", units.current(item.unitCode()).name());
    workItem.put("clusterCode", item.clusterCode());
    workItem.put("clusterName", item.clusterCode() == null ? null : clusters.find(item.clusterCode()).orElseThrow().name());
    workItem.put("directingUnits", JsonVariables.json(item.directingUnits()));
    workItem.put("directingUnitNames", item.directingUnits().stream()
        .map(code -> directingName(units.current(code), plan)).collect(Collectors.joining("; ")));
    workItem.put("coordinatingUnits", JsonVariables.json(item.coordinatingUnits()));
    workItem.put("coordinatingUnitNames", names(item.coordinatingUnits()));
    workItem.put("coordinationInputs", JsonVariables.json(List.of()));
    workItem.put("covenantSignatures", JsonVariables.json(List.of()));
  }

  @Override
  public void mapOutputVariables(DelegateExecution plan, VariableScope workItem) {
    // Each row's result is read in its own process; writing it back would make rows completed at
    // the same moment conflict on one plan variable.
  }

  private String names(List<String> codes) {
    return TextVariables.unitNames(codes.stream().map(code -> units.current(code).name()).toList());
  }

  /** A directing body outside the installation is named with who reviews in its place (WorkItemUnits#reviewing). */
  private String directingName(Unit unit, VariableScope plan) {
    return unit.isOutside() ? unit.name() + " (ngoài hệ thống; " + plan.getVariable("issuingAuthority")
        + " nghiệm thu, đôn đốc thay)" : unit.name();
  }

  private static List<WorkItem> items(VariableScope plan) {
    return JsonVariables.readList(plan, "workItems", WorkItem.class);
  }
}
