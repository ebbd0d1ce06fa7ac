package vn.tdkt.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.tdkt.common.CommandFields;
import vn.tdkt.common.CommandInterceptors;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.TextVariables;
import vn.tdkt.dossier.DossierCheck;

/**
 * An official may store, through a task, only what the task's form asks for: completing it,
 * submitting its form or setting, changing or removing its variables with a name that is not an
 * editable field of the form is refused (400 on completion, 403 otherwise), unless the value is
 * the one already stored (forms send back what they only displayed). Otherwise any official with
 * a task could rewrite the plan's data through it — the unit code that routes the work, the
 * pinned rules, another step's results. The engine itself (timers, listeners) and administrators
 * are not concerned. (Officials hold TASK_WORK on their tasks, under which the engine refuses
 * their variable writes outside a completion in any case; the guard keeps them to the form should
 * an administrator grant UPDATE.) The editable fields come from the Camunda Form the task shows
 * as deployed (from {@code forms/}, or over REST by an administrator) and, for the dossier's
 * embedded form, from {@link DossierCheck}.
 */
@Component
public class TaskInputGuard extends AbstractProcessEnginePlugin {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** By form definition id: a deployed version of a form never changes. */
  private final Map<String, FormFields> editable = new ConcurrentHashMap<>();
  private IdentityService identity;
  private TaskService tasks;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // The engine's own services: this plugin is part of building the engine the Spring beans come from.
    identity = configuration.getIdentityService();
    tasks = configuration.getTaskService();
    CommandInterceptors.insideTransaction(configuration, new Guard());
  }

  /**
   * Inside the command's own transaction, so the check reads the task once with the completion
   * (the engine finds it in its cache) instead of in a transaction of its own; a refusal rolls
   * back a transaction that has written nothing yet.
   */
  private final class Guard extends CommandInterceptor {
    private final ThreadLocal<Boolean> running = ThreadLocal.withInitial(() -> false);

    @Override
    public <T> T execute(Command<T> command) {
      // Only what an official asks for from outside; commands run inside another one are the engine's.
      if (running.get()) {
        return next.execute(command);
      }
      running.set(true);
      try {
        if (concernsOfficial()) {
          check(command);
        }
        return next.execute(command);
      } finally {
        running.set(false);
      }
    }
  }

  private boolean concernsOfficial() {
    Authentication user = identity.getCurrentAuthentication();
    return user != null && user.getUserId() != null
        && (user.getGroupIds() == null || !user.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
  }

  private void check(Command<?> command) {
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      String taskId = CommandFields.read(command, "taskId");
      Map<String, ?> values = CommandFields.read(command, command instanceof CompleteTaskCmd ? "variables" : "properties");
      if (values == null || values.isEmpty()) {
        return;
      }
      FormFields form = inForm(taskId);
      List<String> foreign = foreign(taskId, values, form, new Visibility(taskId));
      if (!foreign.isEmpty()) {
        throw new InvalidInputException(List.of("Công việc này không nhận các mục ngoài biểu mẫu: "
            + String.join(", ", foreign) + ". Không có gì được lưu."));
      }
      refuseUnreadable(values, form);
    } else if (command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd
        || command instanceof RemoveTaskVariablesCmd) {
      String taskId = CommandFields.read(command, "entityId");
      boolean removes = command instanceof RemoveTaskVariablesCmd;
      FormFields form = inForm(taskId);
      Visibility visibility = new Visibility(taskId);
      Map<String, ?> values = removes ? null : CommandFields.read(command, "variables");
      List<String> foreign = new ArrayList<>(values == null || values.isEmpty() ? List.of()
          : foreign(taskId, values, form, visibility));
      Collection<String> removed = removes ? CommandFields.read(command, "variableNames")
          : command instanceof PatchTaskVariablesCmd ? CommandFields.read(command, "deletions") : null;
      if (removed != null) {
        Predicate<String> allowed = allowed(form, visibility);
        removed.stream().filter(allowed.negate()).forEach(foreign::add);
      }
      if (!foreign.isEmpty()) {
        throw new AuthorizationException("Không được ghi hay xoá các mục ngoài biểu mẫu của công việc: "
            + String.join(", ", foreign) + ".");
      }
    } else if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
      // No task of these models catches one: the engine would end the task, and with it the step's
      // checks and approvals, keeping whatever variables were sent along.
      throw new AuthorizationException("Công việc chỉ được hoàn thành qua biểu mẫu của nó; không được báo lỗi"
          + " (bpmnError) hay báo vượt cấp (bpmnEscalation) cho công việc.");
    }
  }

  /**
   * What the step's code could not read or the database not keep: a value of another kind than its
   * field ({@link FieldKind}), a list that is not the form's rows, a text longer than a variable
   * keeps — each would fail the whole completion with an engine or database error, or be read as
   * nothing — and a value sent transient, which the steps of this request read and nothing keeps.
   */
  private static void refuseUnreadable(Map<String, ?> values, FormFields form) {
    InvalidInputException.Problems problems = new InvalidInputException.Problems();
    for (String name : values.keySet()) {
      // As sent, not parsed: a Json list is kept as a byte array, with no such limit.
      Object value = values instanceof VariableMap typed ? typed.getValueTyped(name) : values.get(name);
      Object plain = value instanceof TypedValue typed && !(typed instanceof SerializableValue) ? typed.getValue() : value;
      String label = form == null ? name : form.labels().getOrDefault(name, name);
      // A transient value passes the steps of this request, then is gone: a decision the notices no
      // longer see, a supplement deadline the unit is never shown.
      problems.addIf(value instanceof TypedValue typed && typed.isTransient(), () -> "«" + label
          + "» được gửi ở dạng tạm thời (transient), không được lưu cùng công việc: hãy gửi như một giá trị thường.");
      problems.addFound(TextVariables.tooLong(label, plain));
      FieldKind kind = form == null ? null : form.kinds().get(name);
      if (kind != null) {
        String problem = kind.problem(plain instanceof SerializableValue json ? parsed(json) : plain);
        problems.addIf(problem != null, () -> "«" + kind.label() + "» " + problem + ".");
      }
      if (form != null && form.lists().containsKey(name)) {
        form.lists().get(name).kindProblems(comparable(value)).forEach(problems::add);
      }
    }
    problems.throwIfAny();
  }

  /** A Json or object value as the caller wrote it, never as text: no field of a form sends one but a list. */
  private static JsonNode parsed(SerializableValue value) {
    try {
      return value.getValueSerialized() == null ? JSON.nullNode() : JSON.readTree(value.getValueSerialized());
    } catch (IOException notJson) {
      return JSON.getNodeFactory().pojoNode(value);
    }
  }

  /**
   * The names that are neither editable in the task's form nor sent back unchanged, and in the
   * lists the form edits row by row, the rows and cells changed beyond what the form allows.
   */
  private List<String> foreign(String taskId, Map<String, ?> values, FormFields form, Visibility visibility) {
    Predicate<String> allowed = allowed(form, visibility);
    List<String> foreign = new ArrayList<>();
    for (String name : values.keySet()) {
      // As sent: a Json value stays text here, so a malformed one reaches its listener, which names it (400).
      Object value = values instanceof VariableMap typed ? typed.getValueTyped(name) : values.get(name);
      if (!allowed.test(name)) {
        if (!same(value, stored(taskId, name))) {
          foreign.add(name);
        }
      } else if (form != null && form.lists().containsKey(name)) {
        List<String> changed = form.lists().get(name).outside(name, comparable(value), comparable(stored(taskId, name)));
        // Rows of a task the official cannot see are not described: the engine refuses the completion (403).
        if (!changed.isEmpty() && visibility.visible()) {
          foreign.addAll(changed);
        }
      }
    }
    return foreign;
  }

  /**
   * The value stored for the task, read as the engine (the task's own scope, then its execution's):
   * through the task service every read would run an authorization check of its own, costlier than
   * the comparison, for a task whose completion the engine checks anyway. Seeing a task is reading
   * its variables, unless an administrator enforces variable permissions: then the read is the
   * official's, refused if they may not read it.
   */
  private TypedValue stored(String taskId, String name) {
    if (Context.getProcessEngineConfiguration().isEnforceSpecificVariablePermission()) {
      return tasks.getVariableTyped(taskId, name, false);
    }
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
    return task == null ? null : task.getVariableTyped(name, false);
  }

  /**
   * Editable in the form of the task; a task the official cannot see is left to the engine to
   * refuse. Whether the official sees it is asked (an authorized task query, costlier than the
   * completion's own check) only for a name outside the form or a list's rows changed beyond it,
   * which a completion rarely sends.
   */
  private static Predicate<String> allowed(FormFields form, Visibility visibility) {
    if (form == null) {
      return name -> true;
    }
    return name -> form.editable().test(name) || !visibility.visible();
  }

  /** Whether the official sees the task: an authorized task query, asked at most once per command. */
  private final class Visibility {
    private final String taskId;
    private Boolean visible;

    Visibility(String taskId) {
      this.taskId = taskId;
    }

    boolean visible() {
      if (visible == null) {
        visible = tasks.createTaskQuery().taskId(taskId).count() > 0;
      }
      return visible;
    }
  }

  /**
   * The fields of the form the task shows, as deployed — the version Tasklist renders (a form
   * deployed over REST counts at once, on every node) — read as the engine, since a form's
   * fields are no secret; null when there is no such task.
   */
  private FormFields inForm(String taskId) {
    CommandContext context = Context.getCommandContext();
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      return null;
    }
    task.initializeFormKey();
    if (task.getCamundaFormRef() != null) {
      CamundaFormDefinition form = new GetCamundaFormDefinitionCmd(task.getCamundaFormRef(),
          task.getProcessDefinition() == null ? null : task.getProcessDefinition().getDeploymentId())
          .execute(context);
      if (form == null) {
        return FormFields.NONE;
      }
      return editable.computeIfAbsent(form.getId(), id -> editableFields(form,
          context.getResourceManager().findResourceByDeploymentIdAndResourceName(form.getDeploymentId(),
              form.getResourceName()).getBytes()));
    }
    if (task.getFormKey() != null && task.getFormKey().endsWith(DossierCheck.FORM)) {
      return new FormFields(DossierCheck.submitted(task), Map.of(), Map.of(), Map.of());
    }
    return FormFields.NONE;
  }

  /**
   * What a form lets an official write: its fields, its lists edited row by row (by path), their
   * labels, and the kind of value each field an official types in produces.
   */
  private record FormFields(Predicate<String> editable, Map<String, EditableList> lists, Map<String, String> labels,
      Map<String, FieldKind> kinds) {
    static final FormFields NONE = new FormFields(name -> false, Map.of(), Map.of(), Map.of());
  }

  /** Top-level fields that are not disabled, and the lists edited row by row (their path). */
  private static FormFields editableFields(CamundaFormDefinition form, byte[] content) {
    try {
      Set<String> fields = new HashSet<>();
      Map<String, EditableList> lists = new HashMap<>();
      Map<String, String> labels = new HashMap<>();
      Map<String, FieldKind> kinds = new HashMap<>();
      collect(JSON.readTree(content).path("components"), fields, lists, labels, kinds);
      fields.addAll(lists.keySet());
      return new FormFields(fields::contains, Map.copyOf(lists), Map.copyOf(labels), Map.copyOf(kinds));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the deployed form " + form.getKey() + " (" + form.getId() + ")", e);
    }
  }

  private static void collect(JsonNode components, Set<String> fields, Map<String, EditableList> lists,
      Map<String, String> labels, Map<String, FieldKind> kinds) {
    for (JsonNode component : components) {
      if ("dynamiclist".equals(component.path("type").asText())) {
        lists.put(component.path("path").asText(), EditableList.of(component));
      } else {
        if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
          String key = component.get("key").asText();
          fields.add(key);
          labels.put(key, component.path("label").asText(key));
          // A read-only field sends back what it shows, whatever its kind.
          FieldKind kind = component.path("readonly").asBoolean(false) ? null : FieldKind.of(component);
          if (kind != null) {
            kinds.put(key, kind);
          }
        }
        collect(component.path("components"), fields, lists, labels, kinds);
      }
    }
  }

  /** Sent back as stored; an empty field for a variable that does not exist counts as unchanged. */
  private static boolean same(Object sent, TypedValue stored) {
    if (stored == null || stored.getValue() == null && !(stored instanceof SerializableValue)) {
      String text = comparable(sent);
      return text.isEmpty() || text.equals("null");
    }
    return comparable(sent).equals(comparable(stored));
  }

  private static String comparable(Object value) {
    Object plain = value;
    if (value instanceof SerializableValue serializable && serializable.getValueSerialized() != null) {
      plain = serializable.getValueSerialized();
    } else if (value instanceof TypedValue typed) {
      plain = typed.getValue();
    }
    if (plain instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    if (plain instanceof Date date) {
      return Long.toString(date.getTime());
    }
    return String.valueOf(plain);
  }
}
