package vn.tdkt.workplan;

import org.springframework.stereotype.Component;

/** "Ghi chữ ký giao ước vào nhiệm vụ": a member's signature joins the row's {@code covenantSignatures}. */
@Component("addCovenantSignature")
public class AddCovenantSignature extends AddToRow {

  public AddCovenantSignature() {
    super("covenantSignatures");
  }
}
