package vn.tdkt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.FormValues;
import vn.tdkt.support.Http;

/**
 * The application on a random port, called over plain HTTP as each official: a unit sees and
 * touches only its own work, a unit's staff cannot do the board's, the authority's or the
 * administrators' work, nobody anonymous gets anything, and bad input is refused whole.
 */
@DisplayName("Phân quyền và dữ liệu xấu qua HTTP thật")
class AccessOverHttpTest extends DriveTest {

  /**
   * Refused by the engine: not allowed (403, an authorization error), or not there for this user
   * (404 from the engine's own look-up, which leaves out what the user may not read). A misspelt
   * path answers 404 too, but as a NotFoundException.
   */
  private static void assertRefused(Http.Reply reply, String what) {
    assertThat(reply.status()).as(what).isIn(403, 404);
    assertThat(reply.body()).as(what + ": " + reply.text()).isNotNull();
    assertThat(reply.body().path("type").asText()).as(what + ": " + reply.text())
        .isIn(reply.status() == 403 ? List.of("AuthorizationException") : List.of("InvalidRequestException", "RestException"));
  }

  /**
   * Seed 000 inside the submission window for three units: Sở GD&ĐT and Sở Y tế have their
   * dossier task open (Y tế has uploaded its letter already), Sở Tư pháp has submitted and the
   * board is appraising it.
   */
  private ProcessInstance inTheWindow() {
    ProcessInstance plan = launchedAndApproved("so-gddt", "so-yte", "so-tu-phap");
    registeredAndReported(plan, "so-gddt", "so-yte", "so-tu-phap");
    proposesOne(plan, "so-gddt", "Nguyễn Văn An");
    proposesOne(plan, "so-yte", "Bệnh viện Đa khoa tỉnh");
    proposesOne(plan, "so-tu-phap", "<img src=x onerror=alert(1)>Hoàng Thị Dung");
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    runtime.setVariable(unitDrive(plan, "so-yte").getId(), "proposalLetterFile", pdf("to-trinh-yte.pdf"));
    submitDossier(plan, "so-tu-phap");
    return plan;
  }

