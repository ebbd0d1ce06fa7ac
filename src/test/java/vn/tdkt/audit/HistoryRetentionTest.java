package vn.tdkt.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;

@DisplayName("Lưu giữ lịch sử")
class HistoryRetentionTest extends DriveTest {

  /** The models' historyTimeToLive (P3650D): records are kept ten years from the closing of the file. */
  private static final long TEN_YEARS_IN_DAYS = 3650;

  @Test
  @DisplayName("lịch sử kế hoạch đã kết thúc được giữ mười năm kể từ ngày kết thúc, kể cả phần việc của đơn vị; thông báo kết quả mười năm kể từ khi đơn vị nhận; không tự dọn khi chưa đặt khung giờ dọn")
  void anEndedPlansHistoryIsKeptTenYearsFromItsEnd() {
    ProcessInstance plan = metProposingNobody("so-tu-phap");
    String line = unitDrive(plan, "so-tu-phap").getId();
    headApprovesSelection(plan, "so-tu-phap");
    runAsynchronousContinuations();
    finalReportWritten(plan);
    String notice = outcomeNotices(plan).get(0).getProcessInstanceId();
    at(LocalDateTime.of(2025, 10, 6, 9, 0));
    unitsAcknowledgeOutcome(plan);

    HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(plan.getId()).singleResult();
    assertThat(ended.getEndTime()).as("the plan has ended").isNotNull();
    assertThat(ended.getRemovalTime().toInstant())
        .isEqualTo(ended.getEndTime().toInstant().plus(TEN_YEARS_IN_DAYS, ChronoUnit.DAYS));
    HistoricProcessInstance unitsLine = history.createHistoricProcessInstanceQuery().processInstanceId(line).singleResult();
    assertThat(unitsLine.getRemovalTime()).as("the unit's line goes with its plan").isEqualTo(ended.getRemovalTime());
    HistoricProcessInstance told = history.createHistoricProcessInstanceQuery().processInstanceId(notice).singleResult();
    assertThat(told.getEndTime()).as("acknowledged after the plan ended").isAfter(ended.getEndTime());
    assertThat(told.getRemovalTime().toInstant()).as("the unit's notice is kept ten years from its acknowledgement")
        .isEqualTo(told.getEndTime().toInstant().plus(TEN_YEARS_IN_DAYS, ChronoUnit.DAYS));
    assertThat(history.findHistoryCleanupJobs()).as("no cleanup window: nothing is removed on its own").isEmpty();
  }
}
