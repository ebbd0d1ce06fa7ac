package vn.tdkt.identity;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** Who an engine command runs for, as the plugins that hold officials to their own work see it. */
final class ActingOfficial {

  private ActingOfficial() {}

  /**
   * The official's user id; null for the engine itself (timers, asynchronous steps, or acting for
   * the user with authorization checks off) and for administrators, who are not held.
   */
  static String of(CommandContext context) {
    Authentication user = context.getAuthentication();
    if (!context.isAuthorizationCheckEnabled() || user == null || user.getUserId() == null
        || user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return null;
    }
    return user.getUserId();
  }
}
