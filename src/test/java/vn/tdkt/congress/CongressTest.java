package vn.tdkt.congress;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;

/**
 * Seed 003 (UBND tỉnh Thái Nguyên, Đại hội Thi đua yêu nước các cấp 2025) as its officials live it:
 * the plan launched from its data, and each congress recorded by its own unit.
 */
abstract class CongressTest extends DriveTest {

  @Autowired CongressPlans plans;

  static final String SEED_003 = "003-dai-hoi-thi-dua-thai-nguyen-2025";
  static final String TP_THAI_NGUYEN = "tn-ubnd-tp-thai-nguyen";
  static final String HOANG_VAN_THU = "tn-ubnd-p-hoang-van-thu";
  static final String PHAN_DINH_PHUNG = "tn-ubnd-p-phan-dinh-phung";
  static final String PROVINCE = "province";
  /** The day the board gives the units just below the province for their implementation plans (the seed names none). */
  static final String IMPLEMENTATION_PLANS_DUE = "2024-10-31";
  /** Every item of the seed's programme, flag salute included. */
  static final List<String> WHOLE_PROGRAMME = List.of("flagSalute", "introduction", "opening", "reviewReport",
      "exampleSpeeches", "exchangeWithExamples", "honourExamples", "launchMovement", "respondToLaunch",
      "approveDelegates", "closing");

  /** The board launches seed 003 a few days after the plan was issued (09/10/2024). */
  ProcessInstance launchSeed003() {
    return launchSeed003(Map.of(ImplementationPlanMapping.DEADLINE, IMPLEMENTATION_PLANS_DUE));
  }

  /** Seed 003 launched on 15/10/2024 with a new number, and what else the board fills in on the start form. */
  ProcessInstance launchSeed003(Map<String, Object> filledIn) {
    at(LocalDateTime.of(2024, 10, 15, 9, 0));
    Map<String, Object> variables = new HashMap<>(filledIn);
    variables.put("planDataId", SEED_003);
    variables.put("planNumber", "DH-" + UUID.randomUUID().toString().substring(0, 8) + "/KH-UBND");
    return ownInstance(runtime.startProcessInstanceByKey("congressPlan", variables));
  }

  /** The congress of a unit of the plan, or the province's own ({@link #PROVINCE}). */
  ProcessInstance congress(ProcessInstance plan, String unitOrProvince) {
    return lineOf("congress", plan, unitOrProvince);
  }

  ProcessInstance implementationPlan(ProcessInstance plan, String unit) {
    return lineOf("implementationPlan", plan, unit);
  }

  private ProcessInstance lineOf(String processKey, ProcessInstance plan, String unitOrProvince) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(plan.getBusinessKey() + "/" + unitOrProvince).singleResult();
  }

  Task record(ProcessInstance plan, String unitOrProvince) {
    return task(congress(plan, unitOrProvince), "recordCongress");
  }

  /** A man chosen as an advanced example. */
  static Map<String, Object> delegate(String name, String position, String workUnit) {
    return delegate(name, position, workUnit, "ADVANCED_EXAMPLE", "MALE");
  }

  static Map<String, Object> delegate(String name, String position, String workUnit, String basis, String gender) {
    Map<String, Object> delegate = new LinkedHashMap<>(Map.of("name", name, "position", position, "workUnit", workUnit));
    delegate.put("basis", basis);
    delegate.put("gender", gender);
    return delegate;
  }

  /** A congress held on {@code day} in the given form with the given programme items and delegates. */
  static final String REPORT_SUMMARY = "Giai đoạn 2020 - 2025 có 35 tập thể, 120 cá nhân được khen thưởng; phương hướng 2025 - 2030.";

  static Map<String, Object> held(String day, String format, List<String> programme, List<Map<String, Object>> delegates) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("congressDate", day);
    result.put("congressFormat", format);
    result.put("programmeDone", json(programme));
    result.put("reportSummary", REPORT_SUMMARY);
    result.put("delegates", json(delegates));
    return result;
  }

  /** A Đại hội with the whole programme, sending one delegate named after the unit. */
  void holdsCongress(ProcessInstance plan, String unitOrProvince, String day) {
    complete(record(plan, unitOrProvince), held(day, "CONGRESS", WHOLE_PROGRAMME,
        List.of(delegate("Đại biểu của " + unitOrProvince, "Chuyên viên", "Văn phòng"))));
  }

  /** The delegates a congress (or the plan, for the province's) received: "name – sent by". */
  List<String> received(ProcessInstance instance, String variable) {
    List<String> rows = new ArrayList<>();
    Object value = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(variable).singleResult().getValue();
    for (Map<?, ?> d : read(value.toString())) {
      rows.add(d.get("name") + " – " + d.get("sentBy"));
    }
    return rows;
  }
}
