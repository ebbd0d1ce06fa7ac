package vn.tdkt.calendar;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's business calendars the Vietnamese working day: wherever BPMN takes a
 * duration or a due date (timers, a user task's due and follow-up date), "5 ngày làm việc" (or
 * "5 working days") means the end (23:59:59.999, Vietnam) of the fifth working day after today, counted
 * from the next day (Civil Code Art. 147). Anything else — ISO 8601 durations and dates — keeps
 * Camunda's meaning.
 */
@Component
public class WorkingDaysPlugin extends AbstractProcessEnginePlugin {

  private static final Pattern WORKING_DAYS = Pattern.compile(
      "\\s*(\\d{1,4})\\s*(ngày\\s+làm\\s+việc|working\\s+days?)\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final VietnameseBusinessCalendar calendar;

  public WorkingDaysPlugin(VietnameseBusinessCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new WorkingDays(new DurationBusinessCalendar()));
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new WorkingDays(new DueDateBusinessCalendar()));
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(calendars);
  }

  /** The instant a period of working days, written as text, ends; empty for any other text. */
  Optional<Date> endOfWorkingDays(String text, Date from) {
    // Typed in Modeler with Unikey's combining accents, the same words are other code points.
    Matcher m = WORKING_DAYS.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
    if (!m.matches()) {
      return Optional.empty();
    }
    LocalDate today = Deadlines.countingDay(from == null ? ClockUtil.getCurrentTime() : from);
    LocalDate lastDay = calendar.plusWorkingDays(today, Integer.parseInt(m.group(1)));
    return Optional.of(Date.from(calendar.deadlineEnd(lastDay)));
  }

  private final class WorkingDays implements BusinessCalendar {
    private final BusinessCalendar camunda;

    WorkingDays(BusinessCalendar camunda) {
      this.camunda = camunda;
    }

    @Override
    public Date resolveDuedate(String duedate) {
      return resolveDuedate(duedate, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duedate, Date startDate) {
      return endOfWorkingDays(duedate, startDate).orElseGet(() -> startDate == null
          ? camunda.resolveDuedate(duedate) : camunda.resolveDuedate(duedate, startDate));
    }

    @Override
    public Date resolveDuedate(String duedate, Task task) {
      return endOfWorkingDays(duedate, null).orElseGet(() -> camunda.resolveDuedate(duedate, task));
    }
  }
}
