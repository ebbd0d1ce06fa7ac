package vn.tdkt.identity;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * An interceptor that holds officials to their own work. The engine itself (timers, asynchronous
 * steps, or acting for the user with authorization checks off) and administrators pass as they are.
 */
abstract class OfficialsInterceptor extends CommandInterceptor {

  @Override
  public final <T> T execute(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    Authentication user = context.getAuthentication();
    if (!context.isAuthorizationCheckEnabled() || user == null || user.getUserId() == null
        || user.getGroupIds() != null && user.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return next.execute(command);
    }
    return execute(command, context, user.getUserId());
  }

  /** The command sent for the official: refused, passed on, or run for them. */
  abstract <T> T execute(Command<T> command, CommandContext context, String official);
}
