package vn.tdkt.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Plain HTTP calls to the running application, as a user with Basic authentication (or anonymous: user null). */
public final class Http {

  /** The answer; {@code body} is the parsed JSON when the answer is JSON. */
  public record Reply(int status, JsonNode body, String text) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final int port;

  public Http(int port) {
    this.port = port;
  }

  /** A call as a demo user (their password is the demo one). */
  public Reply call(String user, String method, String path, String jsonBody) {
    return call(user, DriveTest.DEMO_PASSWORD, method, path, "application/json",
        jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
  }

  public Reply call(String user, String password, String method, String path, String contentType,
      HttpRequest.BodyPublisher body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, body).header("Content-Type", contentType);
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String text = response.body();
      String trimmed = text == null ? "" : text.trim();
      JsonNode json = trimmed.startsWith("{") || trimmed.startsWith("[") ? JSON.readTree(trimmed) : null;
      return new Reply(response.statusCode(), json, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
