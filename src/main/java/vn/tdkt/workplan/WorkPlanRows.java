package vn.tdkt.workplan;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.calendar.VietnameseBusinessCalendar;
import vn.tdkt.cluster.Cluster;
import vn.tdkt.cluster.ClusterRegistry;
import vn.tdkt.common.InvalidInputException.Problems;
import vn.tdkt.common.PlanNumbers;
import vn.tdkt.common.TextVariables;
import vn.tdkt.unit.Unit;
import vn.tdkt.unit.UnitRegistry;

/**
 * Checks a work plan and turns its rows into work items, one per executing unit. Besides unit
 * codes, a row names groups of units the way the seed does:
 * <ul>
 * <li>{@code @units} — "các địa phương, cơ quan, đơn vị": every unit of the plan;</li>
 * <li>{@code @districts} — "các huyện, thị xã, thành phố": the plan's units of kind DISTRICT;</li>
 * <li>{@code @clusterLeaders} — "Cụm trưởng, Khối trưởng các Cụm, Khối thi đua": as executing
 * unit, one item per cluster or bloc of the plan, done by its leader; as coordinating units, the leaders;</li>
 * <li>{@code @clusterMembers} (coordinating only, with {@code @clusterLeaders} executing) — the
 * other members of that item's cluster or bloc;</li>
 * <li>{@code @ownClusterLeaders} (coordinating only) — the leaders of the clusters and blocs the
 * executing unit belongs to.</li>
 * </ul>
 * A unit never coordinates its own item.
 */
@Component
public class WorkPlanRows {

  /**
   * A row's item is keyed "<plan number>/<row number>/<unit or cluster code>", within Camunda's 255
   * characters for a business key: 100 for the plan's number, 64 for a code, 20 for the row's number.
   */
  private static final int ROW_NUMBER_LENGTH = 20;

  static final String UNITS = "@units";
  static final String DISTRICTS = "@districts";
  static final String CLUSTER_LEADERS = "@clusterLeaders";
  static final String CLUSTER_MEMBERS = "@clusterMembers";
  static final String OWN_CLUSTER_LEADERS = "@ownClusterLeaders";
  private static final Set<String> EXECUTING = Set.of(UNITS, DISTRICTS, CLUSTER_LEADERS);
  private static final Set<String> COORDINATING = Set.of(UNITS, DISTRICTS, CLUSTER_LEADERS, CLUSTER_MEMBERS,
      OWN_CLUSTER_LEADERS);
  private static final String DISTRICT_KIND = "DISTRICT";

  private final UnitRegistry units;
  private final ClusterRegistry clusters;
  private final VietnameseBusinessCalendar calendar;

  public WorkPlanRows(UnitRegistry units, ClusterRegistry clusters, VietnameseBusinessCalendar calendar) {
    this.units = units;
    this.clusters = clusters;
    this.calendar = calendar;
  }

  /** The plan's work items; every problem found is added to {@code problems} (the items are then incomplete). */
  public List<WorkItem> expand(WorkPlanFile plan, Problems problems) {
    problems.addIf(!Integer.valueOf(1).equals(plan.formatVersion()), "Kế hoạch công tác phải theo định dạng phiên bản 1"
            + " (\"formatVersion\": 1), tệp ghi " + plan.formatVersion() + ".")
        .addIf(blank(plan.number()), "Kế hoạch công tác chưa có số kế hoạch (\"number\").")
        .addFound(PlanNumbers.problem(plan.number()))
        .addIf(blank(plan.title()), "Kế hoạch công tác chưa có tên (\"title\").")
        .addIf(!blank(plan.issuedOn()) && Deadlines.parseOrNull(plan.issuedOn()) == null,
            () -> "Ngày ban hành kế hoạch (\"issuedOn\") không hợp lệ: " + plan.issuedOn() + " (cần dạng YYYY-MM-DD).")
        .addIf(plan.year() == null || plan.year() < 2000 || plan.year() > 2100,
            "Kế hoạch công tác chưa có năm thực hiện hợp lệ (\"year\").")
        .addIf(plan.rows().isEmpty(), "Kế hoạch công tác chưa có nhiệm vụ nào (\"rows\").");
    if (blank(plan.issuingBody()) || units.find(plan.issuingBody()).isEmpty()) {
      problems.add("Không có cơ quan ban hành mã " + plan.issuingBody() + " trong danh mục đơn vị.");
    }
    List<Unit> planUnits = planUnits(plan, problems);
    List<Cluster> planClusters = planClusters(plan, problems);

    List<WorkItem> items = new ArrayList<>();
    Set<String> rowNumbers = new HashSet<>();
    for (int i = 0; i < plan.rows().size(); i++) {
      WorkPlanFile.Row row = plan.rows().get(i);
      boolean numberTooLong = row.number() != null && row.number().length() > ROW_NUMBER_LENGTH;
      String label = "Nhiệm vụ " + (blank(row.number()) || numberTooLong ? "ở dòng " + (i + 1) : row.number()) + ": ";
      if (blank(row.number())) {
        problems.add(label + "chưa có số thứ tự (\"number\").");
      } else if (!rowNumbers.add(row.number())) {
        problems.add(label + "số thứ tự bị trùng.");
      }
      problems.addFound(TextVariables.longerThan(label + "số thứ tự", row.number(), ROW_NUMBER_LENGTH));
      if (checkRow(row, label, problems) && plan.year() != null) {
        items.addAll(itemsOf(row, plan.year(), planUnits, planClusters, label, problems));
      }
    }
    return items;
  }

