package vn.tdkt.workplan;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tdkt.unit.UnitRegistry;

/** "Ghi ý kiến phối hợp vào nhiệm vụ": a coordinating unit's input joins the row's {@code coordinationInputs}. */
@Component("addCoordinationInput")
public class AddCoordinationInput extends AddToRow {

  public AddCoordinationInput(UnitRegistry units) {
    super("coordinationInputs", List.of(ReviewWorkItem.COORDINATION_MISSING), "contributeToWorkItem", units);
  }
}
