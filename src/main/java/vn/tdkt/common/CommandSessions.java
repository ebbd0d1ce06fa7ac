package vn.tdkt.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Camunda's sessions: one object of a type per command, opened when the command first asks for
 * it ({@code CommandContext#getSession}). Registered after Camunda's own, a factory for one of its
 * types takes its place.
 */
public final class CommandSessions {

  private CommandSessions() {}

  public static void register(ProcessEngineConfigurationImpl configuration, Class<?> type, Supplier<Session> open) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) {
      factories.addAll(configuration.getCustomSessionFactories());
    }
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return type;
      }

      @Override
      public Session openSession() {
        return open.get();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }
}
