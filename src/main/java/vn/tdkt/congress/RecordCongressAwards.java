package vn.tdkt.congress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.decision.AwardRegister;

/**
 * "Ghi sổ khen thưởng tại Đại hội": the awards the congress recorded ({@code congressAwards}) go into
 * the award register under the congress plan's number, each decision's awards together (recorded
 * again, a decision's awards replace its earlier ones). The provincial congress, which belongs to no
 * unit, is written as "province", as its business key names it.
 */
@Component("recordCongressAwards")
public class RecordCongressAwards implements JavaDelegate {

  static final String AWARDS = "congressAwards";
  private static final String PROVINCE = "province";

  private final AwardRegister register;

  public RecordCongressAwards(AwardRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution congress) {
    String unitCode = (String) congress.getVariable("unitCode");
    Map<String, List<CongressAward>> byDecision = JsonVariables.readList(congress, AWARDS, CongressAward.class).stream()
        .collect(Collectors.groupingBy(a -> a.decisionNumber().trim(), LinkedHashMap::new, Collectors.toList()));
    byDecision.forEach((number, awards) -> register.recordAll(congress.getProcessInstanceId(), number, awards.stream()
        .map(a -> new AwardRegister.Award((String) congress.getVariable("planNumber"),
            (String) congress.getVariable("planTitle"), a.awardName().trim(), a.name().trim(), a.kind(), a.position(),
            unitCode == null ? PROVINCE : unitCode, (String) congress.getVariable("unitName"), number,
            Deadlines.parse(a.decisionDate()), congress.getProcessInstanceId()))
        .toList()));
  }
}
