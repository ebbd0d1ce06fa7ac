package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;

@DisplayName("Hai thay đổi cùng lúc trên một công việc")
class ConcurrentChangePluginTest extends DriveTest {

  private static final CompleteTaskCmd COMPLETION = new CompleteTaskCmd("task-1", Map.of());

  @Test
  @DisplayName("cán bộ có thao tác bị từ chối vì thay đổi cùng lúc nhận thông báo tiếng Việt, mã lỗi của Camunda giữ nguyên")
  void anOfficialsConflictIsExplainedInVietnamese() {
    OptimisticLockingException conflict = conflict();

    assertThatThrownBy(() -> explainAround(new ProcessEngineException("ENGINE-16004", conflict)).execute(COMPLETION))
        .isInstanceOfSatisfying(OptimisticLockingException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(ConcurrentChangePlugin.MESSAGE);
          assertThat(e.getCode()).isEqualTo(conflict.getCode());
          assertThat(e.getCause()).isSameAs(conflict);
        });
  }

  @Test
  @DisplayName("tác vụ nền gặp thay đổi cùng lúc giữ nguyên lỗi để engine tự chạy lại; lỗi khác không bị đổi")
  void jobsAndOtherFailuresAreLeftAsTheyAre() {
    OptimisticLockingException conflict = conflict();
    assertThatThrownBy(() -> explainAround(conflict).execute(new ExecuteJobsCmd("job-1", null))).isSameAs(conflict);

    ProcessEngineException other = new ProcessEngineException("ENGINE-03051 something else");
    assertThatThrownBy(() -> explainAround(other).execute(COMPLETION)).isSameAs(other);
  }

  @Test
  @DisplayName("mọi thao tác qua engine (Tasklist, REST, Java) đều qua bước giải thích này")
  void theEngineExplainsEveryCommand() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCustomPreCommandInterceptorsTxRequired()).hasAtLeastOneElementOfType(ConcurrentChangePlugin.Explain.class);
  }

  private static OptimisticLockingException conflict() {
    OptimisticLockingException conflict = new OptimisticLockingException(
        "ENGINE-03005 Execution of 'UPDATE ExecutionEntity[1]' failed. Entity was updated by another transaction concurrently.");
    conflict.setCode(1);
    return conflict;
  }

  private static ConcurrentChangePlugin.Explain explainAround(RuntimeException failure) {
    ConcurrentChangePlugin.Explain explain = new ConcurrentChangePlugin.Explain();
    explain.setNext(new CommandExecutor() {
      @Override
      public <T> T execute(Command<T> command) {
        throw failure;
      }
    });
    return explain;
  }
}
