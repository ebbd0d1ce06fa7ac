package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;

@DisplayName("Nhóm và quyền được thiết lập khi khởi động")
class AccessSetupTest extends DriveTest {

  @Autowired AuthorizationService authorizations;
  @Autowired AccessSetup accessSetup;

  @Test
  @DisplayName("nhóm quản trị của Camunda hiện tên tiếng Việt trong Admin, mã nhóm giữ nguyên")
  void administratorsGroupHasAVietnameseName() {
    assertThat(identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult().getName())
        .isEqualTo("Quản trị hệ thống");
    assertThat(identity.createGroupQuery().groupMember("admin").groupId(Groups.CAMUNDA_ADMIN).count()).isEqualTo(1);
  }

  @Test
  @DisplayName("bản ghi thu hồi quyền quản trị viên tạo trong Admin được giữ nguyên khi khởi động lại, quyền của vai trò được cấp lại riêng")
  void aRevocationMadeInAdminSurvivesARestart() {
    Authorization grant = monitorsOnEmulationPlan(Authorization.AUTH_TYPE_GRANT);
    authorizations.deleteAuthorization(grant.getId());
    Authorization revoked = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoked.setGroupId("monitor");
    revoked.setResource(Resources.PROCESS_DEFINITION);
    revoked.setResourceId("emulationPlan");
    revoked.removePermission(ProcessDefinitionPermissions.READ_TASK);
    authorizations.saveAuthorization(revoked);
    try {
      accessSetup.setUp();

      assertThat(monitorsOnEmulationPlan(Authorization.AUTH_TYPE_REVOKE)
          .isPermissionRevoked(ProcessDefinitionPermissions.READ_TASK)).as("the administrator's revocation").isTrue();
      assertThat(monitorsOnEmulationPlan(Authorization.AUTH_TYPE_GRANT)
          .isPermissionGranted(ProcessDefinitionPermissions.READ_TASK)).as("the role's grant, made anew").isTrue();
    } finally {
      authorizations.deleteAuthorization(revoked.getId());
    }
  }

  private Authorization monitorsOnEmulationPlan(int type) {
    return authorizations.createAuthorizationQuery().authorizationType(type).groupIdIn("monitor")
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("emulationPlan").singleResult();
  }
}
