package vn.tdkt.congress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.decision.AwardRegister;

/**
 * "Ghi sổ khen thưởng tại Đại hội": the awards the congress recorded ({@code congressAwards}) go into
 * the award register under the congress plan's number and title, replacing whatever this congress
 * recorded before; the rows of one decision carry its number as first written ("12 /qđ-ubnd" is
 * "12/QĐ-UBND"). The provincial congress, which belongs to no unit, is written as "province", as
 * its business key names it. An earlier instance of the same congress (same business key: a plan
 * cancelled and launched again under its number, a congress restarted) is superseded: the unit's
 * awards are not in the register twice.
 */
@Component("recordCongressAwards")
public class RecordCongressAwards implements JavaDelegate {

  static final String AWARDS = "congressAwards";
  private static final String PROVINCE = "province";
  /** The process of one congress (congress.bpmn), whose instances record their awards here. */
  private static final String CONGRESS = "congress";

  private final AwardRegister register;
  private final HistoryService history;

  public RecordCongressAwards(AwardRegister register, HistoryService history) {
    this.register = register;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution congress) {
    String unitCode = (String) congress.getVariable("unitCode");
    Map<String, String> spelling = new HashMap<>();
    List<AwardRegister.Award> awards = JsonVariables.readList(congress, AWARDS, CongressAward.class).stream()
        .map(a -> new AwardRegister.Award((String) congress.getVariable("planNumber"),
            (String) congress.getVariable("planTitle"), a.awardName().strip(), a.name().strip(), a.kind(),
            Decisions.isBlank(a.position()) ? null : a.position().strip(), unitCode == null ? PROVINCE : unitCode,
            (String) congress.getVariable("unitName"),
            spelling.computeIfAbsent(AwardRegister.comparable(a.decisionNumber()), key -> a.decisionNumber().strip()),
            Deadlines.parse(a.decisionDate()), congress.getProcessInstanceId()))
        .toList();
    List<String> superseded = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CONGRESS)
        .processInstanceBusinessKey(congress.getProcessBusinessKey()).list().stream()
        .map(HistoricProcessInstance::getId).filter(id -> !id.equals(congress.getProcessInstanceId())).toList();
    register.replaceAll(congress.getProcessInstanceId(), superseded, awards);
  }
}
