package vn.tdkt.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.calendar.EscalateOverdueTask;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.support.DriveTest;

/**
 * One row of a work plan, path by path: the row is started on its own with the variables the
 * plan hands it (seed 002's units, quarter I of 2025, due at the end of 31/03/2025).
 */
@DisplayName("Một nhiệm vụ của kế hoạch công tác")
class WorkItemTest extends DriveTest {

  private static final String NOI_VU = "bn-so-noi-vu";
  private static final String UBND_TINH = "bn-ubnd-tinh";

  @Test
  @DisplayName("đơn vị thực hiện báo cáo, đơn vị chỉ đạo nghiệm thu: nhiệm vụ kết thúc, việc phối hợp còn mở cũng đóng")
  void acceptedResultEndsTheRow() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow(NOI_VU, List.of(UBND_TINH), List.of("bn-so-tu-phap"), false);

    Task work = task(row, "carryOutWorkItem");
    assertThat(work).hasCandidateGroup("unit-bn-so-noi-vu-officer");
    assertThat(work.getDueDate()).isEqualTo(endOf(2025, 3, 31));
    assertThat(work.getDescription()).startsWith("Nhiệm vụ I.7, quý 1 năm 2025").contains("Cụm, Khối thi đua");
    complete(work, Map.of("workResult", "Đã ban hành Quyết định số 15/QĐ-UBND ngày 20/02/2025."));

