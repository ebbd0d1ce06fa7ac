package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;

@DisplayName("Bộ lọc công việc trong Tasklist")
class TasklistFiltersTest extends DriveTest {

  @Autowired FilterService filters;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  @DisplayName("\"Việc của đơn vị\" cho mỗi người đúng việc của đơn vị mình, kèm số kế hoạch và tên đơn vị")
  void unitWorkFilterShowsOnlyTheUnitsTasksWithPlanAndUnit() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-yte");
    Filter unitWork = filters.createFilterQuery().filterName("Việc của đơn vị").singleResult();
    String gddtLine = unitDrive(plan, "so-gddt").getId();
    String yteLine = unitDrive(plan, "so-yte").getId();

    identity.setAuthentication("gddt.canbo", List.of("unit-so-gddt-officer"));
    // As Tasklist asks: a page of the filter (the engine refuses unbounded queries in a user's name).
    List<Task> gddt = filters.listPage(unitWork.getId(), 0, 50);

    assertThat(gddt).extracting(Task::getProcessInstanceId).contains(gddtLine).doesNotContain(yteLine);
    assertThat(runtime.createProcessInstanceQuery().processInstanceIds(java.util.Set.of(gddtLine, yteLine)).listPage(0, 10))
        .as("a unit reads its own line of work only").extracting(ProcessInstance::getId).containsExactly(gddtLine);
    assertThat(unitWork.getProperties().get("variables")).isEqualTo(List.of(
        Map.of("name", "unitName", "label", "Đơn vị"), Map.of("name", "planNumber", "label", "Số kế hoạch")));
  }

  @Test
  @DisplayName("\"Sắp đến hạn\" đưa việc đăng ký vào danh sách của đơn vị từ ngày nhắc hạn 30/10/2024, hai ngày làm việc trước hạn")
  void dueSoonFilterShowsWorkFromItsReminderDay() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    Filter dueSoon = filters.createFilterQuery().filterName("Sắp đến hạn").singleResult();
    String gddtLine = unitDrive(plan, "so-gddt").getId();

    at(LocalDateTime.of(2024, 10, 29, 23, 59, 59));
    identity.setAuthentication("gddt.canbo", List.of("unit-so-gddt-officer"));
    assertThat(filters.<Task>listPage(dueSoon.getId(), 0, 50)).extracting(Task::getProcessInstanceId).doesNotContain(gddtLine);
    identity.clearAuthentication();

    at(LocalDateTime.of(2024, 10, 30, 7, 30));
    identity.setAuthentication("gddt.canbo", List.of("unit-so-gddt-officer"));
    assertThat(filters.<Task>listPage(dueSoon.getId(), 0, 50)).extracting(Task::getProcessInstanceId).contains(gddtLine);
  }
}
