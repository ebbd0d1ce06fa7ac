package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;

@DisplayName("Quyền xét theo đúng các nhóm của cán bộ (AuthorizedGroupsPlugin)")
class AuthorizedGroupsTest extends DriveTest {

  private static final String NO_GRANTS = "nhom-khong-co-quyen-gi";

  @Test
  @DisplayName("vài nhóm của cán bộ được xét nguyên như vậy, không dò cả bảng quyền; danh sách dài vẫn qua bộ lọc của Camunda")
  void fewGroupsAreCheckedAsTheyAre() {
    launchedAndApproved("so-gddt");

    // Camunda's own filter drops a group that holds no authorization, which means reading every group that holds one.
    assertThat(checkedGroups(List.of("unit-so-gddt-officer", NO_GRANTS)))
        .containsExactlyInAnyOrder("unit-so-gddt-officer", NO_GRANTS);

    List<String> many = new ArrayList<>(IntStream.rangeClosed(1, AuthorizedGroupsPlugin.FEW_GROUPS)
        .mapToObj(i -> NO_GRANTS + "-" + i).toList());
    many.add("unit-so-gddt-officer");
    assertThat(checkedGroups(many)).containsExactly("unit-so-gddt-officer");
  }

  @Test
  @DisplayName("nhóm chẳng có quyền gì không mở thêm được việc nào: cán bộ Sở Y tế vẫn không làm được việc của Sở GD&ĐT")
  void aGroupWithoutGrantsOpensNothing() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-yte");
    Task gddtRegistration = unitTask(plan, "so-gddt", "registerUnit");
    Map<String, Object> form = Map.of("registrationCommitments", "Hoàn thành vượt mức các chỉ tiêu năm 2025.");

    identity.setAuthentication("yte.canbo", List.of("unit-so-yte-officer", NO_GRANTS));
    try {
      assertThatThrownBy(() -> tasks.complete(gddtRegistration.getId(), form)).isInstanceOf(AuthorizationException.class);
      assertThat(tasks.createTaskQuery().taskId(gddtRegistration.getId()).count()).isZero();
    } finally {
      identity.clearAuthentication();
    }
    assertThat(tasks.createTaskQuery().taskId(gddtRegistration.getId()).count()).isOne();

    identity.setAuthentication("gddt.canbo", List.of("unit-so-gddt-officer", NO_GRANTS));
    try {
      tasks.complete(gddtRegistration.getId(), form);
    } finally {
      identity.clearAuthentication();
    }
    assertThat(tasks.createTaskQuery().taskId(gddtRegistration.getId()).count()).isZero();
  }

  /** The groups the engine's authorization checks use for an official of these groups. */
  private List<String> checkedGroups(List<String> groups) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
  }
}
