package vn.tdkt.congress;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.VietnameseBusinessCalendar;
import vn.tdkt.common.FormChoice;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.congress.CongressPlanData.Level;
import vn.tdkt.unit.UnitRegistry;

/**
 * What a congress receives from the level above: the plan, and which congress it is — the
 * province's own when called by the plan, else that of the member unit {@code memberCode} — with
 * its level's dates, the forms it may take and the programme to tick. Delegates travel upward by
 * {@link SendDelegates} as soon as a congress has chosen them, so only the province's congress
 * maps anything back: whether it was closed as not held, and why, for the plan's ending.
 */
@Component("congressMapping")
public class CongressMapping implements DelegateVariableMapping {

  private final UnitRegistry units;
  private final VietnameseBusinessCalendar calendar;

  public CongressMapping(UnitRegistry units, VietnameseBusinessCalendar calendar) {
    this.units = units;
    this.calendar = calendar;
  }

  @Override
  public void mapInputVariables(DelegateExecution caller, VariableMap congress) {
    CongressPlanData plan = CongressPlans.of(caller);
    String unitCode = (String) caller.getVariable("memberCode");
    Level level = unitCode == null ? plan.top() : plan.level(plan.unit(unitCode).orElseThrow().level()).orElseThrow();
    congress.put("planNumber", caller.getVariable("planNumber"));
    congress.put("planTitle", plan.title());
    congress.put(CongressPlans.VARIABLE, caller.getVariable(CongressPlans.VARIABLE));
    congress.put("unitCode", unitCode);
    congress.put("unitName", unitCode == null ? plan.issuingAuthority() : units.current(unitCode).name());
    congress.put("congressLevel", level.code());
    congress.put("levelName", level.name());
    congress.put("levelTiming", level.timing());
    congress.put("congressName", unitCode == null ? level.name() : congressName(unitCode, level));
    congress.put("congressFrom", level.from());
    congress.put("congressDeadline", level.lastDay(calendar).toString());
    congress.put("delegatesGoTo", delegatesGoTo(plan, unitCode, level));
    congress.put("formatOptions", JsonVariables.json(level.formats().stream()
        .map(code -> new FormChoice(plan.format(code).orElseThrow().name(), code)).toList()));
    congress.put("programmeOptions", JsonVariables.json(plan.programme().stream()
        .map(item -> new FormChoice(item.text(), item.id())).toList()));
    congress.put("memberDelegates", JsonVariables.json(List.of()));
  }

  @Override
  public void mapOutputVariables(DelegateExecution caller, VariableScope congress) {
    if (caller.getVariable("memberCode") == null) {
      // A member's congress must not mark the congress above it as not held.
      caller.setVariable("congressNotHeld", Boolean.TRUE.equals(congress.getVariable("congressNotHeld")));
      caller.setVariable("notHeldReason", congress.getVariable("notHeldReason"));
    }
  }

  private String congressName(String unitCode, Level level) {
    return "Đại hội (hội nghị) thi đua yêu nước " + level.name().toLowerCase(Locale.ROOT)
        + " – " + units.current(unitCode).name();
  }

  private String delegatesGoTo(CongressPlanData plan, String unitCode, Level level) {
    if (unitCode == null) {
      return plan.delegatesGoTo();
    }
    Level above = plan.above(level.code()).orElseThrow();
    String parent = plan.unit(unitCode).orElseThrow().parent();
    return above == plan.top() ? above.name() : congressName(parent, above);
  }
}
