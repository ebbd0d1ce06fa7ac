package vn.tdkt.dossier;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.selection.Nominee;

/**
 * A document the plan requires in each dossier (plan field {@code dossierComponents}): once per
 * dossier (file variable {@code <key>File}) or once per proposed nominee ({@code <key>_<nominee id>}).
 * Without the field, a dossier holds what Decree 98/2023 and the seeds ask: the proposal letter,
 * the meeting minutes and each nominee's achievement report.
 */
public record DossierComponent(String key, String label, Boolean perNominee) {

  public static final List<DossierComponent> DEFAULT = List.of(
      new DossierComponent("proposalLetter", "Tờ trình đề nghị khen thưởng", false),
      new DossierComponent("meetingMinutes", "Biên bản họp xét", false),
      new DossierComponent("achievementReport", "Báo cáo thành tích", true));

  public static List<DossierComponent> of(VariableScope scope) {
    List<DossierComponent> components = JsonVariables.readList(scope, "dossierComponents", DossierComponent.class);
    return components.isEmpty() ? DEFAULT : components;
  }

  /** One file slot of a dossier: the variable holding it and what the official calls it. */
  public record Slot(String variable, String label) {}

  /** The files a dossier of these nominees must hold. */
  public static List<Slot> slots(VariableScope scope, List<Nominee> nominees) {
    List<Slot> slots = new ArrayList<>();
    for (DossierComponent c : of(scope)) {
      if (Boolean.TRUE.equals(c.perNominee())) {
        nominees.stream().filter(Nominee::proposed)
            .forEach(n -> slots.add(new Slot(c.key() + "_" + n.id(), c.label() + " của " + n.name())));
      } else {
        slots.add(new Slot(c.key() + "File", c.label()));
      }
    }
    return slots;
  }
}
