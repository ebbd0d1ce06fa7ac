package vn.tdkt.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The user of the current /api request (authenticated by {@link RestAuthentication}) and their roles. */
@Component
public class CurrentUser {

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  public CurrentUser(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  /** The signed-in user's id, for what the product records in their name outside the engine. */
  public String id() {
    Authentication user = identity.getCurrentAuthentication();
    return user == null ? null : user.getUserId();
  }

  /** Refuses the request with 403 and the Vietnamese message unless the user is in one of the groups. */
  public void requireAnyOf(Collection<String> groups, String refusal) {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getGroupIds() == null || user.getGroupIds().stream().noneMatch(groups::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, refusal);
    }
  }

  /**
   * Reads as the engine, for roles that read the history of every process anyway
   * (identity/AccessSetup): in the caller's name Camunda matches each row against the grants on
   * its process, its instance and itself (historic instance permissions, application.yaml), which
   * took /api/overdue's p95 to 58 ms at national scale, 44 ms as the engine, and a plan's
   * /api/audit to 1.7 s, 0.13 s as the engine (docs/benchmark.md).
   */
  public <T> T asTheEngine(Supplier<T> reading) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return reading.get();
    } finally {
      identity.setAuthentication(caller);
    }
  }

  /**
   * A report's reading of history as the engine ({@link #asTheEngine}), after its role check; refused
   * with 403 to a caller an administrator revoked from reading the history of one of the project's
   * processes, whose rows the engine would have left out in their name.
   */
  public <T> T readingHistory(Supplier<T> reading) {
    Authentication caller = identity.getCurrentAuthentication();
    if (asTheEngine(() -> historyRevokedFrom(caller))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Quản trị hệ thống đã thu hồi quyền xem lịch sử quy trình"
          + " của bạn nên bạn không xem được báo cáo này. Liên hệ quản trị hệ thống nếu cần xem.");
    }
    return asTheEngine(reading);
  }

  /** One look for REVOKEs naming the caller or their groups; each process is checked only when there is one. */
  private boolean historyRevokedFrom(Authentication caller) {
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    boolean revokes = revokesIn(authorizations.createAuthorizationQuery().userIdIn(caller.getUserId(), Authorization.ANY))
        || !groups.isEmpty() && revokesIn(authorizations.createAuthorizationQuery().groupIdIn(groups.toArray(String[]::new)));
    return revokes && Arrays.stream(AccessSetup.PROCESSES).anyMatch(process -> !authorizations.isUserAuthorized(
        caller.getUserId(), groups, Permissions.READ_HISTORY, Resources.PROCESS_DEFINITION, process));
  }

  private static boolean revokesIn(AuthorizationQuery query) {
    return query.authorizationType(Authorization.AUTH_TYPE_REVOKE).resourceType(Resources.PROCESS_DEFINITION).count() > 0;
  }
}