  /**
   * The day a quarter's work is due, until 24:00: the quarter's last day, or the next working day
   * when that is a day off (a period ending on a day off ends with the next working day, Civil Code
   * Art. 148; 31/3/2024 was a Sunday).
   */
  private LocalDate endOfQuarter(int year, int quarter) {
    return calendar.deadlineFor(LocalDate.of(year, quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth()));
  }

  /** Adds the row's problems; true when it has none. */
  private boolean checkRow(WorkPlanFile.Row row, String label, Problems problems) {
    List<String> found = new ArrayList<>();
    if (row.quarter() == null || row.quarter() < 1 || row.quarter() > 4) {
      found.add(label + "quý phải từ 1 đến 4.");
    }
    if (blank(row.content())) {
      found.add(label + "chưa có nội dung thực hiện.");
    }
    if (row.directing().isEmpty()) {
      found.add(label + "chưa có đơn vị chỉ đạo.");
    }
    if (row.executing().isEmpty()) {
      found.add(label + "chưa có đơn vị thực hiện.");
    }
    row.directing().forEach(code -> checkToken(code, Set.of(), true, label + "đơn vị chỉ đạo", found));
    row.executing().forEach(code -> checkToken(code, EXECUTING, false, label + "đơn vị thực hiện", found));
    row.coordinating().forEach(code -> checkToken(code, COORDINATING, false, label + "đơn vị phối hợp", found));
    boolean perCluster = row.executing().contains(CLUSTER_LEADERS);
    if (row.coordinating().contains(CLUSTER_MEMBERS) && !perCluster) {
      found.add(label + "\"" + CLUSTER_MEMBERS + "\" chỉ dùng khi đơn vị thực hiện là \"" + CLUSTER_LEADERS + "\".");
    }
    if (row.covenant() && !perCluster) {
      found.add(label + "ký kết giao ước thi đua do Cụm trưởng, Khối trưởng thực hiện (\"" + CLUSTER_LEADERS + "\").");
    }
    found.forEach(problems::add);
    return found.isEmpty();
  }

  /**
   * {@code outsideAllowed}: a body outside the installation may direct a row (the plan's issuing body
   * reviews in its place) but not carry it out or coordinate it: nobody would receive its task.
   */
  private void checkToken(String code, Set<String> selectors, boolean outsideAllowed, String role, List<String> found) {
    if (blank(code)) {
      found.add(role + " để trống.");
    } else if (code.startsWith("@")) {
      if (!selectors.contains(code)) {
        found.add(role + ": không dùng được \"" + code + "\"" + (selectors.isEmpty() ? " (cần mã đơn vị)."
            : " (dùng mã đơn vị hoặc " + String.join(", ", selectors.stream().sorted().toList()) + ")."));
      }
    } else {
      Optional<Unit> unit = units.find(code);
      if (unit.isEmpty()) {
        found.add(role + ": không có đơn vị mã " + code + " trong danh mục đơn vị.");
      } else if (unit.get().isOutside() && !outsideAllowed) {
        found.add(role + ": " + outside(unit.get()));
      } else {
        unit.get().notInForceOn(Deadlines.today()).ifPresent(reason -> found.add(role + ": " + reason));
      }
    }
  }

  private static String outside(Unit unit) {
    return unit.name() + " là cơ quan ngoài hệ thống, không ai nhận được việc của đơn vị này; cơ quan ngoài hệ thống chỉ ghi"
        + " được là đơn vị chỉ đạo.";
  }

