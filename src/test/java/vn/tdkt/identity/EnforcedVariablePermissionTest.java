package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;

/**
 * An administrator may make Camunda check variable permissions of their own
 * ({@code enforceSpecificVariablePermission}): the task-input guard then reads what a task stores
 * as the official, not as the engine, and officials still work their forms.
 */
@DisplayName("Khi quản trị bật kiểm tra quyền riêng đối với biến")
class EnforcedVariablePermissionTest extends DriveTest {

  @Autowired AuthorizationService authorizations;

  /**
   * Switched on in the suite's engine for this class only, as an administrator would set it
   * ({@code camunda.bpm.generic-properties}): the engine reads the setting at each check and at each
   * task's grants, and a second engine in this JVM would share Camunda's registry of engines by name.
   */
  @BeforeEach
  void enforceVariablePermissions() {
    configuration().setEnforceSpecificVariablePermission(true);
  }

  @AfterEach
  void asInstalled() {
    configuration().setEnforceSpecificVariablePermission(false);
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @Test
  @DisplayName("đơn vị vẫn ghi kết quả họp xét; mục ngoài biểu mẫu bị sửa thì bị từ chối, gửi lại nguyên giá trị thì được;"
      + " đơn vị khác không ghi được")
  void officialsStillWorkTheirFormsAndNothingElse() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    registeredAndReported(plan, "so-gddt");
    Task meeting = unitTask(plan, "so-gddt", "recordSelectionMeeting");
    Map<String, Object> values = new HashMap<>(meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 8, 1, true))));

    values.put("unitName", "Sở Y tế");
    as("gddt.canbo", () -> assertThatThrownBy(() -> complete(meeting, values)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Công việc này không nhận các mục ngoài biểu mẫu: unitName"));
    values.put("unitName", runtime.getVariable(unitDrive(plan, "so-gddt").getId(), "unitName"));
    as("yte.canbo", () -> assertThatThrownBy(() -> complete(meeting, values)).isInstanceOf(AuthorizationException.class));
    // Without READ_VARIABLE on the task the official could not open the form's values: the guard, reading as them, refuses.
    Authorization grant = authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(meeting.getId())
        .groupIdIn("unit-so-gddt-officer").singleResult();
    authorizations.saveAuthorization(withoutReadVariable(grant));
    as("gddt.canbo", () -> assertThatThrownBy(() -> complete(meeting, values)).isInstanceOf(AuthorizationException.class)
        .hasMessageContaining("READ_VARIABLE"));
    grant.addPermission(TaskPermissions.READ_VARIABLE);
    authorizations.saveAuthorization(grant);
    as("gddt.canbo", () -> complete(meeting, values));

    assertThat(unitDrive(plan, "so-gddt")).isWaitingAt("approveSelection");
  }

  private static Authorization withoutReadVariable(Authorization grant) {
    assertThat(grant.isPermissionGranted(TaskPermissions.READ_VARIABLE)).as("the engine's grant to a candidate group").isTrue();
    grant.removePermission(TaskPermissions.READ_VARIABLE);
    return grant;
  }
}
