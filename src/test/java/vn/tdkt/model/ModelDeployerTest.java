package vn.tdkt.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tdkt.SetUpBeforeServing;
import vn.tdkt.calendar.ServerTimeZone;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.NamedLocks;
import vn.tdkt.identity.AccessSetup;
import vn.tdkt.identity.ProductionGuard;
import vn.tdkt.support.DriveTest;

@DisplayName("Triển khai mô hình từ thư mục processes/ và forms/")
class ModelDeployerTest extends DriveTest {


  @Test
  @DisplayName("không đổi gì thì không tạo phiên bản mới")
  void unchangedModelsAreNotRedeployed() {
    assertThat(deployer.deployChanged()).isEmpty();
  }

  @Test
  @DisplayName("sửa một mô hình thì chỉ mô hình đó có phiên bản mới; kế hoạch đang chạy giữ phiên bản cũ")
  void changedModelBecomesANewVersionWhileRunningPlansKeepTheirs() {
    ProcessInstance running = launch(seed000Plan("so-gddt"));
    ProcessDefinition before = repository.createProcessDefinitionQuery().processDefinitionKey("emulationPlan")
        .latestVersion().singleResult();

    try {
      assertThat(deployWithChange("emulationPlan.bpmn", bpmn -> bpmn.replace("Phê duyệt kế hoạch", "Phê duyệt kế hoạch thi đua")))
          .containsExactly("emulationPlan.bpmn");

      ProcessDefinition after = repository.createProcessDefinitionQuery().processDefinitionKey("emulationPlan")
          .latestVersion().singleResult();
      assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
          .getProcessDefinitionId()).isEqualTo(before.getId());
    } finally {
      assertThat(restoreModels()).containsExactly("emulationPlan.bpmn");
    }
  }

  @Test
  @DisplayName("biểu mẫu mang id của biểu mẫu khác (chép tệp mà không đổi id), hay hai tệp cùng mã quy trình, thì bị từ chối"
      + " trước khi triển khai gì, nêu tệp và cách sửa")
  void aFileTakingAnotherFilesKeyIsRefused() {
    long deployments = repository.createDeploymentQuery().count();

    assertThatThrownBy(() -> deployWithChange("registerUnit.form", form -> form.replace("\"id\": \"registerUnit\"",
        "\"id\": \"launchPlan\""))).isInstanceOf(IllegalStateException.class).hasMessageContaining(
            "registerUnit.form has the id \"launchPlan\": Camunda keys a form by its id, so it would become the latest"
                + " version of form \"launchPlan\" for every task bound to it. Give it the id \"registerUnit\"");
    assertThatThrownBy(() -> deployWithChange("workItem.bpmn", bpmn -> bpmn.replace("<bpmn:process id=\"workItem\"",
        "<bpmn:process id=\"unitNotice\""))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("both define the process \"unitNotice\"").hasMessageContaining("unitNotice.bpmn and ")
        .hasMessageContaining("workItem.bpmn");
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  @DisplayName("một mô hình bị Camunda từ chối thì khởi động dừng lại và không mô hình nào đổi phiên bản, kể cả mô hình sửa đúng"
      + " triển khai trước nó")
  void aModelCamundaRefusesLeavesEveryModelAsItWas() {
    long deployments = repository.createDeploymentQuery().count();
    int planVersion = repository.createProcessDefinitionQuery().processDefinitionKey("emulationPlan").latestVersion()
        .singleResult().getVersion();
    SetUpBeforeServing start = new SetUpBeforeServing(productionGuard, timeZone, modelsWithChanges(Map.of(
        "emulationPlan.bpmn", bpmn -> bpmn.replace("Phê duyệt kế hoạch", "Phê duyệt kế hoạch thi đua"),
        "unitDrive.bpmn", bpmn -> bpmn.replace(" camunda:delegateExpression=\"${escalateOverdueTask}\"", ""))),
        access, transactionManager, locks);

    assertThatThrownBy(start::afterSingletonsInstantiated).hasMessageContaining("serviceTask");

    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("emulationPlan").latestVersion().singleResult()
        .getVersion()).isEqualTo(planVersion);
  }

  @Test
  @DisplayName("một nút khởi động với tệp mô hình cũ hơn phiên bản đang dùng thì dừng lại, nêu phiên bản và cách xử lý,"
      + " không mô hình nào đổi")
  void aNodeWithOlderModelFilesDoesNotStart() {
    try {
      assertThat(deployWithChange("emulationPlan.bpmn", bpmn -> bpmn.replace("Phê duyệt kế hoạch", "Phê duyệt kế hoạch (mới)")))
          .containsExactly("emulationPlan.bpmn");
      ProcessDefinition newer = repository.createProcessDefinitionQuery().processDefinitionKey("emulationPlan")
          .latestVersion().singleResult();
      long deployments = repository.createDeploymentQuery().count();
      SetUpBeforeServing olderNode = new SetUpBeforeServing(productionGuard, timeZone, deployer, access,
          transactionManager, locks);

      assertThatThrownBy(olderNode::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Model emulationPlan.bpmn in this node's files is what was deployed on")
          .hasMessageContaining("install the current release's files here")
          .hasMessageContaining("start once with --tdkt.models.allow-older=true");

      assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("emulationPlan").latestVersion()
          .singleResult().getId()).isEqualTo(newer.getId());
    } finally {
      assertThat(restoreModels()).containsExactly("emulationPlan.bpmn");
    }
  }

  @Autowired ObjectProvider<ProductionGuard> productionGuard;
  @Autowired ServerTimeZone timeZone;
  @Autowired AccessSetup access;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired NamedLocks locks;

  @Test
  @DisplayName("ô mới của biểu mẫu được nhận ngay khi biểu mẫu được triển khai, không cần khởi động lại, kể cả khi tệp trên máy chủ chưa đổi")
  void fieldAddedToADeployedFormIsAcceptedAtOnce() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    Task task = unitTask(plan, "so-gddt", "registerUnit");
    Map<String, Object> registration = Map.of("registrationCommitments", "Hoàn thành vượt mức các chỉ tiêu năm 2025.",
        "registrationContact", "Nguyễn Văn An, 0912 345 678");

    assertThatThrownBy(() -> as("gddt.canbo", () -> complete(task, registration)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("registrationContact");
    try {
      assertThat(deployWithChange("registerUnit.form", form -> form.replace("\"components\": [", "\"components\": ["
          + "{\"type\": \"textfield\", \"id\": \"Field_registrationContact\", \"key\": \"registrationContact\", "
          + "\"label\": \"Người liên hệ\"},"))).containsExactly("registerUnit.form");

      as("gddt.canbo", () -> complete(task, registration));
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(unitDrive(plan, "so-gddt").getId())
          .variableName("registrationContact").singleResult().getValue()).isEqualTo("Nguyễn Văn An, 0912 345 678");
    } finally {
      assertThat(restoreModels()).containsExactly("registerUnit.form");
    }
  }

  @Test
  @DisplayName("mọi định nghĩa có thời hạn lưu lịch sử; mọi phần tử có hình trên sơ đồ; mọi việc có nhóm, biểu mẫu, hạn và ngày theo dõi")
  void modelsAreComplete() {
    repository.createProcessDefinitionQuery().latestVersion().list()
        .forEach(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull());
    repository.createDecisionDefinitionQuery().latestVersion().list()
        .forEach(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isNotNull());
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      Collection<FlowElement> elements = model.getModelElementsByType(FlowElement.class);
      assertThat(elements).allSatisfy(e -> assertThat(((BaseElement) e).getDiagramElement())
          .as("diagram shape of %s", e.getId()).isNotNull());
      assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> {
        assertThat(task.getCamundaCandidateGroups()).as("group of %s", task.getId()).isNotBlank();
        assertThat(task.getCamundaFormRef() != null || task.getCamundaFormKey() != null)
            .as("form of %s", task.getId()).isTrue();
        assertThat(task.getName()).as("Vietnamese name of %s", task.getId()).isNotBlank();
        assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).isNotBlank();
        assertThat(task.getCamundaFollowUpDate()).as("follow-up date of %s", task.getId()).isNotBlank();
      });
    }
  }
}
