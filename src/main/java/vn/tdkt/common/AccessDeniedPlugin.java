package vn.tdkt.common;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * An official refused by the engine's authorizations — changing a task's due date or groups in
 * Tasklist, taking a task of another unit, starting a process of the board — reads in Vietnamese
 * what they may not do, then, for the administrator they call, the permissions the engine looked
 * for, in its terms. The type and the missing authorizations stay Camunda's, so REST still answers
 * 403 with them.
 */
@Component
public class AccessDeniedPlugin extends AbstractProcessEnginePlugin {

  private static final Map<String, String> ACTIONS = Map.ofEntries(
      Map.entry("READ", "xem"), Map.entry("UPDATE", "thay đổi"), Map.entry("CREATE", "tạo"), Map.entry("DELETE", "xóa"),
      Map.entry("ACCESS", "mở"), Map.entry("TASK_WORK", "xử lý"), Map.entry("TASK_ASSIGN", "giao hay thay đổi"),
      Map.entry("CREATE_INSTANCE", "khởi tạo phiên chạy của"), Map.entry("READ_HISTORY", "xem lịch sử của"),
      Map.entry("DELETE_HISTORY", "xóa lịch sử của"), Map.entry("READ_TASK", "xem công việc của"),
      Map.entry("UPDATE_TASK", "thay đổi công việc của"), Map.entry("READ_INSTANCE", "xem các phiên chạy của"),
      Map.entry("UPDATE_INSTANCE", "thay đổi các phiên chạy của"), Map.entry("DELETE_INSTANCE", "xóa các phiên chạy của"),
      Map.entry("MIGRATE_INSTANCE", "di chuyển các phiên chạy của"), Map.entry("RETRY_JOB", "chạy lại tác vụ nền của"),
      Map.entry("SUSPEND", "tạm dừng"), Map.entry("SUSPEND_INSTANCE", "tạm dừng các phiên chạy của"),
      Map.entry("READ_VARIABLE", "xem dữ liệu của"), Map.entry("UPDATE_VARIABLE", "thay đổi dữ liệu của"),
      Map.entry("READ_TASK_VARIABLE", "xem dữ liệu công việc của"),
      Map.entry("UPDATE_TASK_VARIABLE", "thay đổi dữ liệu công việc của"),
      Map.entry("READ_INSTANCE_VARIABLE", "xem dữ liệu các phiên chạy của"),
      Map.entry("UPDATE_INSTANCE_VARIABLE", "thay đổi dữ liệu các phiên chạy của"));
  /** As the Vietnamese Admin webapp names them (its authorization pages). */
  private static final Map<String, String> RESOURCES = Map.ofEntries(
      Map.entry("Task", "công việc"), Map.entry("ProcessDefinition", "định nghĩa quy trình"),
      Map.entry("ProcessInstance", "phiên chạy quy trình"), Map.entry("Deployment", "gói triển khai"),
      Map.entry("DecisionDefinition", "định nghĩa quyết định"), Map.entry("Filter", "bộ lọc"),
      Map.entry("Application", "ứng dụng"), Map.entry("User", "người dùng"), Map.entry("Group", "nhóm"),
      Map.entry("Authorization", "phân quyền"),
      Map.entry("HistoricTask", "công việc (lịch sử)"),
      Map.entry("HistoricProcessInstance", "phiên chạy quy trình (lịch sử)"),
      Map.entry("Batch", "lô xử lý"));

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.beforeTransaction(configuration, new Explain());
  }

  static final class Explain extends CommandInterceptors.FailureTranslator {
    @Override
    RuntimeException translate(Command<?> command, RuntimeException failure) {
      org.camunda.bpm.engine.AuthorizationException denied =
          CommandInterceptors.causeOf(failure, org.camunda.bpm.engine.AuthorizationException.class);
      // Without missing authorizations it is the project's own refusal, already in Vietnamese.
      if (denied == null || denied.getMissingAuthorizations() == null || denied.getMissingAuthorizations().isEmpty()) {
        return failure;
      }
      return new AuthorizationException(denied);
    }
  }

  /**
   * Camunda's exception with the Vietnamese explanation as its message, under Camunda's name: REST
   * reports an exception's simple name as its type.
   */
  static final class AuthorizationException extends org.camunda.bpm.engine.AuthorizationException {
    AuthorizationException(org.camunda.bpm.engine.AuthorizationException denied) {
      super(denied.getUserId(), denied.getMissingAuthorizations());
      initCause(denied);
    }

    @Override
    public String getMessage() {
      // Camunda lists the most specific permission first: the task itself before its process.
      MissingAuthorization first = getMissingAuthorizations().get(0);
      String resource = RESOURCES.getOrDefault(first.getResourceType(), first.getResourceType());
      boolean specific = first.getResourceId() != null && !Authorization.ANY.equals(first.getResourceId());
      return "Tài khoản " + getUserId() + " không có quyền "
          + ACTIONS.getOrDefault(first.getViolatedPermissionName(), first.getViolatedPermissionName()) + " " + resource
          + (specific ? " này" : "") + ". Nếu cần, hãy liên hệ Ban Thi đua - Khen thưởng hoặc quản"
          + " trị hệ thống. Chi tiết cho quản trị hệ thống: cần một trong các quyền "
          + getMissingAuthorizations().stream().map(m -> m.getViolatedPermissionName() + " trên " + m.getResourceType()
              + (m.getResourceId() == null ? "" : " " + m.getResourceId())).collect(Collectors.joining(", ")) + ".";
    }
  }
}
