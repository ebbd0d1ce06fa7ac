package vn.tdkt.workplan;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tdkt.unit.UnitRegistry;

/** "Ghi chữ ký giao ước vào nhiệm vụ": a member's signature joins the row's {@code covenantSignatures}. */
@Component("addCovenantSignature")
public class AddCovenantSignature extends AddToRow {

  public AddCovenantSignature(UnitRegistry units) {
    super("covenantSignatures", List.of(EscalateWorkItem.UNSIGNED_MEMBERS, RecordCovenantSigning.MEMBERS_NOT_SIGNED),
        EscalateWorkItem.MEMBER_SIGNATURE, units);
  }
}
