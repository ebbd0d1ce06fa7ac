package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;

@DisplayName("Phiên đăng nhập Tasklist đọc được /api")
class WebappSessionReadsTest extends DriveTest {

  private static final String OFFICIAL = "phien.tasklist";
  private static final String PASSWORD = "PhienTasklist@2025";

  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

  @Test
  @DisplayName("cán bộ đã đăng nhập Tasklist mở được liên kết đọc của /api (danh sách khen thưởng) mà không đăng nhập lại; "
      + "ghi và /engine-rest vẫn cần tài khoản, người dùng đã bị xoá thì không")
  void anOfficialSignedInToTasklistReadsTheApiButCannotWriteWithTheSession() throws Exception {
    User official = identity.newUser(OFFICIAL);
    official.setPassword(PASSWORD);
    identity.saveUser(official);
    identity.createMembership(OFFICIAL, Roles.BOARD_OFFICER);
    try {
      // A session of the webapps in which nobody has signed in yet.
      send("GET", "/camunda/app/tasklist/default/", null);
      assertThat(send("GET", "/api/awards.xlsx?planNumber=1/KH", null).statusCode()).as("before signing in").isEqualTo(401);

      signIn(OFFICIAL, PASSWORD);

      assertThat(send("GET", "/api/awards.xlsx?planNumber=1/KH", null).statusCode()).isEqualTo(200);
      assertThat(send("HEAD", "/api/awards.xlsx?planNumber=1/KH", null).statusCode()).isEqualTo(200);
      // Credentials sent with the request are the ones that count: wrong ones are refused, session or not.
      assertThat(browser.send(HttpRequest.newBuilder(uri("/api/awards.xlsx")).header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((OFFICIAL + ":sai-mat-khau").getBytes(StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
      // A path that the server resolves to the engine's REST API is the engine's, whatever it starts with.
      assertThat(send("GET", "/api/..;/engine-rest/task?maxResults=1", null).statusCode()).isEqualTo(401);
      assertThat(send("GET", "/api/overdue", null).statusCode()).as("a read the board's role allows").isEqualTo(200);
      // A request any page could make in the official's name: refused without the Basic header.
      assertThat(send("POST", "/api/plans", "{\"planTemplate\":\"000-ubnd-tinh-dot-thi-dua-dac-biet\",\"planNumber\":\"9/KH\"}")
          .statusCode()).isEqualTo(401);
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("9/KH").count()).isZero();
      assertThat(send("GET", "/engine-rest/task?maxResults=1", null).statusCode()).isEqualTo(401);
    } finally {
      identity.deleteUser(OFFICIAL);
    }
    assertThat(send("GET", "/api/awards.xlsx?planNumber=1/KH", null).statusCode()).as("a user since removed").isEqualTo(401);
  }

  @Test
  @DisplayName("một đơn vị đăng nhập Tasklist vẫn chỉ đọc được những gì vai trò của mình cho phép")
  void theSessionReadsWithTheOfficialsOwnRoles() throws Exception {
    signIn("gddt.canbo", DEMO_PASSWORD);

    assertThat(send("GET", "/api/awards.xlsx", null).statusCode()).as("award decisions are public").isEqualTo(200);
    assertThat(send("GET", "/api/overdue", null).statusCode()).as("the board's list of overdue work").isEqualTo(403);
  }

  private void signIn(String user, String password) throws Exception {
    send("GET", "/camunda/app/tasklist/default/", null);
    String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("signing in to Tasklist: " + login.body()).isEqualTo(200);
  }

  private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
    return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
