package vn.tdkt.workplan;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.unit.UnitRegistry;

/**
 * "Ký giao ước thi đua": a member of a cluster or bloc confirms it signed the covenant; the
 * signature joins the row's {@code covenantSignatures}, which the leader records — in the job of
 * "Ghi chữ ký giao ước vào nhiệm vụ" ({@link AddCovenantSignature}), so members confirming at once never collide.
 */
@Component("signCovenant")
public class SignCovenant implements TaskListener {

  /** One member's signature of its cluster's covenant. */
  public record CovenantSignature(String unitCode, String unitName, String signatoryName, String signatoryPosition,
      String day) {}

  private final UnitRegistry units;

  public SignCovenant(UnitRegistry units) {
    this.units = units;
  }

  @Override
  public void notify(DelegateTask task) {
    new InvalidInputException.Problems()
        .addIf(!Boolean.TRUE.equals(task.getVariable("covenantSigned")),
            "Cần xác nhận đơn vị đã ký giao ước thi đua.")
        .requireText(task, "signatoryName", "Chưa nhập họ và tên người ký giao ước.")
        .throwIfAny();
    String unit = (String) task.getVariable("coordinatingUnit");
    Object position = task.getVariable("signatoryPosition");
    AddToRow.entry(task, new CovenantSignature(unit, units.current(unit).name(),
        task.getVariable("signatoryName").toString().trim(), position == null ? null : position.toString().trim(),
        Deadlines.today().toString()));
  }

  static List<CovenantSignature> signatures(DelegateTask task) {
    return JsonVariables.readList(task, "covenantSignatures", CovenantSignature.class);
  }
}
