package vn.tdkt.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * HTTP Basic, and for reading the product's own {@code /api} (GET), the official already signed in
 * to Tasklist or Cockpit in the same browser: a form's link (the award list) opens without signing
 * in again. Writes and {@code /engine-rest} still need Basic: a session cookie goes along with a
 * request any page makes, a Basic header does not. The user must still exist; the groups are read
 * afresh by the filter, so a role taken away counts at once.
 */
public class WebappSessionReads extends HttpBasicAuthenticationProvider {

  /** The session attribute under which the Camunda webapps keep who signed in. */
  private static final String WEBAPP_SIGN_IN = "authenticatedUser";

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String user = signedIn(request, engine);
    return user != null ? AuthenticationResult.successful(user) : super.extractAuthenticatedUser(request, engine);
  }

  private static String signedIn(HttpServletRequest request, ProcessEngine engine) {
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    HttpSession session = request.getSession(false);
    // The servlet path as the container resolved it ("/api/..;/engine-rest/task" is the engine's, not /api).
    if (!read || session == null || request.getHeader("Authorization") != null || !request.getServletPath().startsWith("/api/")) {
      return null;
    }
    // Read as the webapps keep it, without AuthenticationUtil, which would store an empty sign-in in the session.
    Authentication signedIn = session.getAttribute(WEBAPP_SIGN_IN) instanceof Authentications all
        ? all.getAuthenticationForProcessEngine(engine.getName()) : null;
    return signedIn != null && engine.getIdentityService().createUserQuery().userId(signedIn.getName()).count() == 1
        ? signedIn.getName() : null;
  }
}
