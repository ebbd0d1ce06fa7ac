package vn.tdkt.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;
import vn.tdkt.selection.RecordSelectionMeeting;

/**
 * The selection meeting's form a plan names (selectionMeetingForm): it must be deployed and offer
 * every field the meeting's checks read for this plan — a rating for each of the plan's rating
 * years, the answers its proposal gate reads — or no unit could ever record its meeting.
 */
@Component
class SelectionMeetingForm {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What keeps this form from serving the plan, in words for the official who launches it. */
  List<String> problems(String form, List<Integer> ratingYears, boolean hasProposalGate) {
    Optional<Set<String>> keys = fieldKeys(form);
    if (keys.isEmpty()) {
      return List.of("Không có biểu mẫu họp xét \"" + form + "\" (biểu mẫu có id " + form + ", thường là tệp forms/" + form
          + ".form).");
    }
    List<String> problems = new ArrayList<>();
    ratingYears.stream().filter(year -> !keys.get().contains(RecordSelectionMeeting.ratingField(year))).forEach(year ->
        problems.add("Biểu mẫu họp xét \"" + form + "\" không có ô xếp loại năm " + year + " ("
            + RecordSelectionMeeting.ratingField(year) + ") mà kế hoạch yêu cầu; chọn biểu mẫu khác hoặc sửa năm xếp loại."));
    List<String> missingGate = RecordSelectionMeeting.GATE_FIELDS.stream().filter(field -> !keys.get().contains(field)).toList();
    if (hasProposalGate && !missingGate.isEmpty()) {
      problems.add("Biểu mẫu họp xét \"" + form + "\" không có các ô mà điều kiện đề nghị của kế hoạch đọc ("
          + String.join(", ", missingGate) + "); chọn biểu mẫu khác hoặc bỏ điều kiện đề nghị.");
    }
    return problems;
  }

  /**
   * The keys of every field of the form's latest version by its id, lists' columns included: the
   * version the meeting's task shows (formRefBinding latest), whatever file or deployment brought it.
   * Read in the launch's own command.
   */
  private static Optional<Set<String>> fieldKeys(String form) {
    CommandContext context = Context.getCommandContext();
    CamundaFormDefinition latest = new GetCamundaFormDefinitionCmd(
        new CamundaFormRefImpl(form, DefaultFormHandler.FORM_REF_BINDING_LATEST), null).execute(context);
    if (latest == null) {
      return Optional.empty();
    }
    byte[] content = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(latest.getDeploymentId(), latest.getResourceName()).getBytes();
    try {
      Set<String> keys = new TreeSet<>();
      collectKeys(JSON.readTree(content), keys);
      return Optional.of(keys);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the deployed form " + latest.getResourceName(), e);
    }
  }

  private static void collectKeys(JsonNode component, Set<String> keys) {
    if (component.hasNonNull("key")) {
      keys.add(component.get("key").asText());
    }
    component.path("components").forEach(child -> collectKeys(child, keys));
  }
}
