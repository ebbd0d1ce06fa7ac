package vn.tdkt.calendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the business calendar a bean. The official schedule is read once at startup, from the
 * file named by {@code tdkt.calendar.schedule-file} if set (an administrator drops an updated
 * schedule on the server and restarts), else from the shipped {@value OfficialSchedule#DEFAULT_RESOURCE}.
 * A malformed file stops the startup with the line and the problem, rather than miscounting deadlines.
 */
@Configuration
public class CalendarConfiguration {

  @Bean
  public VietnameseBusinessCalendar vietnameseBusinessCalendar(
      @Value("${tdkt.calendar.schedule-file:}") String scheduleFile) {
    return new VietnameseBusinessCalendar(OfficialSchedule.load(scheduleFile));
  }
}