  private List<WorkItem> itemsOf(WorkPlanFile.Row row, int year, List<Unit> planUnits, List<Cluster> planClusters,
      String label, Problems problems) {
    // Item id → (executing unit, its cluster when the row is a cluster's), in the row's order.
    Map<String, String[]> executors = new LinkedHashMap<>();
    for (String token : row.executing()) {
      switch (token) {
        case CLUSTER_LEADERS -> planClusters.forEach(c -> executors.put(c.code(), new String[] {c.leaderCode(), c.code()}));
        case UNITS -> planUnits.forEach(u -> executors.put(u.code(), new String[] {u.code(), null}));
        case DISTRICTS -> planUnits.stream().filter(u -> DISTRICT_KIND.equals(u.kind()))
            .forEach(u -> executors.put(u.code(), new String[] {u.code(), null}));
        default -> executors.put(token, new String[] {token, null});
      }
    }
    problems.addIf(executors.isEmpty(), label + "không có đơn vị thực hiện nào (danh sách đơn vị hoặc cụm, khối của"
        + " kế hoạch trống).");
    String dueDay = endOfQuarter(year, row.quarter()).toString();
    List<WorkItem> items = new ArrayList<>();
    executors.forEach((key, executor) -> {
      Optional<Cluster> cluster = planClusters.stream().filter(c -> c.code().equals(executor[1])).findFirst();
      items.add(new WorkItem(row.number() + "/" + key, row.number(), row.quarter(), row.content().trim(), row.note(),
          List.copyOf(new LinkedHashSet<>(row.directing())), executor[0], executor[1],
          coordinating(row, executor[0], cluster, planUnits, planClusters), row.covenant(), dueDay));
    });
    return items;
  }

  private List<String> coordinating(WorkPlanFile.Row row, String executing, Optional<Cluster> cluster,
      List<Unit> planUnits, List<Cluster> planClusters) {
    Set<String> codes = new LinkedHashSet<>();
    for (String token : row.coordinating()) {
      switch (token) {
        case UNITS -> planUnits.forEach(u -> codes.add(u.code()));
        case DISTRICTS -> planUnits.stream().filter(u -> DISTRICT_KIND.equals(u.kind())).forEach(u -> codes.add(u.code()));
        case CLUSTER_LEADERS -> planClusters.forEach(c -> codes.add(c.leaderCode()));
        case CLUSTER_MEMBERS -> cluster.ifPresent(c -> codes.addAll(c.membersBesideLeader()));
        case OWN_CLUSTER_LEADERS -> planClusters.stream().filter(c -> c.memberCodes().contains(executing))
            .forEach(c -> codes.add(c.leaderCode()));
        default -> codes.add(token);
      }
    }
    codes.remove(executing);
    return List.copyOf(codes);
  }

  private List<Unit> planUnits(WorkPlanFile plan, Problems problems) {
    List<Unit> found = new ArrayList<>();
    for (String code : new LinkedHashSet<>(plan.units())) {
      Unit unit = units.find(code).orElse(null);
      if (unit == null) {
        problems.add("Không có đơn vị mã " + code + " (\"units\") trong danh mục đơn vị.");
      } else if (unit.notInForceOn(Deadlines.today()).isPresent()) {
        problems.add(unit.notInForceOn(Deadlines.today()).get());
      } else if (unit.isOutside()) {
        // The selectors (@units, @districts) would give it rows to carry out.
        problems.add("Danh sách đơn vị (\"units\"): " + outside(unit));
      } else {
        found.add(unit);
      }
    }
    return found;
  }

  /** The plan's clusters and blocs; one whose leader or a member has ceased must be updated first. */
  private List<Cluster> planClusters(WorkPlanFile plan, Problems problems) {
    List<Cluster> found = new ArrayList<>();
    for (String code : new LinkedHashSet<>(plan.clusters())) {
      Optional<Cluster> cluster = clusters.find(code);
      if (cluster.isEmpty()) {
        problems.add("Không có cụm, khối thi đua mã " + code + " (\"clusters\").");
        continue;
      }
      found.add(cluster.get());
      cluster.get().memberCodes().stream().map(units::find).flatMap(Optional::stream).forEach(member -> {
        member.notInForceOn(Deadlines.today()).ifPresent(reason -> problems.add(cluster.get().name() + ": " + reason));
        // Its leader carries out the cluster's rows, its members coordinate them.
        problems.addIf(member.isOutside(), () -> cluster.get().name() + ": " + outside(member));
      });
    }
    return found;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
