package vn.tdkt.common;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
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
    CommandInterceptors.beforeTransaction(configuration, new Unwrap());
  }

  static final class Unwrap extends CommandInterceptors.FailureTranslator {
    @Override
    RuntimeException translate(Command<?> command, RuntimeException failure) {
      InvalidInputException invalid = CommandInterceptors.causeOf(failure, InvalidInputException.class);
      return invalid != null ? invalid : failure;
    }
  }
}