    Task review = task(row, "reviewWorkItem");
    assertThat(review).hasCandidateGroup("unit-bn-ubnd-tinh-officer");
    complete(review, Map.of("workAccepted", true));
    assertThat(row).isEnded().hasPassed("resultAccepted", "workItemDone");
  }

  @Test
  @DisplayName("ý kiến phối hợp đang được ghi vào nhiệm vụ: đơn vị chỉ đạo được báo chờ rồi nghiệm thu, ý kiến không mất")
  void acceptanceWaitsForAnInputBeingRecorded() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow(NOI_VU, List.of(UBND_TINH), List.of("bn-so-tu-phap"), false);
    tasks.complete(contributionOf(row, "bn-so-tu-phap").getId(), Map.of("coordinationInput", "Ý kiến của Sở Tư pháp."));
    tasks.complete(task(row, "carryOutWorkItem").getId(), Map.of("workResult", "Đã ban hành quyết định."));

    assertThatThrownBy(() -> complete(task(row, "reviewWorkItem"), Map.of("workAccepted", true)))
        .isInstanceOf(InvalidInputException.class).hasMessage("Hệ thống đang ghi ý kiến phối hợp của: Sở Tư pháp tỉnh Bắc Ninh."
            + " Vui lòng nghiệm thu lại sau ít phút; nếu vẫn gặp thông báo này, xin báo quản trị hệ thống.");

    runAsynchronousContinuations();
    Task review = task(row, "reviewWorkItem");
    assertThat(read(forms.getTaskFormVariables(review.getId()).get("coordinationInputs").toString())).singleElement()
        .satisfies(input -> assertThat(input.get("input")).isEqualTo("Ý kiến của Sở Tư pháp."));
    complete(review, Map.of("workAccepted", true));
    assertThat(row).isEnded();
  }

  /** A row of 14/02/2025 coordinated by Sở Tư pháp, which has answered, and Sở Y tế, which has not. */
  private ProcessInstance rowWithOnlySoTuPhapAnswered() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow(NOI_VU, List.of(UBND_TINH), List.of("bn-so-tu-phap", "bn-so-y-te"), false);
    complete(contributionOf(row, "bn-so-tu-phap"), Map.of("coordinationInput", "Ý kiến của Sở Tư pháp."));
    return row;
  }

  @Test
  @DisplayName("đơn vị chỉ đạo thấy đơn vị phối hợp nào chưa gửi ý kiến khi nghiệm thu; đơn vị gửi trong lúc đó thì không còn bị ghi là chưa gửi")
  void theReviewNamesWhoHasNotCoordinated() {
    ProcessInstance row = rowWithOnlySoTuPhapAnswered();
    complete(task(row, "carryOutWorkItem"), Map.of("workResult", "Đã ban hành quyết định."));

    String review = task(row, "reviewWorkItem").getId();
    assertThat(forms.getTaskFormVariables(review).getValue("coordinationMissing", String.class)).isEqualTo("Sở Y tế tỉnh Bắc Ninh");
    complete(contributionOf(row, "bn-so-y-te"), Map.of("coordinationInput", "Ý kiến của Sở Y tế."));
    assertThat(forms.getTaskFormVariables(review).getValue("coordinationMissing", String.class)).isNull();
  }

  @Test
  @DisplayName("việc đôn đốc nhiệm vụ quá hạn ghi đơn vị phối hợp nào chưa gửi ý kiến; việc phối hợp của đơn vị đó cũng được"
      + " đẩy lên, báo quá hạn")
  void theFollowUpNamesWhoHasNotCoordinated() {
    ProcessInstance row = rowWithOnlySoTuPhapAnswered();
    at(LocalDateTime.of(2025, 4, 1, 0, 0));

    Task followUp = task(row, "followUpWorkItem");
    assertThat(forms.getTaskFormVariables(followUp.getId()).getValue("coordinationMissing", String.class))
        .isEqualTo("Sở Y tế tỉnh Bắc Ninh");
    Task coordination = contributionOf(row, "bn-so-y-te");
    assertThat(coordination.getPriority()).isEqualTo(EscalateOverdueTask.ESCALATED_PRIORITY);
    assertThat(tasks.getTaskComments(coordination.getId())).extracting(Comment::getFullMessage)
        .containsExactly("Quá hạn: nhiệm vụ I.7 đã quá hạn (hạn đến hết ngày 31/03/2025); đã báo đơn vị chỉ đạo.");
  }

  @Test
  @DisplayName("đơn vị chỉ đạo trả lại kèm lý do: đơn vị thực hiện thấy lý do, làm tiếp, rồi được nghiệm thu")
  void returnedResultGoesBackWithTheReason() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow(NOI_VU, List.of(UBND_TINH), List.of(), false);
    complete(task(row, "carryOutWorkItem"), Map.of("workResult", "Đã trình dự thảo quyết định."));

    assertThatThrownBy(() -> complete(task(row, "reviewWorkItem"), Map.of("workAccepted", false)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("phải ghi lý do");
    complete(task(row, "reviewWorkItem"), Map.of("workAccepted", false,
        "reviewComments", "Bổ sung danh sách đơn vị của Khối các cơ quan kinh tế."));

    Task again = task(row, "carryOutWorkItem");
    assertThat(forms.getTaskFormVariables(again.getId()).getValue("reviewComments", String.class))
        .isEqualTo("Bổ sung danh sách đơn vị của Khối các cơ quan kinh tế.");
    complete(again, Map.of("workResult", "Đã bổ sung và ban hành quyết định."));
    assertOpensBlank(task(row, "reviewWorkItem"), "workAccepted", "reviewComments");
    assertThatThrownBy(() -> complete(task(row, "reviewWorkItem"), Map.of("workAccepted", false)))
        .as("the last round's reason does not stand for this one").hasMessageContaining("phải ghi lý do");
    complete(task(row, "reviewWorkItem"), Map.of("workAccepted", true));
    assertThat(row).isEnded();
  }

  @Test
  @DisplayName("báo cáo không có kết quả thì bị từ chối, việc vẫn còn nguyên")
  void emptyResultIsRefused() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow(NOI_VU, List.of(UBND_TINH), List.of(), false);

    assertThatThrownBy(() -> complete(task(row, "carryOutWorkItem"), Map.of("workResult", " ")))
        .isInstanceOf(InvalidInputException.class).hasMessage("Chưa nhập kết quả thực hiện nhiệm vụ.");
    assertThat(row).isWaitingAt("carryOutWorkItem");
  }

  /** A row of quarter I for Sở Nội vụ, directed by UBND tỉnh, started on 14/02/2025 and reported at once. */
  private ProcessInstance reportedInFebruary() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow(NOI_VU, List.of(UBND_TINH), List.of(), false);
    complete(task(row, "carryOutWorkItem"), Map.of("workResult", "Đã ban hành quyết định."));
    return row;
  }

  /** A row of quarter I for Sở Nội vụ, directed by UBND tỉnh and HĐND tỉnh, started on 14/02/2025. */
  private ProcessInstance directedByTheProvinceAndItsCouncil() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    return workItemRow(NOI_VU, List.of(UBND_TINH, "bn-hdnd-tinh"), List.of(), false);
  }

  @Test
  @DisplayName("hết quý chưa xong: việc được đẩy lên, đơn vị chỉ đạo nhận việc đôn đốc, đơn vị thực hiện thấy ý kiến chỉ đạo")
  void overdueRowEscalatesToTheDirectingUnit() {
    ProcessInstance row = directedByTheProvinceAndItsCouncil();
    at(LocalDateTime.of(2025, 3, 31, 23, 0));
    assertThat(row).isNotWaitingAt("followUpWorkItem");

    at(LocalDateTime.of(2025, 4, 1, 0, 0));
    Task followUp = task(row, "followUpWorkItem");
    assertThat(tasks.getIdentityLinksForTask(followUp.getId())).extracting(IdentityLink::getGroupId)
        .containsExactlyInAnyOrder("unit-bn-ubnd-tinh-officer", "unit-bn-hdnd-tinh-officer");
    Task work = task(row, "carryOutWorkItem");
    assertThat(work.getPriority()).isEqualTo(90);
    assertThat(tasks.getTaskComments(work.getId())).extracting(c -> c.getFullMessage())
        .containsExactly("Quá hạn: nhiệm vụ I.7 đã quá hạn (hạn đến hết ngày 31/03/2025); đã báo đơn vị chỉ đạo.");

    assertThatThrownBy(() -> complete(followUp, Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessage("Chưa chọn tiếp tục đôn đốc hay kết thúc vì đơn vị không hoàn thành nhiệm vụ.");
    assertThatThrownBy(() -> complete(followUp, Map.of(CLOSED, false)))
        .isInstanceOf(InvalidInputException.class).hasMessage("Chưa nhập ý kiến chỉ đạo, đôn đốc đơn vị thực hiện.");
    keepFollowingUp(followUp, "Hoàn thành và báo cáo trước ngày 10/04/2025.");
    assertThat(forms.getTaskFormVariables(work.getId()).getValue("followUpInstruction", String.class))
        .isEqualTo("Hoàn thành và báo cáo trước ngày 10/04/2025.");
    complete(work, Map.of("workResult", "Đã ban hành quyết định ngày 08/04/2025."));
    complete(task(row, "reviewWorkItem"), Map.of("workAccepted", true));
    assertThat(row).isEnded();
  }

  @Test
  @DisplayName("danh sách việc quá hạn ghi việc phối hợp cho đơn vị phối hợp, việc thực hiện cho đơn vị thực hiện")
  void overdueWorkIsListedUnderTheUnitThatOwesIt() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow(NOI_VU, List.of(UBND_TINH), List.of("bn-so-tu-phap"), false);
    at(LocalDateTime.of(2025, 4, 1, 8, 0));

    Map<String, String> unitOfTask = new java.util.HashMap<>();
    http().call("canbo.bantdkt", "GET", "/api/overdue?planNumber=" + runtime.getVariable(row.getId(), "planNumber"), null)
        .body().forEach(t -> unitOfTask.put(t.get("taskName").asText(), t.get("unitCode").asText()));
    assertThat(unitOfTask).containsExactlyInAnyOrderEntriesOf(Map.of(
        "Thực hiện nhiệm vụ", NOI_VU, "Phối hợp thực hiện nhiệm vụ", "bn-so-tu-phap"));
  }

  @Test
  @DisplayName("việc đôn đốc quá hạn được ghi cho các đơn vị chỉ đạo phải đôn đốc, lọc được theo từng đơn vị")
  void overdueFollowUpIsListedUnderTheDirectingUnits() {
    ProcessInstance row = directedByTheProvinceAndItsCouncil();
    at(LocalDateTime.of(2025, 4, 1, 0, 0));
    at(LocalDateTime.of(2025, 4, 15, 8, 0)); // the follow-up of 01/04 was due by the end of 09/04 (07/04 a holiday)
    String plan = "/api/overdue?planNumber=" + runtime.getVariable(row.getId(), "planNumber");

    Map<String, String> unitOfTask = new java.util.HashMap<>();
    http().call("canbo.bantdkt", "GET", plan, null).body()
        .forEach(t -> unitOfTask.put(t.get("taskName").asText(), t.get("unitCode").asText()));
    assertThat(unitOfTask).containsExactlyInAnyOrderEntriesOf(Map.of(
        "Thực hiện nhiệm vụ", NOI_VU, "Đôn đốc nhiệm vụ quá hạn", "bn-hdnd-tinh"));
    assertThat(http().call("canbo.bantdkt", "GET", plan + "&unitCode=" + UBND_TINH, null).body())
        .singleElement().satisfies(t -> {
          assertThat(t.get("taskName").asText()).isEqualTo("Đôn đốc nhiệm vụ quá hạn");
          assertThat(t.get("unitName").asText().split(", ")).as("both directing units, named")
              .containsExactlyInAnyOrder("UBND tỉnh Bắc Ninh", "HĐND tỉnh Bắc Ninh");
        });
  }

  @Test
  @DisplayName("hết quý khi kết quả đang chờ nghiệm thu: không đôn đốc đơn vị thực hiện; kết quả bị trả lại sau đó thì"
      + " 10 ngày làm việc sau đơn vị chỉ đạo nhận việc đôn đốc, thấy kết quả bị trả lại và lý do")
  void rowReturnedAfterTheQuarterIsFollowedUp() {
    ProcessInstance row = reportedInFebruary();

    at(LocalDateTime.of(2025, 4, 2, 8, 0));
    assertThat(row).hasPassed("escalateWorkItem").isWaitingAt("reviewWorkItem", "waitForWorkItem").hasNotPassed("followUpWorkItem");
    complete(task(row, "reviewWorkItem"), Map.of("workAccepted", false, "reviewComments", "Bổ sung phụ lục danh sách."));

    at(LocalDateTime.of(2025, 4, 15, 8, 0));
    assertThat(row).isNotWaitingAt("followUpWorkItem");
    at(LocalDateTime.of(2025, 4, 18, 8, 0)); // 10 working days after 01/04, 07/04 a holiday
    Task followUp = task(row, "followUpWorkItem");
    assertThat(followUp).hasCandidateGroup("unit-bn-ubnd-tinh-officer");
    // Whoever chases the unit reads what was returned and why.
    assertThat(forms.getTaskFormVariables(followUp.getId(), List.of("workResult", "reviewComments"), true))
        .containsEntry("workResult", "Đã ban hành quyết định.").containsEntry("reviewComments", "Bổ sung phụ lục danh sách.");
    // Shown, never sent back: a follow-up submitted after the unit reports again must not restore the returned result.
    assertThat(List.of(formField("followUpWorkItem", "workResult"), formField("followUpWorkItem", "reviewComments")))
        .allSatisfy(field -> assertThat(field.path("disabled").asBoolean()).isTrue());
  }

  @Test
  @DisplayName("đơn vị chỉ đạo trả lại kết quả sau khi hết quý, kèm hạn mới: đơn vị thực hiện làm tiếp với hạn mới, không bị"
      + " đôn đốc trước hạn đó mà được đôn đốc ngay khi hạn đó qua; hạn mới đã qua thì bị từ chối")
  void aResultReturnedWithANewDayIsNotLateBeforeIt() {
    ProcessInstance row = reportedInFebruary();
    at(LocalDateTime.of(2025, 4, 2, 8, 0));
    Task review = task(row, "reviewWorkItem");

    assertThatThrownBy(() -> complete(review, Map.of("workAccepted", false, "reviewComments", "Bổ sung phụ lục danh sách.",
        "returnedDueDay", "2025-04-01"))).isInstanceOf(InvalidInputException.class)
        .hasMessage("Hạn mới (01/04/2025) phải sau hôm nay: hạn đến hết hôm nay thì đơn vị không còn thời gian thực hiện.");
    returnedWithANewDay(row, "2025-04-25");

    Task again = task(row, "carryOutWorkItem");
    assertThat(again.getDueDate()).isEqualTo(endOf(2025, 4, 25));
    // 25/04 is past the look 10 working days after the quarter.
    followedUpAsTheNewDayEnds(row, LocalDate.of(2025, 4, 25));
  }

  @Test
  @DisplayName("đơn vị chỉ đạo trả lại kết quả trước khi hết quý, kèm hạn mới sau quý: hết quý nhiệm vụ chưa bị đôn đốc,"
      + " hết hạn mới mà chưa xong thì được đôn đốc ngay")
  void aResultReturnedBeforeTheQuarterEndsIsLookedAtOnTheNewDay() {
    ProcessInstance row = reportedInFebruary();
    at(LocalDateTime.of(2025, 3, 10, 9, 0));
    returnedWithANewDay(row, "2025-04-25");

    followedUpAsTheNewDayEnds(row, LocalDate.of(2025, 4, 25));
  }

  @Test
  @DisplayName("sau khi gia hạn, đơn vị báo cáo rồi bị trả lại kèm hạn mới: hết hạn gia hạn chưa bị đôn đốc, hết hạn mới mà"
      + " chưa xong thì được đôn đốc ngay")
  void aResultReturnedAfterAnExtensionIsLookedAtOnTheNewDay() {
    ProcessInstance row = followedUpOnTheSecondOfApril();
    complete(task(row, "followUpWorkItem"), Map.of(CLOSED, false, "followUpInstruction", "Hoàn thành trước ngày 25/04/2025.",
        EXTENDED, "2025-04-25"));
    complete(task(row, "carryOutWorkItem"), Map.of("workResult", "Đã ban hành quyết định."));
    at(LocalDateTime.of(2025, 4, 10, 9, 0));
    returnedWithANewDay(row, "2025-05-09");

    followedUpAsTheNewDayEnds(row, LocalDate.of(2025, 5, 9));
  }

  private void returnedWithANewDay(ProcessInstance row, String newDay) {
    complete(task(row, "reviewWorkItem"), Map.of("workAccepted", false, "reviewComments", "Bổ sung phụ lục danh sách.",
        "returnedDueDay", newDay));
  }

  /** Nobody follows the row up within its new day; its directing unit does as the day ends, not at a later look. */
  private void followedUpAsTheNewDayEnds(ProcessInstance row, LocalDate newDay) {
    at(newDay.atTime(23, 59, 59));
    assertThat(row).isNotWaitingAt("followUpWorkItem");
    assertThat(task(row, "carryOutWorkItem").getPriority()).isEqualTo(Task.PRIORITY_NORMAL);
    at(newDay.plusDays(1).atStartOfDay());
    assertThat(task(row, "followUpWorkItem")).as("followed up as the new day ends")
        .hasCandidateGroup("unit-bn-ubnd-tinh-officer");
  }

  @Test
  @DisplayName("hạn mới khi trả lại không sau hạn cũ của nhiệm vụ thì bị từ chối, kèm lý do")
  void aNewDayNotAfterTheRowsDayIsRefused() {
    ProcessInstance row = reportedInFebruary();

    assertThatThrownBy(() -> complete(task(row, "reviewWorkItem"), Map.of("workAccepted", false,
        "reviewComments", "Bổ sung phụ lục danh sách.", "returnedDueDay", "2025-03-14")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Hạn mới (14/03/2025) phải sau hạn hiện tại của nhiệm vụ (31/03/2025); để trống nếu nhiệm vụ giữ hạn cũ.");
    assertThat(row).isWaitingAt("reviewWorkItem");
  }

  @Test
  @DisplayName("tiếp tục đôn đốc mà 10 ngày làm việc sau nhiệm vụ vẫn chưa xong: đơn vị chỉ đạo được giao đôn đốc lại,"
      + " lựa chọn lần trước không được chọn sẵn")
  void aRowStillNotDoneIsFollowedUpAgain() {
    ProcessInstance row = followedUpOnTheSecondOfApril();
    keepFollowingUp(task(row, "followUpWorkItem"), "Hoàn thành và báo cáo trước ngày 10/04/2025.");
    assertThat(row).isWaitingAt("carryOutWorkItem", "waitForWorkItem");

    at(LocalDateTime.of(2025, 4, 16, 8, 0));
    assertThat(row).isNotWaitingAt("followUpWorkItem");
    at(LocalDateTime.of(2025, 4, 21, 8, 0));
    Task again = task(row, "followUpWorkItem");
    assertOpensBlank(again, CLOSED);
    assertThat(tasks.getTaskComments(task(row, "carryOutWorkItem").getId())).as("flagged once for each follow-up").hasSize(2);

    complete(task(row, "carryOutWorkItem"), Map.of("workResult", "Đã ban hành quyết định ngày 22/04/2025."));
    complete(task(row, "reviewWorkItem"), Map.of("workAccepted", true));
    assertThat(row).isEnded();
    assertThat(management.createJobQuery().processInstanceId(row.getId()).count()).as("no follow-up left waiting").isZero();
  }

  @Test
  @DisplayName("đơn vị chỉ đạo gia hạn khi đôn đốc: việc của đơn vị thực hiện và đơn vị phối hợp nhận hạn mới, không bị"
      + " đôn đốc lại trước hạn mới; hết hạn mới mà chưa xong thì được đôn đốc lại")
  void aFollowUpExtendsTheRow() {
    ProcessInstance row = rowWithOnlySoTuPhapAnswered();
    at(LocalDateTime.of(2025, 4, 2, 9, 0));
    Task followUp = task(row, "followUpWorkItem");
    String instruction = "Hoàn thành trước ngày 25/04/2025.";

    assertThatThrownBy(() -> complete(followUp, Map.of(CLOSED, false, "followUpInstruction", instruction, EXTENDED, "2025-04-02")))
        .hasMessage("Ngày gia hạn (02/04/2025) phải sau hôm nay: hạn đến hết hôm nay thì đơn vị không còn thời gian"
            + " thực hiện.");
    assertThatThrownBy(() -> complete(followUp, Map.of(CLOSED, false, "followUpInstruction", instruction, EXTENDED, "25/04/2025")))
        .hasMessage("Ngày không hợp lệ: 25/04/2025 (cần dạng YYYY-MM-DD).");
    assertThatThrownBy(() -> complete(followUp, Map.of(CLOSED, false, "followUpInstruction", instruction, EXTENDED, "2025-04-07")))
        .hasMessageStartingWith("Ngày gia hạn (07/04/2025) là ngày nghỉ");
    assertThatThrownBy(() -> complete(followUp, Map.of(CLOSED, true, "notDoneReason", "Không thực hiện.", EXTENDED, "2025-04-25")))
        .hasMessageStartingWith("Đã chọn kết thúc nhiệm vụ thì không gia hạn");
    as("bn.ubnd.canbo", () -> complete(followUp, Map.of(CLOSED, false, "followUpInstruction", instruction, EXTENDED, "2025-04-25")));

    assertThat(row).isWaitingAt("carryOutWorkItem", "contributeToWorkItem", "waitForExtendedDeadline");
    for (Task work : List.of(task(row, "carryOutWorkItem"), contributionOf(row, "bn-so-y-te"))) {
      assertThat(work.getDueDate()).isEqualTo(endOf(2025, 4, 25));
      assertThat(work.getPriority()).as("no longer overdue").isEqualTo(Task.PRIORITY_NORMAL);
      assertThat(tasks.getTaskComments(work.getId())).extracting(Comment::getFullMessage)
          .contains("Gia hạn: đơn vị chỉ đạo gia hạn nhiệm vụ I.7 đến hết ngày 25/04/2025.");
      assertThat(forms.getTaskFormVariables(work.getId()).getValue("dueDay", String.class)).isEqualTo("2025-04-25");
    }

    at(LocalDateTime.of(2025, 4, 21, 8, 0)); // 10 working days after the follow-up: asked again without the extension
    assertThat(row).isNotWaitingAt("followUpWorkItem");
    at(LocalDateTime.of(2025, 4, 26, 0, 0));
    Task again = task(row, "followUpWorkItem");
    assertOpensBlank(again, CLOSED, EXTENDED);
    assertThat(tasks.getTaskComments(task(row, "carryOutWorkItem").getId())).extracting(Comment::getFullMessage)
        .contains("Quá hạn: nhiệm vụ I.7 đã quá hạn (hạn đến hết ngày 25/04/2025); đã báo đơn vị chỉ đạo.");

    complete(task(row, "carryOutWorkItem"), Map.of("workResult", "Đã trình dự thảo quyết định."));
    assertThatThrownBy(() -> complete(again, Map.of(CLOSED, false, "followUpInstruction", instruction, EXTENDED, "2025-05-09")))
        .as("a reported result is reviewed, not extended").hasMessageStartingWith("Đơn vị thực hiện đã báo cáo kết quả, đang"
            + " chờ nghiệm thu: không cần gia hạn.");
  }

  @Test
  @DisplayName("đơn vị chỉ đạo kết thúc nhiệm vụ vì đơn vị không hoàn thành, ghi lý do: việc thực hiện, phối hợp còn mở"
      + " cũng kết thúc, đơn vị thực hiện nhận thông báo kèm lý do, ngày và đơn vị chỉ đạo đã kết thúc")
  void theDirectingUnitClosesARowNotDone() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow(NOI_VU, List.of(UBND_TINH), List.of("bn-so-tu-phap"), false);
    at(LocalDateTime.of(2025, 4, 2, 9, 0));
    Task followUp = task(row, "followUpWorkItem");

    assertThatThrownBy(() -> complete(followUp, Map.of(CLOSED, true)))
        .isInstanceOf(InvalidInputException.class).hasMessage("Khi kết thúc phải ghi lý do nhiệm vụ không hoàn thành.");
    assertThat(row).isWaitingAt("followUpWorkItem", "carryOutWorkItem", "contributeToWorkItem");
    as("bn.ubnd.canbo", () -> complete(followUp,
        Map.of(CLOSED, true, "notDoneReason", "Đề án đã được UBND tỉnh dừng theo Văn bản số 120/UBND-NC.")));

    assertThat(row).isEnded().hasPassed("notifyWorkItemNotDone", "workItemNotDone").hasNotPassed("resultAccepted");
    assertThat(tasks.createTaskQuery().processInstanceId(row.getId()).count()).isZero();

    Task notice = tasks.createTaskQuery().processInstanceBusinessKey(row.getBusinessKey())
        .taskDefinitionKey("acknowledgeWorkItemNotDone").singleResult();
    assertThat(notice).hasCandidateGroup("unit-bn-so-noi-vu-officer");
    assertThat(notice.getDueDate()).isEqualTo(endOf(2025, 4, 17)); // to the end of 17/04: 10 working days, 07/04 a holiday
    var shown = forms.getTaskFormVariables(notice.getId());
    assertThat(shown.getValue("notDoneReason", String.class)).isEqualTo("Đề án đã được UBND tỉnh dừng theo Văn bản số 120/UBND-NC.");
    assertThat(shown.getValue("rowNumber", String.class)).isEqualTo("I.7");
    assertThat(shown.getValue("notDoneOn", String.class)).isEqualTo("2025-04-02");
    assertThat(shown.getValue("closedByUnitName", String.class)).isEqualTo("UBND tỉnh Bắc Ninh");
    assertThat(shown.getValue("unitCode", String.class)).isEqualTo(NOI_VU);
    assertThat(mayRead("noivu", "unit-bn-so-noi-vu-officer", notice.getProcessInstanceId()))
        .as("the executing unit reads its notice").isTrue();
    assertThat(mayRead("tuphap", "unit-bn-so-tu-phap-officer", notice.getProcessInstanceId()))
        .as("a coordinating unit does not").isFalse();
    // Only the row sends it: an official posting the message gets 403 and no notice.
    String forged = """
        {"messageName": "workItemNotDone", "businessKey": "%s",
         "processVariables": {"unitCode": {"value": "%s"}, "notDoneReason": {"value": "Giả mạo."}}}""".formatted(
        row.getBusinessKey(), NOI_VU);
    for (String user : List.of("bn.noivu.canbo", "bn.ubnd.canbo", "canbo.bantdkt")) {
      assertThat(http().call(user, "POST", "/engine-rest/message", forged).status()).as(user).isEqualTo(403);
    }
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("workItemNotDoneNotice")
        .processInstanceBusinessKey(row.getBusinessKey()).count()).isEqualTo(1);

    ProcessInstance noticeLine = ownInstance(runtime.createProcessInstanceQuery()
        .processInstanceId(notice.getProcessInstanceId()).singleResult());
    at(LocalDateTime.of(2025, 4, 18, 8, 0));
    assertThat(groupsOf(task(noticeLine, "acknowledgeWorkItemNotDone"))).as("the unit head is told after 10 working days")
        .contains("unit-bn-so-noi-vu-head");
    assertThatThrownBy(() -> complete(notice, Map.of())).isInstanceOf(InvalidInputException.class)
        .hasMessage("Cần đánh dấu «Đã nhận thông báo» để xác nhận đơn vị đã nhận thông báo.");
    complete(notice, Map.of("notDoneAcknowledged", true));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(notice.getProcessInstanceId()).count()).isZero();
  }

  @Test
  @DisplayName("đơn vị thực hiện đã báo cáo trong lúc chờ đôn đốc: không kết thúc là không hoàn thành được, đơn vị chỉ đạo"
      + " được đề nghị nghiệm thu hoặc trả lại")
  void aRowReportedMeanwhileIsReviewedNotClosed() {
    ProcessInstance row = followedUpOnTheSecondOfApril();
    complete(task(row, "carryOutWorkItem"), Map.of("workResult", "Đã ban hành quyết định ngày 02/04/2025."));

    assertThatThrownBy(() -> complete(task(row, "followUpWorkItem"), Map.of(CLOSED, true, "notDoneReason", "Quá hạn.")))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("Đơn vị thực hiện đã báo cáo kết quả, đang chờ"
            + " nghiệm thu");
    assertThat(row).isWaitingAt("followUpWorkItem", "reviewWorkItem");
  }

  @Test
  @DisplayName("nhiệm vụ do đơn vị ngoài hệ thống chỉ đạo: cơ quan ban hành kế hoạch kết thúc thay, thông báo cho đơn vị"
      + " thực hiện ghi cơ quan đó là đơn vị kết thúc nhiệm vụ")
  void theIssuingBodyClosingInPlaceOfAnOutsideDirectorIsNamed() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow("bn-ban-tdkt", List.of("dbsh-cum-truong"), List.of(), false);
    runtime.setVariable(row.getId(), "issuingBody", UBND_TINH);
    at(LocalDateTime.of(2025, 4, 2, 9, 0));

    as("bn.ubnd.canbo", () -> complete(task(row, "followUpWorkItem"),
        Map.of(CLOSED, true, "notDoneReason", "Cụm không tổ chức hội nghị năm 2025.")));

    Task notice = tasks.createTaskQuery().processInstanceBusinessKey(row.getBusinessKey())
        .taskDefinitionKey("acknowledgeWorkItemNotDone").singleResult();
    assertThat(forms.getTaskFormVariables(notice.getId()).getValue("closedByUnitName", String.class))
        .isEqualTo("UBND tỉnh Bắc Ninh");
  }

  @Test
  @DisplayName("chữ ký giao ước đang được ghi vào nhiệm vụ: đơn vị chỉ đạo được báo chờ rồi mới kết thúc được, chữ ký không mất")
  void closingWaitsForASignatureBeingRecorded() {
    at(LocalDateTime.of(2025, 2, 20, 9, 0));
    ProcessInstance row = workItemRow("bn-tp-bac-ninh", List.of("bn-hd-tdkt-tinh"), List.of("bn-tp-tu-son", "bn-h-tien-du"), true);
    at(LocalDateTime.of(2025, 4, 1, 8, 0));
    tasks.complete(signatureOf(row, "bn-tp-tu-son").getId(), Map.of("covenantSigned", true, "signatoryName", "Nguyễn Văn An"));

    Map<String, Object> closing = Map.of(CLOSED, true, "notDoneReason", "Cụm không tổ chức ký kết giao ước năm 2025.");
    assertThatThrownBy(() -> complete(task(row, "followUpWorkItem"), closing))
        .isInstanceOf(InvalidInputException.class).hasMessage("Hệ thống đang ghi chữ ký giao ước của: UBND thành phố Từ Sơn."
            + " Vui lòng kết thúc nhiệm vụ lại sau ít phút; nếu vẫn gặp thông báo này, xin báo quản trị hệ thống.");
    runAsynchronousContinuations();
    assertThat(runtime.getVariable(row.getId(), "covenantSignatures").toString()).contains("Nguyễn Văn An");
    complete(task(row, "followUpWorkItem"), closing);
    assertThat(row).isEnded().hasPassed("workItemNotDone");
  }

  @Test
  @DisplayName("nhiệm vụ chạy theo mô hình chưa có bước kết thúc, gia hạn: chọn kết thúc hay gia hạn thì bị từ chối, không"
      + " bị bỏ qua im lặng")
  void aRowOnAModelWithoutTheClosureIsNotClosedSilently() {
    deployWithChange("workItem.bpmn", bpmn -> bpmn.replace("workItemClosedGateway", "followUpDoneGateway")
        .replace("\"extendWorkItem\"", "\"lengthenWorkItem\""));
    ProcessInstance row;
    try {
      row = followedUpOnTheSecondOfApril();
    } finally {
      restoreModel("workItem.bpmn");
    }

    assertThatThrownBy(() -> complete(task(row, "followUpWorkItem"), Map.of(CLOSED, true, "notDoneReason", "Không thực hiện.")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("phiên bản quy trình cũ, chưa có bước kết thúc");
    assertThatThrownBy(() -> complete(task(row, "followUpWorkItem"),
        Map.of(CLOSED, false, "followUpInstruction", "Hoàn thành ngay.", EXTENDED, "2025-04-25")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("phiên bản quy trình cũ, chưa có bước gia hạn");
    assertThat(row).isWaitingAt("followUpWorkItem", "carryOutWorkItem");
  }

  private static final String CLOSED = "workItemClosed";
  private static final String EXTENDED = "extendedDueDay";

  /** {@link #directedByTheProvinceAndItsCouncil}, overdue since 01/04/2025, its follow-up open on 02/04/2025. */
  private ProcessInstance followedUpOnTheSecondOfApril() {
    ProcessInstance row = directedByTheProvinceAndItsCouncil();
    at(LocalDateTime.of(2025, 4, 2, 9, 0));
    return row;
  }

  private void keepFollowingUp(Task followUp, String instruction) {
    complete(followUp, Map.of(CLOSED, false, "followUpInstruction", instruction));
  }

  @Test
  @DisplayName("đơn vị phối hợp góp ý: đơn vị thực hiện và đơn vị chỉ đạo đều thấy")
  void coordinatingInputReachesTheExecutingUnit() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow("bn-ban-tdkt", List.of(UBND_TINH), List.of("bn-so-y-te", "bn-tp-tu-son"), false);
    List<Task> asked = tasks.createTaskQuery().processInstanceId(row.getId())
        .taskDefinitionKey("contributeToWorkItem").list();
    assertThat(asked).flatExtracting(t -> tasks.getIdentityLinksForTask(t.getId())).extracting(IdentityLink::getGroupId)
        .containsExactlyInAnyOrder("unit-bn-so-y-te-officer", "unit-bn-tp-tu-son-officer");
    Task yTe = contributionOf(row, "bn-so-y-te");

    assertThatThrownBy(() -> complete(yTe, Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessage("Chưa nhập ý kiến, kết quả phối hợp.");
    complete(yTe, Map.of("coordinationInput", "Đề nghị khen cao 02 tập thể của ngành Y tế."));

    assertThat(forms.getTaskFormVariables(contributionOf(row, "bn-tp-tu-son").getId()).get("coordinationInput"))
        .as("one unit's input is not put in another's form").isNull();
    Object seen = forms.getTaskFormVariables(task(row, "carryOutWorkItem").getId()).get("coordinationInputs");
    assertThat(read(seen.toString())).singleElement().satisfies(input -> {
      assertThat(input.get("unitName")).isEqualTo("Sở Y tế tỉnh Bắc Ninh");
      assertThat(input.get("input")).isEqualTo("Đề nghị khen cao 02 tập thể của ngành Y tế.");
      assertThat(input.get("day")).isEqualTo("2025-02-14");
    });
    complete(task(row, "carryOutWorkItem"), Map.of("workResult", "Đã trình khen thưởng."));
    assertThat(read(forms.getTaskFormVariables(task(row, "reviewWorkItem").getId()).get("coordinationInputs").toString()))
        .as("the directing unit reads the same input").singleElement().satisfies(input -> {
          assertThat(input.get("unitName")).isEqualTo("Sở Y tế tỉnh Bắc Ninh");
          assertThat(input.get("input")).isEqualTo("Đề nghị khen cao 02 tập thể của ngành Y tế.");
        });
  }

  @Test
  @DisplayName("hai đơn vị phối hợp gửi ý kiến cùng lúc thì không đơn vị nào phải chờ hay gặp lỗi; nhiệm vụ ghi nhận cả hai")
  void coordinatingUnitsSendingAtOnceDoNotCollide() throws Exception {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow("bn-ban-tdkt", List.of(UBND_TINH), List.of("bn-so-y-te", "bn-tp-tu-son"), false);
    String yTe = contributionOf(row, "bn-so-y-te").getId();
    String tuSon = contributionOf(row, "bn-tp-tu-son").getId();

    atOnce(() -> tasks.complete(yTe, Map.of("coordinationInput", "Đề nghị khen cao 02 tập thể của ngành Y tế.")),
        () -> tasks.complete(tuSon, Map.of("coordinationInput", "Thành phố Từ Sơn đề nghị khen 01 tập thể.")));

    runAsynchronousContinuations();
    assertThat(read(forms.getTaskFormVariables(task(row, "carryOutWorkItem").getId()).get("coordinationInputs").toString()))
        .extracting(input -> (Object) input.get("input")).containsExactlyInAnyOrder(
            "Đề nghị khen cao 02 tập thể của ngành Y tế.", "Thành phố Từ Sơn đề nghị khen 01 tập thể.");
    assertThat(row).hasPassed("coordinationGiven");
  }

  @Test
  @DisplayName("hai thành viên xác nhận đã ký giao ước cùng lúc thì không ai gặp lỗi; Cụm trưởng ghi nhận được ngay sau đó")
  void membersSigningAtOnceDoNotCollide() throws Exception {
    at(LocalDateTime.of(2025, 2, 20, 9, 0));
    ProcessInstance row = workItemRow("bn-tp-bac-ninh", List.of("bn-hd-tdkt-tinh"), List.of("bn-tp-tu-son", "bn-h-tien-du"), true);
    String tuSon = signatureOf(row, "bn-tp-tu-son").getId();
    String tienDu = signatureOf(row, "bn-h-tien-du").getId();

    atOnce(() -> tasks.complete(tuSon, Map.of("covenantSigned", true, "signatoryName", "Nguyễn Văn An")),
        () -> tasks.complete(tienDu, Map.of("covenantSigned", true, "signatoryName", "Trần Thị Bích")));

    runAsynchronousContinuations();
    complete(task(row, "recordCovenantSigning"), Map.of("covenantSignedOn", "2025-02-20",
        "workResult", "Giao ước thi đua năm 2025 của Cụm số 1."));
    assertThat(row).hasPassed("covenantSignedByMembers").isWaitingAt("reviewWorkItem");
  }

  @Test
  @DisplayName("mô hình bị sửa làm các đơn vị dùng chung ý kiến chờ ghi: không ghi nhầm ý kiến của đơn vị này cho đơn vị khác,"
      + " tác vụ nền báo lỗi rõ cho quản trị")
  void aModelWhereUnitsShareTheirEntryRecordsNothingWrong() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    deployWithChange("workItem.bpmn", bpmn -> bpmn.replaceFirst("<camunda:inputParameter name=\"rowEntry\" />", ""));
    try {
      ProcessInstance row = workItemRow("bn-ban-tdkt", List.of(UBND_TINH), List.of("bn-so-y-te", "bn-tp-tu-son"), false);
      tasks.complete(contributionOf(row, "bn-so-y-te").getId(), Map.of("coordinationInput", "Ý kiến của Sở Y tế."));
      tasks.complete(contributionOf(row, "bn-tp-tu-son").getId(), Map.of("coordinationInput", "Ý kiến của Từ Sơn."));

      assertThatThrownBy(this::runAsynchronousContinuations)
          .hasMessageContaining("must declare rowEntry as an input parameter");
      assertThat(read(runtime.getVariable(row.getId(), "coordinationInputs").toString())).isEmpty();
    } finally {
      restoreModel("workItem.bpmn");
    }
  }

  @Test
  @DisplayName("thành viên đã xác nhận ký nhưng chữ ký chưa được ghi vào nhiệm vụ: Cụm trưởng được báo chờ, không bị báo là đơn vị chưa ký")
  void aSignatureBeingRecordedIsNotCalledMissing() {
    at(LocalDateTime.of(2025, 2, 20, 9, 0));
    ProcessInstance row = workItemRow("bn-tp-bac-ninh", List.of("bn-hd-tdkt-tinh"), List.of("bn-tp-tu-son", "bn-h-tien-du"), true);
    tasks.complete(signatureOf(row, "bn-tp-tu-son").getId(), Map.of("covenantSigned", true, "signatoryName", "Nguyễn Văn An"));

    Map<String, Object> recorded = Map.of("covenantSignedOn", "2025-02-20", "workResult", "Giao ước thi đua năm 2025 của Cụm số 1.");
    assertThatThrownBy(() -> complete(task(row, "recordCovenantSigning"), recorded))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Các đơn vị chưa ký giao ước thi đua: UBND huyện Tiên Du. Chờ các đơn vị này ký, hoặc ghi lý do các đơn vị"
                + " chưa ký để ghi nhận giao ước của các đơn vị đã ký.",
            "Hệ thống đang ghi chữ ký giao ước của: UBND thành phố Từ Sơn. Vui lòng thử lại sau ít phút;"
                + " nếu vẫn gặp thông báo này, xin báo quản trị hệ thống."));
  }

  @Test
  @DisplayName("hết quý mà thành viên chưa ký giao ước: việc ký được đẩy lên, đơn vị chỉ đạo nhận việc đôn đốc kèm tên"
      + " thành viên chưa ký, tên đó không còn khi thành viên ký")
  void overdueCovenantNamesTheMembersWhoHaveNotSigned() {
    at(LocalDateTime.of(2025, 2, 20, 9, 0));
    ProcessInstance row = workItemRow("bn-tp-bac-ninh", List.of("bn-hd-tdkt-tinh"),
        List.of("bn-tp-tu-son", "bn-h-tien-du"), true);
    complete(signatureOf(row, "bn-tp-tu-son"), Map.of("covenantSigned", true, "signatoryName", "Nguyễn Văn An"));

    at(LocalDateTime.of(2025, 4, 1, 8, 0));
    assertThat(signatureOf(row, "bn-h-tien-du").getPriority()).isEqualTo(EscalateOverdueTask.ESCALATED_PRIORITY);
    assertThat(task(row, "recordCovenantSigning").getPriority()).isEqualTo(EscalateOverdueTask.ESCALATED_PRIORITY);
    Task followUp = task(row, "followUpWorkItem");
    assertThat(followUp).hasCandidateGroup("unit-bn-hd-tdkt-tinh-officer");
    assertThat(forms.getTaskFormVariables(followUp.getId()).getValue("unsignedMembers", String.class))
        .isEqualTo("UBND huyện Tiên Du");

    complete(signatureOf(row, "bn-h-tien-du"), Map.of("covenantSigned", true, "signatoryName", "Trần Văn Bình"));
    assertThat(forms.getTaskFormVariables(followUp.getId()).getValue("unsignedMembers", String.class)).isNull();
  }

  @Test
  @DisplayName("ký giao ước: mọi thành viên xác nhận đã ký rồi Cụm trưởng mới ghi nhận được")
  void covenantIsSignedByEveryMemberBeforeTheLeaderRecordsIt() {
    at(LocalDateTime.of(2025, 2, 20, 9, 0));
    ProcessInstance row = workItemRow("bn-tp-bac-ninh", List.of("bn-hd-tdkt-tinh"),
        List.of("bn-tp-tu-son", "bn-h-tien-du"), true);
    assertThat(row).isWaitingAt("recordCovenantSigning", "signCovenant");

    Map<String, Object> recorded = Map.of("covenantSignedOn", "2025-02-20", "workResult", "Giao ước thi đua năm 2025 của Cụm số 1.");
    assertThatThrownBy(() -> complete(task(row, "recordCovenantSigning"), recorded))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
            "Các đơn vị chưa ký giao ước thi đua: UBND thành phố Từ Sơn; UBND huyện Tiên Du. Chờ các đơn vị này ký,"
                + " hoặc ghi lý do các đơn vị chưa ký để ghi nhận giao ước của các đơn vị đã ký."));
    assertThatThrownBy(() -> complete(signatureOf(row, "bn-tp-tu-son"), Map.of("signatoryName", "Nguyễn Văn An")))
        .isInstanceOf(InvalidInputException.class).hasMessage("Cần xác nhận đơn vị đã ký giao ước thi đua.");

    complete(signatureOf(row, "bn-tp-tu-son"), Map.of("covenantSigned", true, "signatoryName", "Nguyễn Văn An",
        "signatoryPosition", "Chủ tịch UBND thành phố"));
    complete(signatureOf(row, "bn-h-tien-du"), Map.of("covenantSigned", true, "signatoryName", "Trần Thị Bích"));
    complete(task(row, "recordCovenantSigning"), recorded);

    Task review = task(row, "reviewWorkItem");
    assertThat(review).hasCandidateGroup("unit-bn-hd-tdkt-tinh-officer");
    assertThat(read(forms.getTaskFormVariables(review.getId()).get("covenantSignatures").toString()))
        .extracting(s -> s.get("unitName"), s -> s.get("signatoryName")).containsExactly(
            org.assertj.core.groups.Tuple.tuple("UBND thành phố Từ Sơn", "Nguyễn Văn An"),
            org.assertj.core.groups.Tuple.tuple("UBND huyện Tiên Du", "Trần Thị Bích"));
    complete(review, Map.of("workAccepted", true));
    assertThat(row).isEnded();
  }

  /** Cụm số 1's covenant row of 20/02/2025: Từ Sơn has signed, Tiên Du has not; the leader records it with the reason. */
  private ProcessInstance covenantRecordedWithoutTienDu() {
    at(LocalDateTime.of(2025, 2, 20, 9, 0));
    ProcessInstance row = workItemRow("bn-tp-bac-ninh", List.of("bn-hd-tdkt-tinh"),
        List.of("bn-tp-tu-son", "bn-h-tien-du"), true);
    complete(signatureOf(row, "bn-tp-tu-son"), Map.of("covenantSigned", true, "signatoryName", "Nguyễn Văn An"));
    complete(task(row, "recordCovenantSigning"), Map.of("covenantSignedOn", "2025-02-20",
        "workResult", "Giao ước thi đua năm 2025 của Cụm số 1.",
        "unsignedReason", "UBND huyện Tiên Du không dự hội nghị ký kết, sẽ ký bổ sung."));
    return row;
  }

  @Test
  @DisplayName("thành viên không ký (đã sáp nhập, không dự): Cụm trưởng ghi lý do thì giao ước được ghi nhận, đơn vị chỉ đạo"
      + " thấy đơn vị chưa ký và lý do khi nghiệm thu, nghiệm thu thì nhiệm vụ kết thúc")
  void theLeaderRecordsTheCovenantWithTheReasonSomeHaveNotSigned() {
    ProcessInstance row = covenantRecordedWithoutTienDu();

    Task review = task(row, "reviewWorkItem");
    assertThat(forms.getTaskFormVariables(review.getId()).getValue("membersNotSigned", String.class))
        .isEqualTo("UBND huyện Tiên Du");
    assertThat(forms.getTaskFormVariables(review.getId()).getValue("unsignedReason", String.class))
        .isEqualTo("UBND huyện Tiên Du không dự hội nghị ký kết, sẽ ký bổ sung.");
    complete(review, Map.of("workAccepted", true));
    assertThat(row).as("Tiên Du's signature is no longer asked for").isEnded();
  }

  @Test
  @DisplayName("thành viên chưa ký ký bổ sung trong khi đơn vị chỉ đạo nghiệm thu: không còn bị nêu là chưa ký")
  void aMemberWhoSignsDuringTheReviewIsNoLongerNamedAsNotSigned() {
    ProcessInstance row = covenantRecordedWithoutTienDu();

    complete(signatureOf(row, "bn-h-tien-du"), Map.of("covenantSigned", true, "signatoryName", "Trần Thị Bích"));

    Task review = task(row, "reviewWorkItem");
    assertThat(forms.getTaskFormVariables(review.getId()).getValue("membersNotSigned", String.class))
        .as("the review's list of members still to sign, kept current").isNull();
    assertThat(forms.getTaskFormVariables(review.getId()).get("covenantSignatures").toString()).contains("Trần Thị Bích");
  }

  @Test
  @DisplayName("giao ước ghi nhận kèm lý do bị trả lại: lần ghi nhận sau phải có đủ chữ ký hoặc lý do mới")
  void aReturnedCovenantIsRecordedAfresh() {
    ProcessInstance row = covenantRecordedWithoutTienDu();
    complete(task(row, "reviewWorkItem"), Map.of("workAccepted", false,
        "reviewComments", "Đề nghị Cụm trưởng đôn đốc UBND huyện Tiên Du ký."));

    assertThatThrownBy(() -> complete(task(row, "recordCovenantSigning"), Map.of("covenantSignedOn", "2025-02-20",
        "workResult", "Giao ước thi đua năm 2025 của Cụm số 1."))).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Các đơn vị chưa ký giao ước thi đua: UBND huyện Tiên Du.");
    complete(signatureOf(row, "bn-h-tien-du"), Map.of("covenantSigned", true, "signatoryName", "Trần Thị Bích"));
    complete(task(row, "recordCovenantSigning"), Map.of("covenantSignedOn", "2025-02-20",
        "workResult", "Giao ước thi đua năm 2025 của Cụm số 1, đủ các thành viên."));
    Task again = task(row, "reviewWorkItem");
    assertThat(forms.getTaskFormVariables(again.getId()).getValue("membersNotSigned", String.class)).isNull();
    assertThat(forms.getTaskFormVariables(again.getId()).getValue("unsignedReason", String.class)).isNull();
  }

  @Test
  @DisplayName("chỉ các đơn vị thực hiện, chỉ đạo, phối hợp của nhiệm vụ đọc được nhiệm vụ")
  void onlyTheRowsUnitsMayReadIt() {
    at(LocalDateTime.of(2025, 2, 14, 9, 0));
    ProcessInstance row = workItemRow(NOI_VU, List.of(UBND_TINH), List.of("bn-so-y-te"), false);

    for (String group : List.of("unit-bn-so-noi-vu-officer", "unit-bn-ubnd-tinh-head", "unit-bn-so-y-te-secretary")) {
      assertThat(visibleTo(group, row)).as(group).isTrue();
    }
    assertThat(visibleTo("unit-bn-so-tu-phap-officer", row)).isFalse();
  }

  private boolean visibleTo(String group, ProcessInstance row) {
    identity.setAuthentication("someone", List.of(group));
    try {
      return runtime.createProcessInstanceQuery().processInstanceId(row.getId()).count() == 1;
    } finally {
      identity.clearAuthentication();
    }
  }

  private Task contributionOf(ProcessInstance row, String unit) {
    return taskOfUnit(row, "contributeToWorkItem", unit);
  }

  private Task signatureOf(ProcessInstance row, String unit) {
    return taskOfUnit(row, "signCovenant", unit);
  }

  private Task taskOfUnit(ProcessInstance row, String taskKey, String unit) {
    return tasks.createTaskQuery().processInstanceId(row.getId()).taskDefinitionKey(taskKey)
        .taskCandidateGroup("unit-" + unit + "-officer").singleResult();
  }
}
