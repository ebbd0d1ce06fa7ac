package vn.tdkt.decision;

import java.nio.charset.StandardCharsets;
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
    // A plan number holds "/", which a file name cannot.
    String name = "danh-sach-khen-thuong" + (planNumber == null || planNumber.isBlank() ? ""
        : "-" + planNumber.strip().replaceAll("[^\\p{L}\\p{N}.-]+", "-")) + ".xlsx";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(AwardWorkbook.CONTENT_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .body(AwardWorkbook.of(register.find(planNumber, nomineeName)));
  }
}
