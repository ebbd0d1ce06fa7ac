package vn.tdkt.common;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/** How messages and notices name a person: "Nguyễn Thị Hà (canbo.bantdkt)", or the id alone when no name is known. */
public final class People {

  private People() {}

  /** Inside a command, read with the caller's rights. */
  public static String nameAndId(CommandContext context, String userId) {
    User user = context.getReadOnlyIdentityProvider().findUserById(userId);
    String name = user == null ? "" : (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).trim();
    return name.isEmpty() ? userId : name + " (" + userId + ")";
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
