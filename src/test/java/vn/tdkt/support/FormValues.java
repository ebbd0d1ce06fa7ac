package vn.tdkt.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The values officials enter in the forms (Json lists, dossier files, nominees, a selection
 * meeting), shared by the scenario tests and the benchmark so both drive the processes alike.
 */
public final class FormValues {

  public static final String INDIVIDUAL = "INDIVIDUAL";
  public static final String COLLECTIVE = "COLLECTIVE";
  private static final ObjectMapper JSON = new ObjectMapper();

  private FormValues() {
  }

  public static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Map<?, ?>> read(String json) {
    try {
      return List.of(JSON.readValue(json, Map[].class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static FileValue pdf(String name) {
    byte[] content = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    return Variables.fileValue(name).file(content).mimeType("application/pdf").create();
  }

  public static FileValue docx(String name) {
    return Variables.fileValue(name).file(zip("[Content_Types].xml", "word/document.xml"))
        .mimeType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").create();
  }

  /** An archive holding these entries: what tells a Word or Excel file from another zip is the folder of its parts. */
  public static byte[] zip(String... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static Map<String, Object> nominee(String id, String name, String kind, long votesFor,
      long votesAgainst, boolean proposeUpward) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("id", id);
    n.put("kind", kind);
    n.put("name", name);
    n.put("position", INDIVIDUAL.equals(kind) ? "Chuyên viên" : null);
    n.put("workUnit", "Phòng Tổng hợp");
    n.put("achievementSummary", "Hoàn thành xuất sắc nhiệm vụ, có sáng kiến được áp dụng.");
    n.put("votesFor", votesFor);
    n.put("votesAgainst", votesAgainst);
    n.put("proposeUpward", proposeUpward);
    return n;
  }

  public static Map<String, Object> meeting(long attendees, List<Map<String, Object>> nominees) {
    return meetingOn("2025-10-01", attendees, nominees);
  }

  public static Map<String, Object> meetingOn(String day, long attendees, List<Map<String, Object>> nominees) {
    Map<String, Object> m = new HashMap<>();
    m.put("meetingDate", day);
    m.put("attendeeCount", attendees);
    m.put("attendeeNames", "Các thành viên Hội đồng Thi đua - Khen thưởng");
    m.put("nominees", json(nominees));
    m.put("unitCommendations", json(List.of()));
    return m;
  }

  /** Seed 000's plan (dates, authority, award) for the given units. */
  public static Map<String, Object> seed000Plan(String planNumber, List<String> unitCodes) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("planNumber", planNumber);
    plan.put("planTitle", "Đợt thi đua đặc biệt lập thành tích chào mừng các ngày lễ lớn năm 2025");
    plan.put("planTheme", "Ra sức thi đua hoàn thành vượt mức các mục tiêu, nhiệm vụ nhiệm kỳ 2020 - 2025");
    plan.put("issuingAuthority", "UBND tỉnh Bắc Kạn");
    plan.put("awardName", "Bằng khen của Chủ tịch UBND tỉnh");
    plan.put("periodStart", "2024-10-01");
    plan.put("periodEnd", "2025-09-30");
    plan.put("registrationDeadline", "2024-10-31");
    plan.put("reportDeadline", "2025-10-09");
    plan.put("submissionOpens", "2025-10-14");
    plan.put("submissionCloses", "2025-10-16");
    plan.put("finalDeadlines", json(List.of("registration", "report", "submission", "supplement")));
    plan.put("participatingUnits", json(unitCodes));
    return plan;
  }

  /** A complete dossier of the unit: tờ trình, biên bản, one achievement report per proposed nominee. */
  public static Map<String, Object> dossier(String unitCode, List<String> proposedNomineeIds) {
    Map<String, Object> dossier = new HashMap<>();
    dossier.put("proposalLetterNumber", "15/TTr-" + unitCode);
    dossier.put("proposalLetterFile", pdf("to-trinh.pdf"));
    dossier.put("meetingMinutesFile", docx("bien-ban-hop-xet.docx"));
    for (String id : proposedNomineeIds) {
      dossier.put("achievementReport_" + id, pdf("bao-cao-thanh-tich-" + id + ".pdf"));
    }
    return dossier;
  }
}
