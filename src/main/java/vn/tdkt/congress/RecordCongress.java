package vn.tdkt.congress;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.InvalidInputException;
import vn.tdkt.common.JsonVariables;
import vn.tdkt.congress.CongressPlanData.Format;
import vn.tdkt.congress.CongressPlanData.Level;
import vn.tdkt.congress.CongressPlanData.ProgrammeItem;

/**
 * "Ghi kết quả Đại hội (hội nghị)": the day it was held (inside its level's period, not in the
 * future), a form its level allows, every item of the seed's programme ticked (the flag salute only
 * at a "Đại hội"), the summary report and the delegates to the congress above, each with name
 * and unit (position if any) — none when the congress above was held before this one or closed as not
 * held ({@link CongressAbove}), and then nor is the item approving them; the awards presented there,
 * if any, each complete ({@link CongressAward}). A congress held after its level's deadline is recorded, marked late.
 */
@Component("recordCongress")
public class RecordCongress implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    CongressPlanData plan = CongressPlans.of(task);
    Level level = plan.level((String) task.getVariable("congressLevel")).orElseThrow();
    InvalidInputException.Problems problems = new InvalidInputException.Problems();

    LocalDate day = Deadlines.parseOrNull(task.getVariable("congressDate"));
    LocalDate from = Deadlines.parse(level.from());
    problems.addIf(day == null, Deadlines.unusable(task.getVariable("congressDate"), "Chưa nhập ngày tổ chức Đại hội (hội nghị)."))
        .addIf(day != null && day.isBefore(from), "Ngày tổ chức phải từ ngày " + Deadlines.display(from)
            + " trở đi (" + level.name() + ": " + level.timing() + ").")
        .addIf(day != null && day.isAfter(Deadlines.today()), "Ngày tổ chức không được sau hôm nay: chỉ ghi kết quả "
            + "Đại hội (hội nghị) đã diễn ra.");

    Object formatCode = task.getVariable("congressFormat");
    Format format = formatCode == null || !level.formats().contains(formatCode.toString()) ? null
        : plan.format(formatCode.toString()).orElse(null);
    problems.addIf(format == null, "Chưa chọn hình thức tổ chức trong các hình thức của " + level.name() + ".");

    String noDelegates = CongressAbove.of(task.getExecution()).takesNoDelegates(day);
    Set<String> done = Set.copyOf(JsonVariables.readList(task, "programmeDone", String.class));
    List<String> missing = plan.programme().stream()
        // With no form chosen yet, only that is asked for, not the flag salute of a Đại hội.
        .filter(item -> !done.contains(item.id()) && (!item.onlyAtCongress() || format != null && format.congress())
            && !(item.aboutDelegates() && noDelegates != null))
        .map(ProgrammeItem::text).map(text -> "«" + text + "»").toList();
    problems.addIf(!missing.isEmpty(), "Chương trình Đại hội (hội nghị) còn thiếu nội dung: " + String.join("; ", missing) + ".");

    problems.requireText(task, "reportSummary", "Chưa nhập tóm tắt báo cáo tổng kết phong trào thi đua và công tác khen thưởng.");

    List<Delegate> delegates = JsonVariables.readList(task, "delegates", Delegate.class);
    if (noDelegates == null) {
      problems.addIf(delegates.isEmpty(), "Chưa có danh sách đại biểu đi dự " + task.getVariable("delegatesGoTo") + ".");
    } else {
      problems.addIf(!delegates.isEmpty(), noDelegates + ": xóa danh sách đại biểu rồi hoàn thành để ghi kết quả.");
    }
    for (int i = 0; i < delegates.size(); i++) {
      Delegate d = delegates.get(i);
      String row = "Đại biểu thứ " + (i + 1) + ": ";
      // No position asked: the seed's delegates include workers and farmers, who hold none.
      problems.addIf(Decisions.isBlank(d.name()), row + "chưa nhập họ và tên.")
          .addIf(Decisions.isBlank(d.workUnit()), row + "chưa nhập đơn vị công tác.")
          .addIf(!Delegate.BASES.containsKey(d.basis()), row + "chưa chọn thành phần (Anh hùng, Chiến sĩ thi đua toàn"
              + " quốc hay gương điển hình tiên tiến).")
          .addIf(!Delegate.GENDERS.contains(d.gender()), row + "chưa chọn giới tính.");
    }
    CongressAward.check(JsonVariables.readList(task, RecordCongressAwards.AWARDS, CongressAward.class), day, problems);
    problems.throwIfAny();
    task.setVariable("congressLate", day.isAfter(Deadlines.parse(task.getVariable("congressDeadline"))));
  }
}
