package vn.tdkt.decision;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.common.Workbook;

/**
 * The award register over HTTP: {@code GET /api/awards?planNumber=…&nomineeName=…} as JSON, and
 * {@code GET /api/awards.xlsx} with the same filters as the Excel list an office attaches to a decision.
 */
@RestController
public class AwardController {

  static final String FILE_NAME = "danh-sach-khen-thuong";

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
    return Workbook.download(FILE_NAME, planNumber, AwardWorkbook.of(register.find(planNumber, nomineeName)));
  }
}
