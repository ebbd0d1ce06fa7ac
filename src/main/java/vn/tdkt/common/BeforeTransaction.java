package vn.tdkt.common;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Interceptors around each command as its caller (Tasklist, REST, Java) sent it, before the
 * engine opens a transaction: they see what the caller asks for and what the caller gets back
 * once the transaction is rolled back.
 */
public final class BeforeTransaction {

  private BeforeTransaction() {}

  public static void add(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(interceptor);
  }

  /** The first exception of the type in the chain of causes, starting with {@code e} itself; null if none. */
  static <X extends Throwable> X causeOf(Throwable e, Class<X> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  /** Turns a command's failure into the one its caller should read. */
  abstract static class FailureTranslator extends CommandInterceptor {

    @Override
    public final <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        throw translate(command, e);
      }
    }

    /** The failure to give the caller: {@code failure} itself when there is nothing to translate. */
    abstract RuntimeException translate(Command<?> command, RuntimeException failure);
  }
}
