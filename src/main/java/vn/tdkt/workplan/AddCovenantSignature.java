package vn.tdkt.workplan;

import org.springframework.stereotype.Component;
import vn.tdkt.unit.UnitRegistry;

/** "Ghi chữ ký giao ước vào nhiệm vụ": a member's signature joins the row's {@code covenantSignatures}. */
@Component("addCovenantSignature")
public class AddCovenantSignature extends AddToRow {

  public AddCovenantSignature(UnitRegistry units) {
    super("covenantSignatures", EscalateWorkItem.UNSIGNED_MEMBERS, EscalateWorkItem.MEMBER_SIGNATURE, units);
  }
}
