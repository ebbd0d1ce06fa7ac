package vn.tdkt.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** The project's interceptors around the engine's commands, and where each one runs. */
public final class CommandInterceptors {

  private CommandInterceptors() {}

  /**
   * Around each command as its caller (Tasklist, REST, Java) sent it, before the engine opens a
   * transaction: the interceptor sees what the caller asks for and what the caller gets back once
   * the transaction is rolled back.
   */
  public static void beforeTransaction(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    append(configuration.getCustomPreCommandInterceptorsTxRequired(),
        configuration::setCustomPreCommandInterceptorsTxRequired, interceptor);
  }

  /** Inside each command's transaction, first thing: what it reads, the command finds in its cache. */
  public static void insideTransaction(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    append(configuration.getCustomPostCommandInterceptorsTxRequired(),
        configuration::setCustomPostCommandInterceptorsTxRequired, interceptor);
  }

  private static void append(List<CommandInterceptor> interceptors, Consumer<List<CommandInterceptor>> setter,
      CommandInterceptor interceptor) {
    List<CommandInterceptor> list = interceptors != null ? interceptors : new ArrayList<>();
    list.add(interceptor);
    setter.accept(list);
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
