package vn.tdkt.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production ({@code prod} profile) the application refuses to run while demo data is on, the
 * configured administrator's password is the demo one, any stored user still has the demo
 * password, or demo users exist, and says which: a province must not go live with accounts whose
 * password is printed in the README. The stored passwords are compared with the demo one by their
 * hashes, not by logging in, since failed attempts would count towards locking the users. (Camunda
 * creates the first administrator once and never changes an existing one's password, so a
 * database first started without {@code prod} keeps {@code admin} with the demo password whatever
 * {@code TDKT_ADMIN_PASSWORD} says later.)
 */
@Component
@Profile("prod")
public class ProductionGuard {

  /** Admin cannot be reached while this guard refuses to start, and without it demo data would come back. */
  private static final String WAY_OUT = "start once without the prod profile and with --tdkt.demo.enabled=false, "
      + "then in Admin (Users) ";

  private final IdentityService identity;
  private final PasswordManager passwords;
  private final boolean demoEnabled;
  private final String demoPassword;
  private final String adminPassword;

  public ProductionGuard(ProcessEngine engine, @Value("${tdkt.demo.enabled}") boolean demoEnabled,
      @Value("${tdkt.demo.password}") String demoPassword,
      @Value("${camunda.bpm.admin-user.password:}") String adminPassword) {
    this.identity = engine.getIdentityService();
    this.passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPasswordManager();
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
    List<String> withDemoPassword = identity.createUserQuery().list().stream()
        .filter(this::hasTheDemoPassword).map(User::getId).toList();
    if (!withDemoPassword.isEmpty()) {
      throw new IllegalStateException("Production profile refused: users with the demo password; " + WAY_OUT
          + "give them passwords of their own (or delete demo users), then start with prod again: "
          + String.join(", ", withDemoPassword));
    }
    List<String> demoUsers = DemoData.userIds().stream()
        .filter(id -> identity.createUserQuery().userId(id).count() > 0).toList();
    if (!demoUsers.isEmpty()) {
      throw new IllegalStateException("Production profile refused: demo users exist; " + WAY_OUT
          + "delete them, then start with prod again: " + String.join(", ", demoUsers));
    }
  }

  private boolean hasTheDemoPassword(User user) {
    return user instanceof UserEntity stored && stored.getPassword() != null
        && passwords.check(EncryptionUtil.saltPassword(demoPassword, stored.getSalt()), stored.getPassword());
  }
}
