package vn.tdkt.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.tdkt.common.Workbook;
import vn.tdkt.support.DriveTest;
import vn.tdkt.support.Http;
import vn.tdkt.support.WorkbookFiles;

@DisplayName("Danh sách đề nghị khen thưởng")
class ProposalListTest extends DriveTest {

  private static final String REASON = "Đang bị xem xét kỷ luật theo Kết luận thanh tra số 12/KL-TTr.";

  @Autowired TestRestTemplate rest;

  @Test
  @DisplayName("Ban và Chủ tịch tải danh sách đề nghị: tập thể trước cá nhân, tờ trình, người không đưa vào tờ trình có lý do,"
      + " quyết định từng người")
  void theProposalListFollowsTheProposalToTheDecision() throws Exception {
    ProcessInstance plan = passedAppraisal();

    assertThat(rows("canbo.bantdkt", plan)).containsExactly(
        List.of("Tập thể", "Khoa Nội", "Chưa lập tờ trình", "Đề nghị khen thưởng", "Chưa quyết định"),
        List.of("Cá nhân", "Nguyễn Văn An", "Chưa lập tờ trình", "Đề nghị khen thưởng", "Chưa quyết định"),
        List.of("Cá nhân", "Trần Thị Bình", "Chưa lập tờ trình", "Đề nghị khen thưởng", "Chưa quyết định"));

    complete(task(plan, "draftProposal"), draftLeavingOut(plan, "Trần Thị Bình", REASON));
    complete(task(plan, "signProposal"), Map.of("proposalSigned", true));
    assertThat(rows("chutich.ubnd", plan)).as("what the Chairman reads before deciding").extracting(row -> row.get(3))
        .containsExactly("Đề nghị khen thưởng", "Đề nghị khen thưởng", "Không đưa vào tờ trình: " + REASON);
    complete(task(plan, "decideAwards"), Map.of("decisionApproved", true, "proposalNominees",
        json(decided(plan, n -> "Khoa Nội".equals(n.get("name")))), "decisionNumber", "1234/QĐ-UBND",
        "decisionDate", "2025-10-15"));

    ResponseEntity<byte[]> reply = rest.withBasicAuth("chutich.ubnd", DEMO_PASSWORD)
        .getForEntity("/api/proposals.xlsx?plan={p}", byte[].class, plan.getBusinessKey());
    assertThat(reply.getStatusCode().value()).isEqualTo(200);
    assertThat(reply.getHeaders().getContentType()).hasToString(Workbook.CONTENT_TYPE);
    assertThat(reply.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("danh-sach-de-nghi-khen-thuong-" + plan.getBusinessKey().replace('/', '-') + ".xlsx");
    List<List<String>> sheet = WorkbookFiles.rows(WorkbookFiles.parts(reply.getBody()).get(WorkbookFiles.SHEET));
    assertThat(sheet.get(0)).containsExactly("STT", "Đợt", "Tập thể/Cá nhân", "Tên tập thể, cá nhân", "Chức vụ",
        "Đơn vị công tác", "Đơn vị đề nghị", "Tóm tắt thành tích", "Tờ trình", "Đề nghị", "Quyết định");
    assertThat(sheet.subList(1, sheet.size())).extracting(row -> String.join(" | ", row.get(0), row.get(2), row.get(3),
        row.get(6), row.get(8), row.get(9), row.get(10))).containsExactly(
        "1 | Tập thể | Khoa Nội | Sở Y tế | Tờ trình số 01/TTr ngày 15/10/2025 | Đề nghị khen thưởng | Được khen thưởng theo"
            + " Quyết định số 1234/QĐ-UBND ngày 15/10/2025",
        "2 | Cá nhân | Nguyễn Văn An | Sở Y tế | Tờ trình số 01/TTr ngày 15/10/2025 | Đề nghị khen thưởng | Không được khen"
            + " thưởng",
        "3 | Cá nhân | Trần Thị Bình | Sở Giáo dục và Đào tạo | Tờ trình số 01/TTr ngày 15/10/2025 | Không đưa vào tờ trình: "
            + REASON + " | Không được khen thưởng");
  }

  @Test
  @DisplayName("đơn vị không xem được danh sách đề nghị của các đơn vị; số kế hoạch sai thì được báo rõ")
  void onlyThoseWhoFollowEveryUnitReadTheList() {
    ProcessInstance plan = passedAppraisal();
    String path = "/api/proposals?plan=" + URLEncoder.encode(plan.getBusinessKey(), StandardCharsets.UTF_8);

    Http.Reply unit = http().call("gddt.canbo", "GET", path, null);
    assertThat(unit.status()).isEqualTo(403);
    assertThat(unit.text()).contains("Chỉ cơ quan thẩm định, người có thẩm quyền quyết định");
    assertThat(rest.getForEntity(path, String.class).getStatusCode().value()).isEqualTo(401);
    Http.Reply unknown = http().call("canbo.bantdkt", "GET", "/api/proposals?plan=999/KH-UBND", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text()).contains("Không có kế hoạch thi đua nào số 999/KH-UBND");
    Http.Reply blank = http().call("canbo.bantdkt", "GET", "/api/proposals.xlsx?plan=", null);
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.text()).contains("Cần ghi số kế hoạch (plan)");
  }

  /** Sở Y tế proposes its Khoa Nội and Nguyễn Văn An, Sở GD&ĐT Trần Thị Bình; all pass and the board consolidates. */
  private ProcessInstance passedAppraisal() {
    ProcessInstance plan = launchedAndApproved("so-yte", "so-gddt");
    registeredAndReported(plan, "so-yte", "so-gddt");
    recordMeeting(plan, "so-yte", meeting(9, List.of(nominee("n1", "Nguyễn Văn An", INDIVIDUAL, 8, 1, true),
        nominee("n2", "Khoa Nội", COLLECTIVE, 8, 1, true))));
    headApprovesSelection(plan, "so-yte");
    proposesOne(plan, "so-gddt", "Trần Thị Bình");
    at(LocalDateTime.of(2025, 10, 15, 9, 0));
    for (String unit : List.of("so-yte", "so-gddt")) {
      submitDossier(plan, unit);
      appraise(plan, unit, "CONCLUDE", Map.of("n1", "PASS", "n2", "PASS"), Map.of());
      boardHeadApprovesAppraisal(plan, unit);
    }
    runAsynchronousContinuations();
    return plan;
  }

  /** Kind, name, proposal letter, the board's proposal and the decision of each row of {@code /api/proposals}. */
  private List<List<String>> rows(String user, ProcessInstance plan) {
    Http.Reply reply = http().call(user, "GET", "/api/proposals?plan="
        + URLEncoder.encode(plan.getBusinessKey(), StandardCharsets.UTF_8), null);
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("planNumber").asText()).isEqualTo(plan.getBusinessKey());
    return StreamSupport.stream(reply.body().get("rows").spliterator(), false)
        .map(row -> List.of(row.get("kind").asText(), row.get("name").asText(), row.get("proposal").asText(),
            row.get("proposalStatus").asText(), row.get("decision").asText())).toList();
  }
}
