package vn.tdkt.decision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import vn.tdkt.selection.Nominee;

/**
 * "Công khai kết quả khen thưởng": the awards of every decision in the register, as the decisions
 * publish them, for anyone without signing in ({@code GET /cong-khai}, optionally {@code ?plan=} a
 * plan's number), so an office's portal can link to it. Only what the register holds after a
 * decision: nobody proposed or appraised shows here before the deciding authority has decided.
 */
@RestController
public class PublicResultsController {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final AwardRegister register;

  public PublicResultsController(AwardRegister register) {
    this.register = register;
  }

  private record Decision(String number, LocalDate date, String planNumber, String planTitle) {}

  @GetMapping(value = "/cong-khai", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  public String results(@RequestParam(required = false) String plan) {
    Map<Decision, List<AwardRegister.Award>> byDecision = new LinkedHashMap<>();
    register.find(plan, null).stream().sorted(AwardWorkbook.DECISION_ORDER).forEach(award -> byDecision.computeIfAbsent(
        new Decision(award.decisionNumber(), award.decisionDate(), award.planNumber(), award.planTitle()),
        decision -> new ArrayList<>()).add(award));
    List<Decision> newestFirst = new ArrayList<>(byDecision.keySet());
    Collections.reverse(newestFirst);

    StringBuilder body = new StringBuilder();
    if (newestFirst.isEmpty()) {
      body.append("<p>").append(plan == null || plan.isBlank() ? "Chưa có quyết định khen thưởng nào được ghi vào sổ."
          : "Chưa có quyết định khen thưởng nào của kế hoạch số " + text(plan) + ".").append("</p>");
    }
    for (Decision decision : newestFirst) {
      body.append("<h2>Quyết định số ").append(text(decision.number())).append(" ngày ").append(DAY.format(decision.date()))
          .append("</h2><p>Theo kế hoạch số ").append(text(decision.planNumber())).append(": ").append(text(decision.planTitle()))
          .append("</p><table><thead><tr><th>STT</th><th>Hình thức khen thưởng</th><th>Tập thể/Cá nhân</th>")
          .append("<th>Tên tập thể, cá nhân</th><th>Chức vụ</th><th>Đơn vị</th></tr></thead><tbody>");
      int row = 0;
      for (AwardRegister.Award award : byDecision.get(decision)) {
        body.append("<tr><td>").append(++row).append("</td><td>").append(text(award.awardName())).append("</td><td>")
            .append(Nominee.kindHeading(award.nomineeKind())).append("</td><td>").append(text(award.nomineeName()))
            .append("</td><td>").append(text(award.position())).append("</td><td>").append(text(award.unitName()))
            .append("</td></tr>");
      }
      body.append("</tbody></table>");
    }
    return """
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>Công khai kết quả khen thưởng</title>
        <style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.5}
        table{border-collapse:collapse;width:100%%}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}</style>
        </head><body><h1>Công khai kết quả khen thưởng</h1>
        <p>Tập thể, cá nhân được khen thưởng theo các quyết định đã ban hành, quyết định mới nhất trước.</p>
        <form method="get"><label>Số kế hoạch <input name="plan" value="%s"></label> <button>Xem</button></form>
        %s</body></html>
        """.formatted(plan == null ? "" : text(plan), body);
  }

  /** What a unit or an official typed, shown as the characters it is. */
  private static String text(String typed) {
    return typed == null ? "" : HtmlUtils.htmlEscape(typed, "UTF-8");
  }
}
