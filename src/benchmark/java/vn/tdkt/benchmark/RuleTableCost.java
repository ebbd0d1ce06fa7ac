package vn.tdkt.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import vn.tdkt.common.RuleTableFeelPlugin;

/**
 * {@code --rule-tables=N}: the cost of one evaluation of the project's rule tables (every
 * {@code processes/*.dmn}) with the DMN engine alone, FEEL by Camunda's own adapter against the
 * project's ({@code common/RuleTableFeelPlugin}), each table N times per round, six rounds
 * alternating; no database, no history, no process engine: what the FEEL engine adds, nothing else.
 */
final class RuleTableCost {

  /** A value for every input of the project's tables (a proposed individual of a large unit). */
  private static final VariableMap INPUTS = Variables.createVariables().putValue("nomineeKind", "INDIVIDUAL")
      .putValue("unitCategory", "MAJOR").putValue("planQuota", 2).putValue("voteShare", 0.8)
      .putValue("yearsBelowGood", 0).putValue("excellentYears", 2).putValue("advancedExample", true)
      .putValue("targetsMet", true).putValue("membersAllGood", true).putValue("emulationFighter", true)
      .putValue("driveLaunchedAtUnit", true).putValue("driveReviewedAtUnit", true).putValue("rewardedAtUnit", true);

  private RuleTableCost() {}

  static void print(Path processes, int evaluations) throws IOException {
    DefaultDmnEngineConfiguration project = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    project.setFeelEngineFactory(() -> new RuleTableFeelPlugin.BuiltinsOnceFeelEngine(List.of()));
    Map<String, DmnEngine> engines = new LinkedHashMap<>();
    engines.put("Camunda's FEEL adapter", DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine());
    engines.put("the project's (RuleTableFeelPlugin)", project.buildEngine());
    Map<String, List<DmnDecision>> tables = new LinkedHashMap<>();
    for (var engine : engines.entrySet()) {
      tables.put(engine.getKey(), tables(engine.getValue(), processes));
    }
    System.out.printf("Rule tables of %s, each evaluated %d times per round with the DMN engine alone:%n", processes, evaluations);
    for (int round = 1; round <= 6; round++) {
      for (var engine : engines.entrySet()) {
        List<DmnDecision> parsed = tables.get(engine.getKey());
        long start = System.nanoTime();
        for (int i = 0; i < evaluations; i++) {
          parsed.forEach(table -> engine.getValue().evaluateDecisionTable(table, INPUTS));
        }
        System.out.printf("round %d, %s: %.1f µs per table%n", round, engine.getKey(),
            (System.nanoTime() - start) / 1e3 / evaluations / parsed.size());
      }
    }
  }

  private static List<DmnDecision> tables(DmnEngine engine, Path processes) throws IOException {
    List<DmnDecision> tables = new ArrayList<>();
    try (Stream<Path> files = Files.list(processes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          tables.addAll(engine.parseDecisions(in));
        }
      }
    }
    return tables;
  }
}
