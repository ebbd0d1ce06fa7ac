package vn.tdkt.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.sub.task.impl.TaskAttachmentResourceImpl;
import org.camunda.bpm.engine.rest.sub.task.impl.TaskCommentResourceImpl;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Camunda's REST API words some of the engine's refusals its own way. Input to correct
 * ({@link InvalidInputException}, e.g. a variable's text too long) is 400 wherever it is refused,
 * thrown or wrapped, where Camunda answered 500. A task comment or attachment
 * the caller may not add answers 400 "Not enough parameters submitted" or "Task id is null". The
 * caller reads the refusal itself instead: a want of authorization as the REST API answers it
 * elsewhere (403, the AuthorizationException and its Vietnamese message), a task gone meanwhile
 * with StaleTaskPlugin's explanation under the status Camunda chose. A body that is not JSON, or not
 * the JSON the resource takes, is 400 with a Vietnamese message and the parser's words, where
 * Jackson's own mappers answered the parser's words alone as plain text. Jersey finds this through
 * META-INF/services for each of its applications: {@code /engine-rest} and the webapps' engine API
 * that Tasklist calls ({@code /camunda/api/engine}).
 */
@ConstrainedTo(RuntimeType.SERVER)
public class RestRefusals implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(Refusal.class)) {
      // Before Camunda's own handler of the same type (JAX-RS 3.1: the higher priority wins a tie).
      context.register(Refusal.class, Priorities.USER - 1);
      context.register(Invalid.class);
      context.register(UnreadableJson.class, Priorities.USER - 1);
      context.register(UnmappableJson.class, Priorities.USER - 1);
    }
  }

  /**
   * Input to correct is 400 wherever it is refused: Camunda answers 500 for an engine exception it
   * does not know, thrown (a variable's text too long, {@link StoredTextPlugin}) or wrapped by a resource.
   */
  public static final class Invalid implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException invalid) {
      return badRequest(invalid);
    }
  }

  private static Response badRequest(InvalidInputException invalid) {
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ExceptionHandlerHelper.getInstance().fromException(invalid)).build();
  }

  /**
   * Camunda's REST API wraps what the engine refused into a RestException with the status it chose.
   * Input to correct inside it is 400 (a variable's text too long was a 500);
   * the rest only for task comments and attachments: other resources word such refusals on purpose (a
   * process definition the caller may not read is "not found").
   */
  public static final class Refusal implements ExceptionMapper<RestException> {
    @Context
    private ResourceInfo resource;

    @Override
    public Response toResponse(RestException wrapped) {
      ExceptionHandlerHelper camunda = ExceptionHandlerHelper.getInstance();
      InvalidInputException invalid = CommandInterceptors.causeOf(wrapped, InvalidInputException.class);
      if (invalid != null) {
        return badRequest(invalid);
      }
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

  /** A body that is not JSON at all (a brace left open, a stray comma). */
  public static final class UnreadableJson implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException unreadable) {
      return notJson(unreadable);
    }
  }

  /** JSON, but not of the shape the resource takes (a list where an object is expected). */
  public static final class UnmappableJson implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException unmappable) {
      return notJson(unmappable);
    }
  }

  private static Response notJson(JsonProcessingException e) {
    return badRequest(new InvalidInputException(List.of("Nội dung gửi lên không đọc được: cần một đối tượng JSON hợp lệ,"
        + " {\"tên trường\": giá trị, …}. Chi tiết: " + e.getOriginalMessage())));
  }
}
