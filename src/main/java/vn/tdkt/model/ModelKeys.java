package vn.tdkt.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The keys the models' files give Camunda. Camunda keys a form by the {@code id} inside the file
 * and a process or rule table by its own id, not by the file's name: a form copied to a new file
 * with its id unchanged, or a process id in two files, would make that file the latest version
 * of the other's key, in force for every task and plan bound to it. Such files are refused before
 * anything is deployed, with what to change.
 */
final class ModelKeys {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelKeys() {}

  static void refuseConflicts(List<Path> models, List<Path> forms) {
    List<String> problems = new ArrayList<>();
    Map<String, Path> processes = new LinkedHashMap<>();
    Map<String, Path> decisions = new LinkedHashMap<>();
    for (Path model : models) {
      try {
        if (model.getFileName().toString().endsWith(".bpmn")) {
          ids(Bpmn.readModelFromStream(stream(model)).getModelElementsByType(Process.class))
              .forEach(key -> once("process", key, model, processes, problems));
        } else {
          ids(Dmn.readModelFromStream(stream(model)).getModelElementsByType(Decision.class))
              .forEach(key -> once("decision", key, model, decisions, problems));
        }
      } catch (ModelException e) {
        problems.add(model + " cannot be read as " + (model.toString().endsWith(".bpmn") ? "BPMN" : "DMN") + ": "
            + e.getMessage());
      }
    }
    for (Path form : forms) {
      String name = form.getFileName().toString().replaceFirst("\\.form$", "");
      String id = formId(form, problems);
      if (id != null && !id.equals(name)) {
        problems.add(form + " has the id \"" + id + "\": Camunda keys a form by its id, so it would become the latest"
            + " version of form \"" + id + "\" for every task bound to it. Give it the id \"" + name + "\", as its file is named.");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Models not deployed, nothing changed:\n- " + String.join("\n- ", problems));
    }
  }

  private static List<String> ids(Collection<? extends ModelElementInstance> elements) {
    return elements.stream().map(e -> e.getAttributeValue("id")).toList();
  }

  private static void once(String kind, String key, Path file, Map<String, Path> seen, List<String> problems) {
    Path other = seen.putIfAbsent(key, file);
    if (other != null) {
      problems.add(other + " and " + file + " both define the " + kind + " \"" + key + "\": each would replace the other"
          + " as its latest version. Give one of them another id.");
    }
  }

  private static String formId(Path form, List<String> problems) {
    try {
      JsonNode id = JSON.readTree(ModelDeployer.read(form)).get("id");
      if (id == null || !id.isTextual() || id.asText().isBlank()) {
        problems.add(form + " has no \"id\": Camunda cannot key it.");
        return null;
      }
      return id.asText();
    } catch (JsonProcessingException e) {
      problems.add(form + " is not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
      return null;
    }
  }

  private static ByteArrayInputStream stream(Path file) {
    return new ByteArrayInputStream(ModelDeployer.read(file).getBytes(StandardCharsets.UTF_8));
  }
}
