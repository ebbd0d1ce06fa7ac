package vn.tdkt.decision;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.selection.Nominee;

/**
 * "Công khai kết quả khen thưởng": the awards of the decisions in the register, as the decisions
 * publish them, for anyone without signing in ({@code GET /cong-khai}: the last twelve months'
 * decisions; {@code ?plan=} a plan's number: all of that plan's), so an office's portal can link to
 * it. Only what the register holds after a decision: nobody proposed or appraised shows here before
 * the deciding authority has decided, and a withdrawn decision's awards no longer show.
 */
@RestController
public class PublicResultsController {

  /** How far back the page goes without a plan: anyone may ask, so no request reads the whole register. */
  private static final int MONTHS_SHOWN = 12;

  private final AwardRegister register;

  public PublicResultsController(AwardRegister register) {
    this.register = register;
  }

  /** One decision's list: a congress's unit issues its own, under the congress plan's number. */
  private record Decision(String number, LocalDate date, String planNumber, String planTitle, String recordedBy) {}

  @GetMapping(value = "/cong-khai", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  public ResponseEntity<String> results(@RequestParam(required = false) String plan) {
    String planNumber = plan == null ? "" : plan.strip();
    List<AwardRegister.Award> awards = planNumber.isEmpty()
        ? register.decidedSince(Deadlines.today().minusMonths(MONTHS_SHOWN))
        : planNumber.length() > AwardRegister.NUMBER_LENGTH ? List.of() : register.find(planNumber, null);
    Map<Decision, List<AwardRegister.Award>> byDecision = awards.stream().filter(award -> !award.withdrawn())
        .sorted(AwardWorkbook.DECISION_ORDER)
        .collect(Collectors.groupingBy(award -> new Decision(award.decisionNumber(), award.decisionDate(), award.planNumber(),
            award.planTitle(), award.planProcessInstanceId()), LinkedHashMap::new, Collectors.toList()));
    List<Decision> newestFirst = new ArrayList<>(byDecision.keySet());
    Collections.reverse(newestFirst);

    StringBuilder body = new StringBuilder();
    if (newestFirst.isEmpty()) {
      body.append("<p>").append(planNumber.isEmpty()
          ? "Chưa có quyết định khen thưởng nào trong " + MONTHS_SHOWN + " tháng qua."
          : "Chưa có quyết định khen thưởng nào của kế hoạch số " + text(planNumber) + ".").append("</p>");
    }
    newestFirst.forEach(decision -> table(body, decision, byDecision.get(decision)));
    String page = """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Công khai kết quả khen thưởng</title>
        <style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.5}
        table{border-collapse:collapse;width:100%%}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style>
        </head><body><h1>Công khai kết quả khen thưởng</h1>
        <p>Tập thể, cá nhân được khen thưởng theo các quyết định đã ban hành%s, quyết định mới nhất ở trên.</p>
        <form method="get"><label>Số kế hoạch <input name="plan" value="%s"></label> <button>Xem</button></form>
        %s</body></html>
        """.formatted(planNumber.isEmpty() ? " trong " + MONTHS_SHOWN + " tháng qua" : "", text(planNumber), body);
    // A page anyone may load: kept a few minutes by browsers and proxies, and never run as a script.
    return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
        .header("X-Content-Type-Options", "nosniff")
        .body(page);
  }

  private static void table(StringBuilder body, Decision decision, List<AwardRegister.Award> awards) {
    body.append("<h2>Quyết định số ").append(text(decision.number())).append(" ngày ").append(Deadlines.display(decision.date()))
        .append("</h2><p>Theo kế hoạch số ").append(text(decision.planNumber())).append(": ").append(text(decision.planTitle()))
        .append("</p><table><thead><tr><th>STT</th><th>Hình thức khen thưởng</th><th>Tập thể/Cá nhân</th>")
        .append("<th>Tên tập thể, cá nhân</th><th>Chức vụ</th><th>Đơn vị</th></tr></thead><tbody>");
    int row = 0;
    for (AwardRegister.Award award : awards) {
      body.append("<tr><td>").append(++row).append("</td><td>").append(text(award.awardName())).append("</td><td>")
          .append(Nominee.kindHeading(award.nomineeKind())).append("</td><td>").append(text(award.nomineeName()))
          .append("</td><td>").append(text(award.position())).append("</td><td>").append(text(award.unitName()))
          .append("</td></tr>");
    }
    body.append("</tbody></table>");
  }

  /** What a unit or an official typed, shown as the characters it is. */
  private static String text(String typed) {
    return typed == null ? "" : HtmlUtils.htmlEscape(typed, "UTF-8");
  }
}
