package vn.tdkt.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
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
 * refuses leaves every model as it was. A file that is an older version again (a node of several
 * started with an older release's files, which would make them the latest for every node) stops
 * the start, unless {@code tdkt.models.allow-older} says going back is meant.
 */
@Component
public class ModelDeployer {

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
  private static final Pattern EMBEDDED_FORM = Pattern.compile("embedded:deployment:([\\w.\\-]+)");
  static final String SOURCE = "tdkt-models";

  private final RepositoryService repository;
  private final Path processesDir;
  private final Path formsDir;
  private final boolean allowOlder;

  public ModelDeployer(RepositoryService repository,
      @Value("${tdkt.models.processes-dir:processes}") Path processesDir,
      @Value("${tdkt.models.forms-dir:forms}") Path formsDir,
      @Value("${tdkt.models.allow-older:false}") boolean allowOlder) {
    this.repository = repository;
    this.processesDir = processesDir;
    this.formsDir = formsDir;
    this.allowOlder = allowOlder;
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
    // Deployed as these bytes, so that they compare with what earlier deployments stored.
    Map<String, byte[]> contents = new LinkedHashMap<>();
    for (Path resource : resources) {
      if (!Files.isRegularFile(resource)) {
        throw new IllegalStateException("Model " + name + " refers to " + resource.toAbsolutePath()
            + ", which does not exist");
      }
      contents.put(resource.getFileName().toString(), read(resource).getBytes(StandardCharsets.UTF_8));
    }
    DeploymentBuilder builder = repository.createDeployment().name(name).source(SOURCE).enableDuplicateFiltering(false);
    contents.forEach((resource, bytes) -> builder.addInputStream(resource, new ByteArrayInputStream(bytes)));
    long before = repository.createDeploymentQuery().deploymentName(name).count();
    Deployment made = builder.deploy();
    if (repository.createDeploymentQuery().deploymentName(name).count() == before) {
      return Optional.empty();
    }
    if (!allowOlder) {
      refuseOlder(name, contents, made);
    }
    return Optional.of(name);
  }

  /**
   * Refuses a file that became a new version while being, with the forms it carries, what an
   * earlier version was (Camunda made a new one, so not the latest): this node would make that
   * older version the latest for every node of the installation. Only a file that changed is
   * compared, so an unchanged start reads nothing more; the refusal rolls the start's transaction
   * back, leaving every model as it was.
   */
  private void refuseOlder(String name, Map<String, byte[]> contents, Deployment made) {
    List<Deployment> earlier = repository.createDeploymentQuery().deploymentName(name).orderByDeploymentTime().desc()
        .list().stream().filter(d -> !d.getId().equals(made.getId())).toList();
    earlier.stream().filter(d -> sameContents(d, contents)).findFirst().ifPresent(older -> {
      throw new IllegalStateException("Model " + name + " in this node's files is what was deployed on "
          + older.getDeploymentTime().toInstant() + " (deployment " + older.getId() + "), older than the version"
          + " deployed on " + earlier.get(0).getDeploymentTime().toInstant() + " (deployment " + earlier.get(0).getId()
          + "): deploying it would make the older version the latest for every node. If this node's processes/ and"
          + " forms/ are out of date, install the current release's files here; to go back to the older version on"
          + " purpose, start once with --tdkt.models.allow-older=true");
    });
  }

  /** Whether the deployment holds exactly these resources with these contents (as Camunda's duplicate filtering compares them). */
  private boolean sameContents(Deployment deployment, Map<String, byte[]> contents) {
    List<String> names = repository.getDeploymentResourceNames(deployment.getId());
    if (names.size() != contents.size() || !names.containsAll(contents.keySet())) {
      return false;
    }
    for (Map.Entry<String, byte[]> resource : contents.entrySet()) {
      try (InputStream stored = repository.getResourceAsStream(deployment.getId(), resource.getKey())) {
        if (!Arrays.equals(stored.readAllBytes(), resource.getValue())) {
          return false;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource.getKey() + " of deployment " + deployment.getId(), e);
      }
    }
    return true;
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
