package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lịch sử dữ liệu kế hoạch chép sang đơn vị")
class CopiesHistoryPluginTest {

  private final CopiesHistoryPlugin plugin = new CopiesHistoryPlugin();
  private final StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

  @Test
  @DisplayName("thay bộ ghi lịch sử của Camunda, đứng sau các bộ nhận sự kiện lịch sử khác đã cấu hình, như Camunda xếp")
  void takesThePlaceOfCamundasDatabaseHandler() {
    HistoryEventHandler other = new CompositeHistoryEventHandler();
    configuration.setCustomHistoryEventHandlers(new ArrayList<>(List.of(other)));

    plugin.preInit(configuration);
    plugin.postInit(configuration);

    assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isFalse();
    assertThat(configuration.getCustomHistoryEventHandlers()).hasSize(2).first().isSameAs(other);
    assertThat(configuration.getCustomHistoryEventHandlers().get(1)).isInstanceOf(CopiesHistoryPlugin.WithoutCopies.class);
  }

  @Test
  @DisplayName("cấu hình khác bỏ mất bộ ghi lịch sử này thì máy chủ không khởi động, nêu rõ lý do, thay vì chạy mà không ghi lịch sử")
  void refusesToStartWithoutAHistoryHandler() {
    plugin.preInit(configuration);
    configuration.setCustomHistoryEventHandlers(new ArrayList<>());

    assertThatThrownBy(() -> plugin.postInit(configuration)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("history handlers were replaced");
  }
}
