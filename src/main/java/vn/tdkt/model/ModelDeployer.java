package vn.tdkt.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deploys the models administrators edit — {@code processes/*.bpmn}, {@code processes/*.dmn},
 * {@code forms/*.form} — straight from those folders. Each file is its own named deployment with
 * duplicate filtering, so only a changed file becomes a new version and running instances keep
 * theirs. A BPMN file travels with the embedded HTML forms it names
 * ({@code embedded:deployment:…}), because Tasklist loads those from the process's own deployment.
 * At start they deploy in the start's one transaction ({@code SetUpBeforeServing}): a file Camunda
 * refuses leaves every model as it was.
 */
@Component
public class ModelDeployer {

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
  private static final Pattern EMBEDDED_FORM = Pattern.compile("embedded:deployment:([\\w.\\-]+)");
  static final String SOURCE = "tdkt-models";

  private final RepositoryService repository;
  private final Path processesDir;
  private final Path formsDir;

  public ModelDeployer(RepositoryService repository,
      @Value("${tdkt.models.processes-dir:processes}") Path processesDir,
      @Value("${tdkt.models.forms-dir:forms}") Path formsDir) {
    this.repository = repository;
    this.processesDir = processesDir;
    this.formsDir = formsDir;
  }

  /**
   * Deploys what changed; returns the names of the files that became new versions. Refuses, before
   * deploying anything, files that would take another file's place ({@link ModelKeys}).
   */
  public List<String> deployChanged() {
    List<Path> models = files(processesDir, ".bpmn", ".dmn");
    List<Path> forms = files(formsDir, ".form");
    ModelKeys.refuseConflicts(models, forms);
    List<String> deployed = new ArrayList<>();
    for (Path model : models) {
      List<Path> bundle = new ArrayList<>(List.of(model));
      embeddedForms(model).forEach(form -> bundle.add(formsDir.resolve(form)));
      deploy(model.getFileName().toString(), bundle).ifPresent(deployed::add);
    }
    for (Path form : forms) {
      deploy(form.getFileName().toString(), List.of(form)).ifPresent(deployed::add);
    }
    LOG.info("Models deployed from {} and {}: {}", processesDir.toAbsolutePath(), formsDir.toAbsolutePath(),
        deployed.isEmpty() ? "nothing changed" : deployed);
    return deployed;
  }

  private Optional<String> deploy(String name, List<Path> resources) {
    DeploymentBuilder builder = repository.createDeployment().name(name).source(SOURCE)
        .enableDuplicateFiltering(false);
    for (Path resource : resources) {
      if (!Files.isRegularFile(resource)) {
        throw new IllegalStateException("Model " + name + " refers to " + resource.toAbsolutePath()
            + ", which does not exist");
      }
      builder.addString(resource.getFileName().toString(), read(resource));
    }
    long before = repository.createDeploymentQuery().deploymentName(name).count();
    builder.deploy();
    return repository.createDeploymentQuery().deploymentName(name).count() > before
        ? Optional.of(name) : Optional.empty();
  }

  private static Set<String> embeddedForms(Path bpmn) {
    Set<String> forms = new TreeSet<>();
    Matcher m = EMBEDDED_FORM.matcher(read(bpmn));
    while (m.find()) {
      forms.add(m.group(1));
    }
    return forms;
  }

  private static List<Path> files(Path dir, String... suffixes) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("Model folder " + dir.toAbsolutePath()
          + " does not exist; start the application from the project folder or set tdkt.models.*-dir");
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> Stream.of(suffixes).anyMatch(s -> p.getFileName().toString().endsWith(s)))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read model " + file.toAbsolutePath(), e);
    }
  }
}
