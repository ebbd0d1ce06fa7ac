package vn.tdkt.common;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.sub.task.impl.TaskAttachmentResourceImpl;
import org.camunda.bpm.engine.rest.sub.task.impl.TaskCommentResourceImpl;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Camunda's REST API words some of the engine's refusals its own way: a task comment or attachment
 * the caller may not add answers 400 "Not enough parameters submitted" or "Task id is null". The
 * caller reads the refusal itself instead: a want of authorization as the REST API answers it
 * elsewhere (403, the AuthorizationException and its Vietnamese message), a task gone meanwhile
 * with StaleTaskPlugin's explanation under the status Camunda chose. Jersey finds this through
 * META-INF/services for each of its applications: {@code /engine-rest} and the webapps' engine API
 * that Tasklist calls ({@code /camunda/api/engine}).
 */
@ConstrainedTo(RuntimeType.SERVER)
public class RestRefusals implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(Refusal.class)) {
      context.register(Refusal.class);
    }
  }

  /**
   * Closer to the exception's type than Camunda's own handler of RestException, so JAX-RS picks it.
   * Only for task comments and attachments: other resources word such refusals on purpose (a
   * process definition the caller may not read is "not found").
   */
  public static final class Refusal implements ExceptionMapper<InvalidRequestException> {
    @Context
    private ResourceInfo resource;

    @Override
    public Response toResponse(InvalidRequestException wrapped) {
      ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
      if (!commentsOrAttachments()) {
        return camunda.getResponse(wrapped);
      }
      AuthorizationException refusal = CommandInterceptors.causeOf(wrapped, AuthorizationException.class);
      StaleTaskPlugin.NullValueException gone = CommandInterceptors.causeOf(wrapped, StaleTaskPlugin.NullValueException.class);
      if (refusal != null) {
        return camunda.getResponse(refusal);
      }
      if (gone != null) {
        return Response.status(wrapped.getStatus()).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(camunda.fromException(gone)).build();
      }
      return camunda.getResponse(wrapped);
    }

    private boolean commentsOrAttachments() {
      Class<?> type = resource == null ? null : resource.getResourceClass();
      return type != null && (TaskCommentResourceImpl.class.isAssignableFrom(type)
          || TaskAttachmentResourceImpl.class.isAssignableFrom(type));
    }
  }
}
