package vn.tdkt.common;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws into a generic ProcessEngineException (an
 * HTTP 500 whose text starts with "ENGINE-03051"). This interceptor, outside the transaction,
 * gives callers — Tasklist, REST, Java — the {@link InvalidInputException} itself, so an official
 * reads only the Vietnamese message and REST answers 400. The transaction is already rolled back.
 */
@Component
public class InvalidInputPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    addBeforeTransaction(configuration, new Unwrap());
  }

  /** An interceptor around each command as its caller sent it, before the engine opens a transaction. */
  public static void addBeforeTransaction(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
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

  static final class Unwrap extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        InvalidInputException invalid = causeOf(e, InvalidInputException.class);
        throw invalid != null ? invalid : e;
      }
    }
  }
}
