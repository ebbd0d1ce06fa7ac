package vn.tdkt.dossier;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.selection.Nominee;

/**
 * Links to the dossier's files, put on a board task when it is created (task-local
 * {@code dossierFiles}) so the form can list them. They go through the task, so whoever may see
 * the task may open the files, and nobody else.
 */
public final class DossierLinks {

  public record DossierLink(String label, String url) {}

  private DossierLinks() {}

  public static void showOn(DelegateTask task) {
    String base = "/camunda/api/engine/engine/default/task/" + task.getId() + "/variables/";
    List<DossierLink> links = new ArrayList<>();
    for (DossierComponent.Slot slot : DossierComponent.slots(task, JsonVariables.readList(task, "nominees", Nominee.class))) {
      links.add(new DossierLink(slot.label(), base + slot.variable() + "/data"));
    }
    task.setVariableLocal("dossierFiles", JsonVariables.json(links));
  }
}