  @Test
  @DisplayName("cán bộ đơn vị A không xem, nhận, làm, đọc hay sửa biến, tải tệp, đọc lịch sử, khởi tạo hay tác động việc của đơn vị B")
  void aUnitCannotReachAnotherUnitsWork() {
    ProcessInstance plan = inTheWindow();
    String yte = unitDrive(plan, "so-yte").getId();
    String yteTask = unitTask(plan, "so-yte", "submitDossier").getId();
    String appraisal = unitTask(plan, "so-tu-phap", "appraiseDossier").getId();
    String fileVariable = runtime.createVariableInstanceQuery().processInstanceIdIn(yte)
        .variableName("proposalLetterFile").singleResult().getId();
    String historicFile = history.createHistoricVariableInstanceQuery().processInstanceId(yte)
        .variableName("proposalLetterFile").singleResult().getId();
    String timer = management.createJobQuery().processInstanceId(yte).singleResult().getId();
    Http http = http();

    // list and read
    assertThat(http.call("gddt.canbo", "GET", "/engine-rest/task?maxResults=100&processInstanceId=" + yte, null).body()).isEmpty();
    List<String> visible = new ArrayList<>();
    http.call("gddt.canbo", "GET", "/engine-rest/task?maxResults=2000", null).body()
        .forEach(t -> visible.add(t.get("processInstanceId").asText()));
    assertThat(visible).contains(unitDrive(plan, "so-gddt").getId()).doesNotContain(yte, unitDrive(plan, "so-tu-phap").getId());
    List<String[]> attempts = List.of(
        new String[] {"GET", "/engine-rest/task/" + yteTask, null},
        new String[] {"GET", "/engine-rest/task/" + yteTask + "/form-variables", null},
        new String[] {"GET", "/engine-rest/task/" + yteTask + "/variables", null},
        new String[] {"GET", "/engine-rest/process-instance/" + yte, null},
        new String[] {"GET", "/engine-rest/process-instance/" + yte + "/variables", null},
        // claim, complete
        new String[] {"POST", "/engine-rest/task/" + yteTask + "/claim", "{\"userId\":\"gddt.canbo\"}"},
        new String[] {"POST", "/engine-rest/task/" + yteTask + "/complete", "{\"variables\":{}}"},
        new String[] {"POST", "/engine-rest/task/" + yteTask + "/submit-form", "{\"variables\":{}}"},
        new String[] {"POST", "/engine-rest/task/" + appraisal + "/complete", "{\"variables\":{}}"},
        // a list the form edits row by row, with rows changed beyond it: the engine's refusal, not a description of the rows
        new String[] {"POST", "/engine-rest/task/" + appraisal + "/complete", "{\"variables\":{\"nominees\":{\"type\":\"Json\","
            + "\"value\":\"[{\\\"id\\\":\\\"x1\\\",\\\"name\\\":\\\"Người ngoài\\\"}]\"}}}"},
        // change variables
        new String[] {"PUT", "/engine-rest/process-instance/" + yte + "/variables/unitCode", "{\"value\":\"so-gddt\"}"},
        new String[] {"POST", "/engine-rest/task/" + yteTask + "/variables", "{\"modifications\":{\"unitCode\":{\"value\":\"so-gddt\"}}}"},
        new String[] {"DELETE", "/engine-rest/process-instance/" + yte + "/variables/proposalLetterFile", null},
        // download a file: from the instance, the variable, its history, the board's task
        new String[] {"GET", "/engine-rest/process-instance/" + yte + "/variables/proposalLetterFile/data", null},
        new String[] {"GET", "/engine-rest/variable-instance/" + fileVariable + "/data", null},
        new String[] {"GET", "/engine-rest/history/variable-instance/" + historicFile + "/data", null},
        new String[] {"GET", "/engine-rest/task/" + appraisal + "/variables/proposalLetterFile/data", null},
        // start, move, stop, fire its timer (the models catch no message or signal a unit could send)
        new String[] {"POST", "/engine-rest/process-definition/key/unitDrive/start",
            "{\"businessKey\":\"" + plan.getBusinessKey() + "/so-yte\",\"variables\":{\"unitCode\":{\"value\":\"so-yte\"}}}"},
        new String[] {"POST", "/engine-rest/process-instance/" + yte + "/modification",
            "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"appraiseDossier\"}]}"},
        new String[] {"PUT", "/engine-rest/process-instance/" + yte + "/suspended", "{\"suspended\":true}"},
        new String[] {"DELETE", "/engine-rest/process-instance/" + yte, null},
        new String[] {"POST", "/engine-rest/job/" + timer + "/execute", null});
    for (String[] attempt : attempts) {
      assertRefused(http.call("gddt.canbo", attempt[0], attempt[1], attempt[2]), attempt[0] + " " + attempt[1]);
    }
    // read variables and history through queries: nothing of the other unit comes back
    for (String query : List.of("/engine-rest/variable-instance?maxResults=100&processInstanceIdIn=" + yte,
        "/engine-rest/history/process-instance?maxResults=100&processInstanceId=" + yte,
        "/engine-rest/history/task?maxResults=100&processInstanceId=" + yte,
        "/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + yte,
        "/engine-rest/history/detail?maxResults=100&processInstanceId=" + yte,
        "/engine-rest/history/user-operation?maxResults=100&processInstanceId=" + yte,
        "/engine-rest/history/activity-instance?maxResults=100&processInstanceId=" + yte)) {
      Http.Reply reply = http.call("gddt.canbo", "GET", query, null);
      assertThat(reply.status()).as(query).isEqualTo(200);
      assertThat(reply.body()).as(query).isEmpty();
    }

    Task untouched = tasks.createTaskQuery().taskId(yteTask).singleResult();
    assertThat(untouched.getAssignee()).isNull();
    assertThat(runtime.getVariable(yte, "unitCode")).isEqualTo("so-yte");
    assertThat(runtime.getVariable(yte, "proposalLetterFile")).isNotNull();
    assertThat(management.createJobQuery().jobId(timer).count()).isOne();
  }

