package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The application on a database of its own, empty before it starts: what a request would find
 * at the moment the web server opens its port. Runs in a JVM of its own (pom.xml,
 * {@code fresh-start-test}), apart from the suite's application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false",
    "tdkt.demo.enabled=true",
    "spring.datasource.url=jdbc:h2:mem:tdkt-fresh-start;DB_CLOSE_DELAY=-1"
})
@Import(SetUpBeforeServingTest.PortOpening.class)
@DisplayName("Khởi động ứng dụng")
class SetUpBeforeServingTest {

  private static final Map<String, Long> FOUND_AS_THE_PORT_OPENED = new ConcurrentHashMap<>();

  @TestConfiguration
  static class PortOpening {
    @Bean
    ApplicationListener<ServletWebServerInitializedEvent> whatARequestWouldFind(RepositoryService repository,
        IdentityService identity, AuthorizationService authorizations) {
      return opened -> {
        FOUND_AS_THE_PORT_OPENED.put("plan model", repository.createProcessDefinitionQuery()
            .processDefinitionKey("emulationPlan").count());
        FOUND_AS_THE_PORT_OPENED.put("board officer", identity.createUserQuery().userId("canbo.bantdkt").count());
        FOUND_AS_THE_PORT_OPENED.put("board's right to launch", authorizations.createAuthorizationQuery()
            .groupIdIn("board-officer").resourceId("emulationPlan").count());
      };
    }
  }

  @Test
  @DisplayName("máy chủ chỉ nhận yêu cầu khi mô hình đã triển khai, người dùng và quyền đã sẵn sàng")
  void modelsUsersAndRightsAreReadyBeforeTheFirstRequest() {
    assertThat(FOUND_AS_THE_PORT_OPENED).containsEntry("plan model", 1L).containsEntry("board officer", 1L)
        .containsEntry("board's right to launch", 1L);
  }
}
