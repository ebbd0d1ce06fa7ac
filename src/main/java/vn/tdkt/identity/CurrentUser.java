package vn.tdkt.identity;

import java.util.Collection;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The user of the current /api request (authenticated by {@link RestAuthentication}) and their roles. */
@Component
public class CurrentUser {

  private final IdentityService identity;

  public CurrentUser(IdentityService identity) {
    this.identity = identity;
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
   * took /api/overdue's p95 to 58 ms at national scale; 44 ms as the engine (docs/benchmark.md).
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
}