  @Test
  @DisplayName("cán bộ đơn vị không phát động kế hoạch, không thẩm định, không quyết định, không triển khai mô hình, không quản trị")
  void unitStaffCannotDoOthersWork() {
    ProcessInstance plan = inTheWindow();
    ProcessInstance awaitingApproval = launch(seed000Plan("so-gddt"));
    String ownAppraisal = unitTask(plan, "so-tu-phap", "appraiseDossier").getId();
    Http http = http();

    assertRefused(http.call("tuphap.canbo", "POST", "/engine-rest/process-definition/key/emulationPlan/start",
        "{\"businessKey\":\"X-1\",\"variables\":{}}"), "launch");
    assertRefused(http.call("tuphap.canbo", "POST", "/engine-rest/task/" + ownAppraisal + "/complete",
        "{\"variables\":{\"appraisalOutcome\":{\"value\":\"CONCLUDE\"}}}"), "appraise own dossier");
    assertRefused(http.call("tuphap.thutruong", "POST", "/engine-rest/task/" + ownAppraisal + "/claim",
        "{\"userId\":\"tuphap.thutruong\"}"), "claim the appraisal");
    assertRefused(http.call("gddt.thutruong", "POST", "/engine-rest/task/" + task(awaitingApproval, "approvePlan").getId()
        + "/complete", "{\"variables\":{\"planApproved\":{\"value\":true}}}"), "decide");

    assertThat(deploy("gddt.canbo").status()).as("deploy").isEqualTo(403);
    assertThat(http.call("gddt.canbo", "POST", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"ke.gian\"},\"credentials\":{\"password\":\"KeGian@2025x\"}}").status()).as("create user").isEqualTo(403);
    assertThat(http.call("gddt.canbo", "POST", "/engine-rest/group/create",
        "{\"id\":\"nhom-rieng\",\"name\":\"x\"}").status()).as("create group").isEqualTo(403);
    assertThat(http.call("gddt.canbo", "PUT", "/engine-rest/group/board-officer/members/gddt.canbo", null).status())
        .as("join the board").isEqualTo(403);
    assertRefused(http.call("gddt.canbo", "PUT", "/engine-rest/user/canbo.bantdkt/credentials",
        "{\"password\":\"DoiMatKhau@2025\",\"authenticatedUserPassword\":\"" + DEMO_PASSWORD + "\"}"), "another user's password");
    assertThat(http.call("gddt.canbo", "DELETE", "/engine-rest/user/yte.canbo", null).status()).as("delete a user").isEqualTo(403);
    assertThat(http.call("gddt.canbo", "POST", "/engine-rest/authorization/create",
        "{\"type\":1,\"permissions\":[\"ALL\"],\"groupId\":\"unit-so-gddt-officer\",\"resourceType\":8,\"resourceId\":\"*\"}").status())
        .as("grant itself").isEqualTo(403);
    assertThat(http.call("gddt.canbo", "POST", "/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"Tất cả\",\"query\":{\"dueBeforeExpression\":\"${now()}\"}}").status())
        .as("create a filter (a stored query with expressions)").isEqualTo(403);
    assertThat(http.call("gddt.canbo", "POST", "/api/units/so-yte/merge",
        "{\"successor\":\"so-gddt\",\"lastDay\":\"2025-06-30\"}").status()).as("merge units").isEqualTo(403);

    assertThat(identity.createUserQuery().userId("gddt.canbo").memberOfGroup("board-officer").count()).isZero();
    assertThat(identity.createUserQuery().userId("ke.gian").count()).isZero();
    assertThat(identity.checkPassword("canbo.bantdkt", DEMO_PASSWORD)).isTrue();
    assertThat(engine.getFilterService().createFilterQuery().filterName("Tất cả").count()).isZero();
    assertThat(task(awaitingApproval, "approvePlan").getAssignee()).isNull();
  }

