package vn.tdkt.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The official days off and swapped working days of each year, as fixed by the Prime Minister's
 * decisions: data an administrator updates without rebuilding. One entry per line, columns
 * separated by '|':
 *
 * <pre>2026-01-10 | WORKING_DAY | Làm bù cho thứ Sáu 02/01/2026 | Văn bản 12729/VPCP-KGVX ngày 25/12/2025</pre>
 *
 * <p>A year with at least one {@code DAY_OFF} entry is taken as completely listed: the file, not
 * the Labour Code rules of {@link PublicHolidays}, then says which weekdays are off that year, so
 * a missing statutory holiday is refused at load time rather than silently worked.
 * {@code WORKING_DAY} entries (a weekend day worked) apply in any year, since a swap can reach into
 * the previous year.
 */
public final class OfficialSchedule {

  /** The schedule shipped with the application; the property {@code tdkt.calendar.schedule-file} replaces it. */
  public static final String DEFAULT_RESOURCE = "calendar/official-schedule.txt";

  public enum Kind {
    /** A weekday not worked: a holiday, a compensatory day or a weekday swapped for a Saturday. */
    DAY_OFF,
    /** A Saturday or Sunday worked in exchange for a weekday off. */
    WORKING_DAY
  }

  /** One line of the file; {@code line} is its number, to point an administrator at it. */
  public record Entry(LocalDate date, Kind kind, String description, String source, int line) {}

  private final Map<LocalDate, Entry> entries;
  private final Set<Integer> yearsListed;

  private OfficialSchedule(Map<LocalDate, Entry> entries) {
    this.entries = entries;
    this.yearsListed = new TreeSet<>();
    entries.values().stream().filter(entry -> entry.kind() == Kind.DAY_OFF)
        .forEach(entry -> yearsListed.add(entry.date().getYear()));
  }

  public static OfficialSchedule empty() {
    return new OfficialSchedule(new TreeMap<>());
  }

  /** Reads the file at {@code scheduleFile}, or the shipped schedule when it is blank. */
  public static OfficialSchedule load(String scheduleFile) {
    try {
      if (scheduleFile == null || scheduleFile.isBlank()) {
        try (InputStream in = OfficialSchedule.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
          if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + DEFAULT_RESOURCE);
          }
          return parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), UTF_8).lines().toList());
        }
      }
      Path path = Path.of(scheduleFile.strip());
      if (!Files.isRegularFile(path)) {
        throw new ScheduleFormatException(List.of("Không tìm thấy tệp lịch nghỉ chính thức " + path.toAbsolutePath() + "."));
      }
      return parse(path.toString(), Files.readAllLines(path, UTF_8));
    } catch (CharacterCodingException e) {
      throw new ScheduleFormatException(List.of(scheduleFile + ": tệp phải được lưu với bảng mã UTF-8."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses and checks the lines of a schedule; {@code sourceName} prefixes the error messages. */
  public static OfficialSchedule parse(String sourceName, List<String> lines) {
    List<String> errors = new ArrayList<>();
    Map<LocalDate, Entry> entries = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      // Notepad and Excel may start a UTF-8 file with a byte order mark.
      String line = (i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i)).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Entry entry = parseLine(line, i + 1, sourceName + ", dòng " + (i + 1) + ": ", errors);
      if (entry != null) {
        Entry previous = entries.putIfAbsent(entry.date(), entry);
        if (previous != null) {
          errors.add(sourceName + ", dòng " + entry.line() + ": ngày " + entry.date() + " đã có ở dòng " + previous.line() + ".");
        }
      }
    }
    OfficialSchedule schedule = new OfficialSchedule(entries);
    for (int year : schedule.yearsListed) {
      for (PublicHolidays.Holiday holiday : PublicHolidays.fixedHolidays(year)) {
        if (!PublicHolidays.isWeekend(holiday.date()) && !schedule.isDayOff(holiday.date())) {
          errors.add(sourceName + ": năm " + year + " có ngày nghỉ trong tệp nên phải liệt kê đủ các ngày nghỉ của năm, nhưng thiếu "
              + Deadlines.display(holiday.date()) + " (" + holiday.name() + ").");
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ScheduleFormatException(errors);
    }
    return schedule;
  }

  private static Entry parseLine(String line, int number, String where, List<String> errors) {
    String[] columns = line.split("\\|", -1);
    if (columns.length != 4) {
      errors.add(where + "cần 4 cột cách nhau bởi '|' (ngày | loại | mô tả | văn bản nguồn), nhưng có " + columns.length + ".");
      return null;
    }
    int before = errors.size();
    LocalDate date = null;
    try {
      date = LocalDate.parse(columns[0].strip());
      if (date.getYear() < VietnameseLunarCalendar.FIRST_YEAR || date.getYear() > VietnameseLunarCalendar.LAST_YEAR) {
        errors.add(where + "năm " + date.getYear() + " nằm ngoài khoảng " + VietnameseLunarCalendar.FIRST_YEAR + "–"
            + VietnameseLunarCalendar.LAST_YEAR + ".");
      }
    } catch (DateTimeParseException e) {
      errors.add(where + "ngày '" + columns[0].strip() + "' không hợp lệ (cần dạng YYYY-MM-DD).");
    }
    Kind kind = null;
    try {
      kind = Kind.valueOf(columns[1].strip());
    } catch (IllegalArgumentException e) {
      errors.add(where + "loại '" + columns[1].strip() + "' không hợp lệ (cần DAY_OFF hoặc WORKING_DAY).");
    }
    if (columns[2].isBlank()) {
      errors.add(where + "thiếu mô tả.");
    }
    if (columns[3].isBlank()) {
      errors.add(where + "thiếu văn bản nguồn.");
    }
    if (kind == Kind.WORKING_DAY && date != null && !PublicHolidays.isWeekend(date)) {
      // Most likely a wrong date: a weekday is a working day anyway.
      errors.add(where + "ngày " + Deadlines.display(date) + " là ngày thường; WORKING_DAY chỉ dành cho thứ Bảy, Chủ nhật phải đi làm.");
    }
    return errors.size() > before ? null : new Entry(date, kind, columns[2].strip(), columns[3].strip(), number);
  }

  public Optional<Entry> entry(LocalDate date) {
    return Optional.ofNullable(entries.get(date));
  }

  /** Whether the file lists the days off of this year (then the Labour Code rules are not used). */
  public boolean listsDaysOf(int year) {
    return yearsListed.contains(year);
  }

  public List<Entry> entries(int year) {
    return entries.values().stream().filter(entry -> entry.date().getYear() == year).toList();
  }

  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  private boolean isDayOff(LocalDate date) {
    Entry entry = entries.get(date);
    return entry != null && entry.kind() == Kind.DAY_OFF;
  }
}
