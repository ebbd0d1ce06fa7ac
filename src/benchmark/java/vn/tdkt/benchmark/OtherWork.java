package vn.tdkt.benchmark;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Work of other plans still in flight ({@code --other-work=N}, 2,000 unless given): N process
 * instances waiting at a user task nobody is given, with a deadline timer ten years away, each with a
 * unit's four variables, started once before the warm-up and never ended. An installation's runtime
 * tables, jobs included, are never empty;
 * without them the tables empty at the end of every drive, autovacuum may analyze them then, and
 * PostgreSQL plans the next drive's most frequent read on the statistics of empty tables
 * (docs/benchmark.md, *Other work in flight*).
 */
final class OtherWork {

  private static final String KEY = "benchOtherWork";

  private OtherWork() {}

  static void start(ProcessEngine engine, int instances) {
    if (instances == 0) {
      return;
    }
    long start = System.nanoTime();
    engine.getRepositoryService().createDeployment().name("benchmark-other-work")
        .addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(3650)
            .startEvent().userTask("waiting").camundaCandidateGroups("bench-other-work")
            .boundaryEvent("deadline").timerWithDuration("P10Y").endEvent()
            .moveToActivity("waiting").endEvent().done())
        .deploy();
    RuntimeService runtime = engine.getRuntimeService();
    for (int i = 1; i <= instances; i++) {
      String unit = "OTHER-%05d".formatted(i);
      runtime.startProcessInstanceByKey(KEY, unit, Map.of("unitCode", unit, "unitName", "Đơn vị " + i,
          "unitCategory", "STANDARD", "planNumber", "OTHER"));
    }
    System.out.printf("(other work in flight: %d process instances waiting, started in %.1f s)%n", instances,
        (System.nanoTime() - start) / 1e9);
  }
}