  @Test
  @DisplayName("truy vấn có biểu thức hay không giới hạn số dòng bị từ chối, kèm lý do")
  void expressionsAndUnboundedQueriesAreRefused() {
    Http http = http();
    Http.Reply expression = http.call("gddt.canbo", "GET",
        "/engine-rest/task?maxResults=10&dueBeforeExpression=%24%7BdateTime().plusDays(3)%7D", null);
    assertThat(expression.status()).as(expression.text()).isEqualTo(400);
    assertThat(expression.text()).contains("Expressions are forbidden in adhoc queries");
    Http.Reply unbounded = http.call("gddt.canbo", "GET", "/engine-rest/task", null);
    assertThat(unbounded.status()).isEqualTo(400);
    assertThat(unbounded.text()).contains("An unbound number of results is forbidden!");
    assertThat(http.call("gddt.canbo", "GET", "/engine-rest/task?maxResults=2001", null).text())
        .contains("Max results limit of 2000 exceeded!");
  }

  @Test
  @DisplayName("không đăng nhập thì không gọi được gì; tên đăng nhập không có thì bị từ chối (sai mật khẩu: bài sau)")
  void anonymousRequestsAreRefused() {
    Http http = http();
    for (String path : List.of("/engine-rest/task?maxResults=1", "/engine-rest/process-definition?maxResults=1",
        "/engine-rest/history/process-instance?maxResults=1", "/engine-rest/user?maxResults=1", "/api/units",
        "/api/awards", "/api/audit?plan=x", "/api/overdue", "/camunda/api/engine/engine/default/task?maxResults=1")) {
      assertThat(http.call(null, "GET", path, null).status()).as(path).isEqualTo(401);
    }
    assertThat(http.call(null, "POST", "/engine-rest/process-definition/key/emulationPlan/start", "{}").status()).isEqualTo(401);
    // A wrong password would make a demo user wait (see the next test): a user nobody has.
    assertThat(login(http, "khong.co.ai", DEMO_PASSWORD)).isEqualTo(401);
  }

  @Test
  @DisplayName("đăng nhập sai thì phải chờ: trong thời gian chờ, cả mật khẩu đúng cũng bị từ chối")
  void failedLoginsAreThrottled() {
    String user = "thu.dangnhap" + Long.toString(System.nanoTime(), 36);
    org.camunda.bpm.engine.identity.User created = identity.newUser(user);
    created.setPassword(DEMO_PASSWORD);
    identity.saveUser(created);
    identity.createMembership(user, "unit-so-gddt-officer");
    Http http = http();
    try {
      assertThat(login(http, user, DEMO_PASSWORD)).isEqualTo(200);
      at(LocalDateTime.of(2024, 9, 20, 9, 0, 0));
      assertThat(login(http, user, "Sai@MatKhau1")).isEqualTo(401);
      assertThat(login(http, user, DEMO_PASSWORD)).as("right password while waiting 3 s").isEqualTo(401);
      at(LocalDateTime.of(2024, 9, 20, 9, 0, 2));
      assertThat(login(http, user, DEMO_PASSWORD)).as("still waiting").isEqualTo(401);
      at(LocalDateTime.of(2024, 9, 20, 9, 0, 4));
      assertThat(login(http, user, DEMO_PASSWORD)).as("after the wait").isEqualTo(200);
    } finally {
      identity.deleteUser(user);
    }
  }

