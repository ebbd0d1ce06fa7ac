package vn.tdkt.dossier;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.selection.Nominee;

/**
 * Links to the dossier's files, put on a board task when it is created (task-local
 * {@code dossierFiles}) so the form can list them. They go through the task, so whoever may see
 * the task may open the files, and nobody else. Not kept in the history, which keeps the files
 * themselves ({@code plan/CopiesHistoryPlugin}).
 */
public final class DossierLinks {

  /** The task-local variable the board's forms list the links from. */
  public static final String VARIABLE = "dossierFiles";

  public record DossierLink(String label, String url) {}

  private DossierLinks() {}

  public static void showOn(DelegateTask task) {
    String base = "/camunda/api/engine/engine/default/task/" + task.getId() + "/variables/";
    List<DossierLink> links = new ArrayList<>();
    for (DossierComponent.Slot slot : DossierComponent.slots(task, JsonVariables.readList(task, "nominees", Nominee.class))) {
      links.add(new DossierLink(asText(slot.label()), base + slot.variable() + "/data"));
    }
    task.setVariableLocal(VARIABLE, JsonVariables.json(links));
  }

  /**
   * A name typed by a unit, made inert: the forms put the label into Markdown that may hold HTML,
   * so markup and link brackets in it are written as entities and show as the characters they are.
   */
  static String asText(String typed) {
    return String.valueOf(typed).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("[", "&#91;").replace("]", "&#93;");
  }
}
