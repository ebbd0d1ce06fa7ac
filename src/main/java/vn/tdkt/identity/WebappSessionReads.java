package vn.tdkt.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

/**
 * HTTP Basic, and for reading the product's own {@code /api} (GET), the official already signed in
 * to Tasklist or Cockpit in the same browser: a form's link (the award list) opens without signing
 * in again. Writes and {@code /engine-rest} still need Basic: a session cookie goes along with a
 * request any page makes, a Basic header does not. The user must still exist; the groups are read
 * afresh by the filter, so a role taken away counts at once.
 */
public class WebappSessionReads extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String user = signedIn(request, engine);
    return user != null ? AuthenticationResult.successful(user) : super.extractAuthenticatedUser(request, engine);
  }

  private static String signedIn(HttpServletRequest request, ProcessEngine engine) {
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    HttpSession session = request.getSession(false);
    if (!read || session == null || request.getHeader("Authorization") != null
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return null;
    }
    Authentication signedIn = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
    return signedIn != null && engine.getIdentityService().createUserQuery().userId(signedIn.getName()).count() == 1
        ? signedIn.getName() : null;
  }
}
