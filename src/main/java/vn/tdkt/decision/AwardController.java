package vn.tdkt.decision;

import java.text.Normalizer;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The award register over HTTP: {@code GET /api/awards?planNumber=…&nomineeName=…} as JSON, and
 * {@code GET /api/awards.xlsx} with the same filters as the Excel list an office attaches to a decision.
 */
@RestController
public class AwardController {

  private final AwardRegister register;

  public AwardController(AwardRegister register) {
    this.register = register;
  }

  @GetMapping("/api/awards")
  public List<AwardRegister.Award> awards(@RequestParam(required = false) String planNumber,
      @RequestParam(required = false) String nomineeName) {
    return register.find(planNumber, nomineeName);
  }

  @GetMapping("/api/awards.xlsx")
  public ResponseEntity<byte[]> awardList(@RequestParam(required = false) String planNumber,
      @RequestParam(required = false) String nomineeName) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(AwardWorkbook.CONTENT_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName(planNumber)).build().toString())
        .body(AwardWorkbook.of(register.find(planNumber, nomineeName)));
  }

  /**
   * The plan's number in letters every client keeps ("56-KH/ĐUK" gives danh-sach-khen-thuong-56-KH-DUK.xlsx):
   * a number holds "/", which a file name cannot, and some clients save an encoded Vietnamese name as it is.
   */
  static String fileName(String planNumber) {
    String plain = planNumber == null ? "" : Normalizer.normalize(planNumber.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace('Đ', 'D').replace('đ', 'd').replaceAll("[^A-Za-z0-9.-]+", "-");
    return "danh-sach-khen-thuong" + (plain.isEmpty() ? "" : "-" + plain) + ".xlsx";
  }
}
