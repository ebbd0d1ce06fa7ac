package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;

@DisplayName("Cán bộ rời nhóm của đơn vị thì trả lại việc đã nhận")
class LeavingMembersTest extends DriveTest {

  private static final String OFFICERS = "unit-so-gddt-officer";

  @Autowired AuthorizationService authorizations;

  @Test
  @DisplayName("quản trị đưa cán bộ ra khỏi nhóm của đơn vị: việc cán bộ đã nhận trở về nhóm, cán bộ không còn thấy việc")
  void anOfficialTakenOutOfTheUnitGivesTheirTasksBack() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();
    tasks.claim(registration, "gddt.canbo");

    identity.deleteMembership("gddt.canbo", OFFICERS);
    try {
      assertHandedBack(plan, registration, "Trả lại việc cho nhóm: gddt.canbo không còn thuộc nhóm unit-so-gddt-officer.");
      assertThat(authorizations.createAuthorizationQuery().userIdIn("gddt.canbo").resourceType(Resources.TASK)
          .resourceId(registration).count()).isZero();
      assertThat(http().call("gddt.canbo", "GET", "/engine-rest/task/" + registration, null).status()).isEqualTo(404);
    } finally {
      identity.createMembership("gddt.canbo", OFFICERS);
    }
  }

  @Test
  @DisplayName("tài khoản của cán bộ bị xoá: việc cán bộ đã nhận trở về nhóm của đơn vị")
  void aDeletedAccountGivesItsTasksBack() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();
    User leaving = identity.newUser("gddt.canbo.cu");
    leaving.setFirstName("Lê Văn");
    leaving.setLastName("Cũ");
    identity.saveUser(leaving);
    identity.createMembership("gddt.canbo.cu", OFFICERS);
    tasks.claim(registration, "gddt.canbo.cu");

    identity.deleteUser("gddt.canbo.cu");

    assertHandedBack(plan, registration, "Trả lại việc cho nhóm: gddt.canbo.cu không còn tài khoản.");
  }

  @Test
  @DisplayName("quản trị xoá nhóm: việc thành viên đã nhận qua nhóm đó trở về đơn vị, việc của đơn vị khác không đổi")
  void aDeletedGroupsMembersGiveTheirTasksBack() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-yte");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();
    String otherUnits = unitTask(plan, "so-yte", "registerUnit").getId();
    identity.saveGroup(identity.newGroup("unit-so-gddt-tam"));
    identity.createMembership("gddt.canbo", "unit-so-gddt-tam");
    tasks.addCandidateGroup(registration, "unit-so-gddt-tam");
    identity.deleteMembership("gddt.canbo", OFFICERS);
    tasks.claim(registration, "gddt.canbo");
    tasks.claim(otherUnits, "yte.canbo");
    try {
      identity.deleteGroup("unit-so-gddt-tam");

      assertHandedBack(plan, registration, "Trả lại việc cho nhóm: gddt.canbo: nhóm unit-so-gddt-tam đã bị xoá.");
      assertThat(unitTask(plan, "so-yte", "registerUnit").getAssignee()).isEqualTo("yte.canbo");
    } finally {
      identity.createMembership("gddt.canbo", OFFICERS);
    }
  }

  @Test
  @DisplayName("cán bộ rời một nhóm khác của mình thì vẫn giữ việc của nhóm đơn vị")
  void leavingAnotherGroupKeepsTheUnitsTasks() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    String registration = unitTask(plan, "so-gddt", "registerUnit").getId();
    tasks.claim(registration, "gddt.canbo");
    identity.createMembership("gddt.canbo", "unit-so-yte-officer");

    identity.deleteMembership("gddt.canbo", "unit-so-yte-officer");

    assertThat(unitTask(plan, "so-gddt", "registerUnit").getAssignee()).isEqualTo("gddt.canbo");
  }

  /** The unit's registration is unclaimed again, with a comment saying why. */
  private void assertHandedBack(ProcessInstance plan, String registration, String comment) {
    assertThat(unitTask(plan, "so-gddt", "registerUnit").getAssignee()).isNull();
    assertThat(tasks.getTaskComments(registration)).extracting(Comment::getFullMessage).contains(comment);
  }
}
