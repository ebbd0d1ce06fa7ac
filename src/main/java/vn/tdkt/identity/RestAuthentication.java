package vn.tdkt.identity;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST APIs (/engine-rest, and the product's /api) answer only to a user of the identity service (HTTP Basic,
 * or for reading /api the user signed in to the webapps: {@link WebappSessionReads}), so every call runs
 * under that user's Camunda authorizations; without it a request would be anonymous and unchecked.
 */
@Configuration
public class RestAuthentication {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("tdkt-engine-rest-authentication");
    registration.addInitParameter("authentication-provider", WebappSessionReads.class.getName());
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    return registration;
  }
}
