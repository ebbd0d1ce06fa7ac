package vn.tdkt.common;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.stereotype.Component;

/**
 * Two changes of the same thing at the same moment: the engine refuses the second one (an
 * OptimisticLockingException, "ENGINE-03005 … was updated by another transaction concurrently"),
 * in English and in database terms. An official gets it in Vietnamese, with what to do; nothing
 * of the refused change was saved, so doing it again is safe. The type and code stay Camunda's,
 * so REST clients still recognize the conflict. Jobs are left as they are: the job executor tries
 * a conflicting job again by itself.
 */
@Component
public class ConcurrentChangePlugin extends AbstractProcessEnginePlugin {

  static final String MESSAGE = "Cùng lúc đó đã có một thay đổi khác trên công việc này (của cán bộ khác hoặc của"
      + " hệ thống) nên thao tác vừa rồi chưa được lưu. Vui lòng thực hiện lại.";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.beforeTransaction(configuration, new Explain());
  }

  static final class Explain extends CommandInterceptors.FailureTranslator {
    @Override
    RuntimeException translate(Command<?> command, RuntimeException failure) {
      OptimisticLockingException conflict = CommandInterceptors.causeOf(failure, OptimisticLockingException.class);
      if (conflict == null || command instanceof ExecuteJobsCmd) {
        return failure;
      }
      OptimisticLockingException explained = new OptimisticLockingException(MESSAGE, conflict);
      explained.setCode(conflict.getCode());
      return explained;
    }
  }
}
