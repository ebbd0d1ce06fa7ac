package vn.tdkt.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production ({@code prod} profile) the application refuses to run while demo data is on,
 * demo users exist, or the first administrator's password is the demo one, and says which: a
 * province must not go live with accounts whose password is printed in the README. (Passwords
 * are not tried against users, since failed attempts would count towards locking them.)
 */
@Component
@Profile("prod")
public class ProductionGuard {

  private final IdentityService identity;
  private final boolean demoEnabled;
  private final String demoPassword;
  private final String adminPassword;

  public ProductionGuard(IdentityService identity, @Value("${tdkt.demo.enabled}") boolean demoEnabled,
      @Value("${tdkt.demo.password}") String demoPassword,
      @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
    this.identity = identity;
    this.demoEnabled = demoEnabled;
    this.demoPassword = demoPassword;
    this.adminPassword = adminPassword;
  }

  public void verify() {
    if (demoEnabled) {
      throw new IllegalStateException("Production profile with demo data: set tdkt.demo.enabled=false.");
    }
    if (demoPassword.equals(adminPassword)) {
      throw new IllegalStateException("Production profile with the demo password for the administrator: "
          + "set TDKT_ADMIN_PASSWORD (camunda.bpm.admin-user.password) to a password of your own.");
    }
    List<String> demoUsers = DemoData.userIds().stream()
        .filter(id -> identity.createUserQuery().userId(id).count() > 0).toList();
    if (!demoUsers.isEmpty()) {
      throw new IllegalStateException("Production profile refused: demo users exist, delete them in Admin first: "
          + String.join(", ", demoUsers));
    }
  }
}
