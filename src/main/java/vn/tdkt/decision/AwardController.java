package vn.tdkt.decision;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The award register over HTTP: {@code GET /api/awards?planNumber=…&nomineeName=…}. */
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
}