  @Test
  @DisplayName("tệp quá lớn hoặc đội lốt, mục ngoài biểu mẫu, JSON hỏng hoặc quá lớn bị từ chối với lời giải thích; không gì được lưu")
  void badInputIsRefusedAndNothingIsStored() throws IOException {
    ProcessInstance plan = inTheWindow();
    String gddt = unitDrive(plan, "so-gddt").getId();
    String task = unitTask(plan, "so-gddt", "submitDossier").getId();
    Http http = http();
    byte[] oversized = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, oversized, 0, 9);

    Http.Reply tooBig = http.call("gddt.canbo", "POST", "/engine-rest/task/" + task + "/complete",
        dossierJson("<b>15/TTr-SGDĐT</b>", file("to-trinh.pdf", oversized), file("bien-ban.docx", FormValues.zip("word/document.xml"))));
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.text()).contains("Tờ trình đề nghị khen thưởng (to-trinh.pdf) vượt quá dung lượng cho phép (20 MB).");

    Http.Reply disguised = http.call("gddt.canbo", "POST", "/engine-rest/task/" + task + "/complete",
        dossierJson("15/TTr-SGDĐT", file("to-trinh.pdf", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
            file("bien-ban.docx", FormValues.zip("xl/document.xml"))));
    assertThat(disguised.status()).isEqualTo(400);
    assertThat(disguised.text()).contains("Biên bản họp xét (bien-ban.docx) có đuôi tệp DOCX nhưng nội dung không phải tệp DOCX hợp lệ.");

    Http.Reply foreign = http.call("gddt.canbo", "POST", "/engine-rest/task/" + task + "/complete",
        dossierJson("15/TTr-SGDĐT", file("to-trinh.pdf", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
            file("bien-ban.docx", FormValues.zip("word/document.xml"))).replace("{\"variables\":{",
            "{\"variables\":{\"unitCode\":{\"value\":\"so-yte\"},\"ghiChu\":{\"value\":\"x\"},\"unitName\":{\"value\":\""
            + runtime.getVariable(gddt, "unitName") + "\"},"));
    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.text()).contains("Công việc này không nhận các mục ngoài biểu mẫu: ").contains("unitCode", "ghiChu")
        .doesNotContain("unitName");
    // Sent transient, a value passes this request's checks and steps, then is not kept.
    Http.Reply transientValue = http.call("gddt.canbo", "POST", "/engine-rest/task/" + task + "/complete",
        dossierJson("15/TTr-SGDĐT", file("to-trinh.pdf", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
            file("bien-ban.docx", FormValues.zip("word/document.xml"))).replace("\"15/TTr-SGDĐT\"}",
            "\"15/TTr-SGDĐT\",\"type\":\"String\",\"valueInfo\":{\"transient\":true}}"));
    assertThat(transientValue.status()).isEqualTo(400);
    assertThat(transientValue.text()).contains("«proposalLetterNumber» được gửi ở dạng tạm thời (transient), không được lưu"
        + " cùng công việc: hãy gửi như một giá trị thường.");
    assertThat(http.call("gddt.canbo", "PUT", "/engine-rest/task/" + task + "/variables/unitCode",
        "{\"value\":\"so-yte\"}").status()).isEqualTo(403);
    assertThat(http.call("gddt.canbo", "DELETE", "/engine-rest/task/" + task + "/variables/nominees", null).status())
        .isEqualTo(403);
    assertThat(http.call("gddt.canbo", "POST", "/engine-rest/task/" + task + "/variables",
        "{\"modifications\":{\"quotaRuleId\":{\"value\":\"x\"}}}").status()).isEqualTo(403);

    Http.Reply malformed = http.call("gddt.canbo", "POST", "/engine-rest/task/" + task + "/complete", "{\"variables\": {");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body().path("message").asText())
        .startsWith("Nội dung gửi lên không đọc được: cần một đối tượng JSON hợp lệ, {\"tên trường\": giá trị, …}. Chi tiết:");

    assertThat(rawRequestDeclaring(999_999_999L, "/engine-rest/task/" + task + "/complete"))
        .startsWith("HTTP/1.1 413").contains("Dữ liệu gửi lên quá lớn (tối đa 120 MB cho một lần gửi).");
    // However the path is spelt, as long as the server routes it to an API.
    for (String path : List.of("/api;x=1/plans", "/%61pi/plans", "/engine-rest;x=1/task/" + task + "/complete")) {
      assertThat(rawRequestDeclaring(999_999_999L, path)).as(path)
          .startsWith("HTTP/1.1 413").contains("Dữ liệu gửi lên quá lớn (tối đa 120 MB cho một lần gửi).");
    }

    assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
    assertThat(runtime.getVariable(gddt, "proposalLetterFile")).isNull();
    assertThat(runtime.getVariable(gddt, "meetingMinutesFile")).isNull();
    assertThat(runtime.getVariable(gddt, "proposalLetterNumber")).isNull();
    assertThat(runtime.getVariable(gddt, "unitCode")).isEqualTo("so-gddt");
    assertThat(runtime.getVariable(gddt, "nominees")).isNotNull();
    assertThat(runtime.getVariable(gddt, "ghiChu")).isNull();
  }

  @Test
  @DisplayName("qua REST, giá trị khác loại của trường biểu mẫu (số cho ô chữ, chữ cho ô số hay ô đánh dấu, ngày sai dạng,"
      + " lựa chọn không có, dòng trống) bị từ chối, nêu từng trường; không gì được lưu")
  void valuesOfAnotherKindThanTheirFieldAreRefused() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    registeredAndReported(plan, "so-gddt");
    String meeting = unitTask(plan, "so-gddt", "recordSelectionMeeting").getId();

    Http.Reply refused = http().call("gddt.thuky", "POST", "/engine-rest/task/" + meeting + "/complete", """
        {"variables": {"meetingDate": {"value": "2025-10-011"}, "attendeeCount": {"value": "9"},
         "attendeeNames": {"value": 9},
         "nominees": {"type": "Json", "value": "[null, {\\"id\\": \\"n1\\", \\"name\\": \\"Nguyễn Văn An\\", \\"kind\\": \\"individual\\", \
          \\"votesFor\\": 8.5, \\"votesAgainst\\": 0, \\"proposeUpward\\": \\"có\\"}]"}}}""");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text()).contains(
        "«Ngày họp» phải là một ngày dạng YYYY-MM-DD, ví dụ 2025-10-14.",
        "«Số thành viên dự họp» phải là số nguyên.",
        "«Thành phần dự họp» phải là văn bản.",
        "«Tập thể, cá nhân được xét» dòng 1 trống hoặc không phải một dòng của danh sách.",
        "«Tập thể, cá nhân được xét» dòng 2, «Đối tượng» phải là một trong các lựa chọn: INDIVIDUAL («Cá nhân»),"
            + " COLLECTIVE («Tập thể»).",
        "«Tập thể, cá nhân được xét» dòng 2, «Số phiếu đồng ý» phải là số nguyên.",
        "«Tập thể, cá nhân được xét» dòng 2, «Đề nghị khen thưởng cấp trên» phải là true hoặc false (ô đánh dấu).");
    assertThat(tasks.createTaskQuery().taskId(meeting).count()).isOne();
    assertThat(runtime.getVariable(unitDrive(plan, "so-gddt").getId(), "attendeeCount")).isNull();
  }

  @Test
  @DisplayName("cán bộ không kết thúc công việc bằng báo lỗi hay báo vượt cấp (bỏ qua kiểm tra và bước duyệt); không gì được"
      + " lưu")
  void aTaskCannotBeEndedByAnErrorOrEscalation() {
    ProcessInstance plan = launchedAndApproved("so-gddt");
    registeredAndReported(plan, "so-gddt");
    String meeting = unitTask(plan, "so-gddt", "recordSelectionMeeting").getId();

    for (String ending : List.of("bpmnError", "bpmnEscalation")) {
      Http.Reply refused = http().call("gddt.thuky", "POST", "/engine-rest/task/" + meeting + "/" + ending, """
          {"errorCode": "x", "escalationCode": "submissionDeadlinePassed", "variables": {"proposedCount": {"value": 5}}}""");

      assertThat(refused.status()).as(ending + ": " + refused.text()).isEqualTo(403);
      assertThat(refused.text()).contains("Công việc chỉ được hoàn thành qua biểu mẫu của nó");
    }
    assertThat(tasks.createTaskQuery().taskId(meeting).count()).isOne();
    assertThat(runtime.getVariable(unitDrive(plan, "so-gddt").getId(), "proposedCount")).isNull();
  }

  @Test
  @DisplayName("chữ có mã HTML hay script được lưu nguyên là chữ, không bao giờ thành HTML trong liên kết tệp")
  void markupInTextStaysText() {
    ProcessInstance plan = inTheWindow();
    String task = unitTask(plan, "so-gddt", "submitDossier").getId();
    String markup = "<script>alert('x')</script>15/TTr-SGDĐT";
    Http http = http();

    assertThat(http.call("gddt.canbo", "POST", "/engine-rest/task/" + task + "/complete",
        dossierJson(markup, file("to-trinh.pdf", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
            file("bien-ban.docx", FormValues.zip("word/document.xml")))).status()).isEqualTo(204);

    String appraisal = unitTask(plan, "so-gddt", "appraiseDossier").getId();
    Http.Reply stored = http.call("canbo.bantdkt", "GET", "/engine-rest/task/" + appraisal + "/variables/proposalLetterNumber", null);
    assertThat(stored.body().get("value").asText()).isEqualTo(markup);
    String links = http.call("canbo.bantdkt", "GET", "/engine-rest/task/"
        + unitTask(plan, "so-tu-phap", "appraiseDossier").getId() + "/variables/dossierFiles?deserializeValue=false", null).text();
    assertThat(links).contains("&lt;img src=x onerror=alert(1)&gt;Hoàng Thị Dung").doesNotContain("<img");
  }

  private Http.Reply deploy(String user) {
    String boundary = "tdkt" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nke-gian\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"ke-gian.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";
    return http().call(user, DEMO_PASSWORD, "POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
        HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private int login(Http http, String user, String password) {
    return http.call(user, password, "GET", "/engine-rest/task?maxResults=1", "application/json",
        HttpRequest.BodyPublishers.noBody()).status();
  }

  private static String file(String name, byte[] content) {
    return "{\"type\":\"File\",\"value\":\"" + Base64.getEncoder().encodeToString(content)
        + "\",\"valueInfo\":{\"filename\":\"" + name + "\",\"mimeType\":\"text/html\"}}";
  }

  private static String dossierJson(String letterNumber, String letter, String minutes) {
    return "{\"variables\":{\"proposalLetterNumber\":{\"value\":\"" + letterNumber.replace("\"", "\\\"")
        + "\"},\"proposalLetterFile\":" + letter + ",\"meetingMinutesFile\":" + minutes
        + ",\"achievementReport_n1\":" + file("bao-cao.pdf", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)) + "}}";
  }


  /** A request announcing a body of that length, of which only a few bytes are sent: the answer comes first. */
  private String rawRequestDeclaring(long length, String path) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      String auth = Base64.getEncoder().encodeToString(("gddt.canbo:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
      out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
          + "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{\"variables\":")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      byte[] buffer = new byte[1024];
      // The server may keep the connection open: read until the answer's last sentence or its end.
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        answer.write(buffer, 0, n);
        if (answer.toString(StandardCharsets.UTF_8).contains("Không có gì được lưu.")) {
          break;
        }
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }
}
