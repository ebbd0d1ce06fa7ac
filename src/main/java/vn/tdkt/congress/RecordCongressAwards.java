package vn.tdkt.congress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * its business key names it.
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
    Map<String, String> spelling = new HashMap<>();
    List<AwardRegister.Award> awards = JsonVariables.readList(congress, AWARDS, CongressAward.class).stream()
        .map(a -> new AwardRegister.Award((String) congress.getVariable("planNumber"),
            (String) congress.getVariable("planTitle"), a.awardName().strip(), a.name().strip(), a.kind(),
            Decisions.isBlank(a.position()) ? null : a.position().strip(), unitCode == null ? PROVINCE : unitCode,
            (String) congress.getVariable("unitName"),
            spelling.computeIfAbsent(AwardRegister.comparable(a.decisionNumber()), key -> a.decisionNumber().strip()),
            Deadlines.parse(a.decisionDate()), congress.getProcessInstanceId()))
        .toList();
    register.replaceAll(congress.getProcessInstanceId(), awards);
  }
}
