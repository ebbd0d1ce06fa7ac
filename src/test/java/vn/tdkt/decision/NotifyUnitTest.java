package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.support.DriveTest;

@DisplayName("Thông báo kết quả cho các đơn vị")
class NotifyUnitTest extends DriveTest {

  private static final Map<String, Object> ACKNOWLEDGED = Map.of("outcomeAcknowledged", true);

  @Autowired PlatformTransactionManager transactions;

  @Test
  @DisplayName("hai đơn vị xác nhận đã nhận kết quả cùng lúc thì không đơn vị nào phải chờ hay gặp lỗi; kế hoạch ghi nhận cả hai rồi kết thúc")
  void unitsAcknowledgingAtOnceDoNotCollide() throws Exception {
    ProcessInstance plan = launchedAndApproved("so-tu-phap", "so-tai-chinh");
    registeredAndReported(plan, "so-tu-phap", "so-tai-chinh");
    for (String unit : List.of("so-tu-phap", "so-tai-chinh")) {
      recordMeeting(plan, unit, meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 4, 5, false))));
      headApprovesSelection(plan, unit);
    }
    List<Task> notices = outcomeNotices(plan);
    assertThat(notices).hasSize(2);

    // The first acknowledgement is written but not yet committed while the second one is made.
    TransactionTemplate inTransaction = new TransactionTemplate(transactions);
    CountDownLatch firstWritten = new CountDownLatch(1);
    CountDownLatch firstMayCommit = new CountDownLatch(1);
    ExecutorService officials = Executors.newFixedThreadPool(2);
    try {
      Future<?> first = officials.submit(() -> inTransaction.executeWithoutResult(status -> {
        tasks.complete(notices.get(0).getId(), ACKNOWLEDGED);
        firstWritten.countDown();
        await(firstMayCommit);
      }));
      assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
      Future<?> second = officials.submit(() -> tasks.complete(notices.get(1).getId(), ACKNOWLEDGED));
      try {
        second.get(30, TimeUnit.SECONDS); // would wait for the first one's lock, then fail, if both counted at once
      } finally {
        firstMayCommit.countDown();
      }
      first.get(30, TimeUnit.SECONDS);
    } finally {
      officials.shutdownNow();
    }

    assertThat(outcomeNotices(plan)).isEmpty();
    assertThat(plan).isNotEnded();
    runAsynchronousContinuations();
    assertThat(plan).isEnded();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
