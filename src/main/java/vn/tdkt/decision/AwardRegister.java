package vn.tdkt.decision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import vn.tdkt.calendar.Deadlines;
import vn.tdkt.common.Decisions;
import vn.tdkt.common.TextVariables;

/** Sổ khen thưởng: who received which award, under which decision, in which plan (table tdkt_award). */
@Repository
public class AwardRegister {

  /**
   * One award; {@code withdrawnOn}, {@code withdrawalReason} and {@code withdrawnBy} (the administrator
   * who recorded it) once its decision has been withdrawn ({@link #withdraw}).
   */
  public record Award(String planNumber, String planTitle, String awardName, String nomineeName,
      String nomineeKind, String position, String unitCode, String unitName, String decisionNumber,
      LocalDate decisionDate, String planProcessInstanceId, LocalDate withdrawnOn, String withdrawalReason,
      String withdrawnBy) {

    /** An award as a decision grants it, not withdrawn. */
    public Award(String planNumber, String planTitle, String awardName, String nomineeName, String nomineeKind,
        String position, String unitCode, String unitName, String decisionNumber, LocalDate decisionDate,
        String planProcessInstanceId) {
      this(planNumber, planTitle, awardName, nomineeName, nomineeKind, position, unitCode, unitName, decisionNumber,
          decisionDate, planProcessInstanceId, null, null, null);
    }

    public boolean withdrawn() {
      return withdrawnOn != null;
    }

    /** "đã bị thu hồi ngày 19/12/2024 (lý do: …)", as lists and reports say it of a withdrawn decision. */
    public String withdrawal() {
      return "đã bị thu hồi ngày " + Deadlines.display(withdrawnOn) + " (lý do: "
          + withdrawalReason.strip().replaceFirst("\\.$", "") + ")";
    }
  }

  /**
   * A decision as the register holds it: the number as written, its day, and the plan instance that
   * recorded it (a congress's unit issues its own decisions under the congress plan's number).
   */
  public record Decision(String decisionNumber, LocalDate decisionDate, String planProcessInstanceId, String unitName) {}

  /**
   * The register's columns (schema.sql): a plan's or decision's number, a plan's title, an award's or
   * nominee's name and position, a withdrawal's reason. What goes into them is checked against these
   * where it is entered, so a decision is never refused by the database at the drive's end.
   */
  public static final int NUMBER_LENGTH = 100;
  public static final int TITLE_LENGTH = 1000;
  public static final int NAME_LENGTH = 255;
  public static final int REASON_LENGTH = 1000;

  private static final String ORDER = " order by plan_number, unit_code, nominee_name";

  private static final RowMapper<Award> ROW = (rs, i) -> new Award(rs.getString("plan_number"),
      rs.getString("plan_title"), rs.getString("award_name"), rs.getString("nominee_name"),
      rs.getString("nominee_kind"), rs.getString("position"), rs.getString("unit_code"),
      rs.getString("unit_name"), rs.getString("decision_number"),
      rs.getDate("decision_date").toLocalDate(), rs.getString("plan_process_instance_id"),
      rs.getDate("withdrawn_on") == null ? null : rs.getDate("withdrawn_on").toLocalDate(), rs.getString("withdrawal_reason"),
      rs.getString("withdrawn_by"));

  private final JdbcTemplate jdbc;

  public AwardRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Awards recorded before the register kept its names' search key get it now (idempotent on every node). */
  @PostConstruct
  void keyNamesForSearch() {
    List<Object[]> keys = jdbc.query("select id, nominee_name from tdkt_award where nominee_search is null",
        (rs, i) -> new Object[] {TextVariables.searchKey(rs.getString("nominee_name")), rs.getLong("id")});
    jdbc.batchUpdate("update tdkt_award set nominee_search = ? where id = ?", keys);
  }

  /**
   * Idempotent per decision of a plan instance (a plan of several phases has one decision per
   * phase), so a retried job never records an award twice.
   */
  public void recordAll(String planProcessInstanceId, String decisionNumber, List<Award> awards) {
    jdbc.update("delete from tdkt_award where plan_process_instance_id = ? and decision_number = ?",
        planProcessInstanceId, decisionNumber);
    awards.forEach(this::insert);
  }

  private void insert(Award a) {
    jdbc.update("insert into tdkt_award (plan_number, plan_title, award_name, nominee_name, nominee_kind, "
            + "position, unit_code, unit_name, decision_number, decision_date, plan_process_instance_id, recorded_at, "
            + "nominee_search) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        // In one Unicode form, as the variables they come from are stored, whatever the form sent in this command.
        TextVariables.nfc(a.planNumber()), TextVariables.nfc(a.planTitle()), TextVariables.nfc(a.awardName()),
        TextVariables.nfc(a.nomineeName()), a.nomineeKind(), TextVariables.nfc(a.position()), a.unitCode(),
        TextVariables.nfc(a.unitName()), TextVariables.nfc(a.decisionNumber()), Date.valueOf(a.decisionDate()),
        a.planProcessInstanceId(), new Timestamp(ClockUtil.getCurrentTime().getTime()),
        TextVariables.searchKey(a.nomineeName()));
  }

  /**
   * Every award recorded for an instance that records its awards in one step (a congress), its
   * earlier ones replaced: recorded again, nothing of the earlier record stays — nor of the
   * {@code superseded} instances' (the same congress of a plan cancelled and launched again, or
   * restarted), whose awards this record gives anew.
   */
  public void replaceAll(String processInstanceId, Collection<String> superseded, List<Award> awards) {
    jdbc.update("delete from tdkt_award where plan_process_instance_id = ?", processInstanceId);
    superseded.forEach(earlier -> jdbc.update("delete from tdkt_award where plan_process_instance_id = ?", earlier));
    awards.forEach(this::insert);
  }

  /**
   * Marks the decision's awards withdrawn ("thu hồi"), on that day, for that reason, by that
   * administrator: they stay in the register, marked, and leave the public list. Returns how many
   * were marked: none when the decision was withdrawn already.
   */
  public int withdraw(Decision decision, LocalDate on, String reason, String by) {
    return jdbc.update("update tdkt_award set withdrawn_on = ?, withdrawal_reason = ?, withdrawn_by = ?"
        + " where plan_process_instance_id = ? and decision_number = ? and withdrawn_on is null",
        Date.valueOf(on), reason, by, decision.planProcessInstanceId(), decision.decisionNumber());
  }

  /** Clears the decision's withdrawal: its awards are valid again. Returns how many: none when it was not withdrawn. */
  public int undoWithdrawal(Decision decision) {
    return jdbc.update("update tdkt_award set withdrawn_on = null, withdrawal_reason = null, withdrawn_by = null"
        + " where plan_process_instance_id = ? and decision_number = ? and withdrawn_on is not null",
        decision.planProcessInstanceId(), decision.decisionNumber());
  }

  /** An award of each decision of the plan instance that has been withdrawn: when, and why. */
  public List<Award> withdrawals(String planProcessInstanceId) {
    Map<String, Award> byDecision = new LinkedHashMap<>();
    jdbc.query("select * from tdkt_award where plan_process_instance_id = ? and withdrawn_on is not null order by id", ROW,
        planProcessInstanceId).forEach(award -> byDecision.putIfAbsent(comparable(award.decisionNumber()), award));
    return List.copyOf(byDecision.values());
  }

  /** An award of that decision of the plan instance, once the decision has been withdrawn. */
  public Optional<Award> withdrawalOf(String planProcessInstanceId, String decisionNumber) {
    return withdrawals(planProcessInstanceId).stream()
        .filter(award -> comparable(award.decisionNumber()).equals(comparable(decisionNumber))).findFirst();
  }

  /** That plan's decisions written as that number ({@link #comparable}), one per plan instance that recorded it. */
  public List<Decision> decisions(String planNumber, String decisionNumber) {
    Map<String, Decision> byInstance = new LinkedHashMap<>();
    jdbc.query("select decision_number, decision_date, plan_process_instance_id, unit_name from tdkt_award"
        + " where plan_number = ? order by id", (RowCallbackHandler) rs -> {
          if (comparable(rs.getString("decision_number")).equals(comparable(decisionNumber))) {
            byInstance.putIfAbsent(rs.getString("plan_process_instance_id"), new Decision(rs.getString("decision_number"),
                rs.getDate("decision_date").toLocalDate(), rs.getString("plan_process_instance_id"), rs.getString("unit_name")));
          }
        }, planNumber);
    return List.copyOf(byInstance.values());
  }

  /**
   * Whether awards of this plan instance are recorded under that decision number, written with
   * other spaces or case ("45/QĐ-VP", "45 /qđ-vp"); compared here, not by the database's locale.
   */
  public boolean holds(String planProcessInstanceId, String decisionNumber) {
    return jdbc.queryForList("select distinct decision_number from tdkt_award where plan_process_instance_id = ?",
        String.class, planProcessInstanceId).stream().anyMatch(recorded -> comparable(recorded).equals(comparable(decisionNumber)));
  }

  /**
   * Why what was typed cannot be a decision's number (số, ký hiệu văn bản), or null: it starts with
   * the document's serial number — "1234/QĐ-UBND", "45-QĐ/ĐUK" (a Party body's) — as the register,
   * the public page and a later withdrawal name it; "QĐ-UBND" or "Số 12/QĐ" would stand there as typed.
   */
  public static String numberProblem(String label, Object number) {
    return Decisions.isBlank(number) || number.toString().strip().matches("\\d.*") ? null
        : label + " phải bắt đầu bằng số thứ tự của văn bản, ví dụ 1234/QĐ-UBND (đang là «" + number.toString().strip() + "»).";
  }

  /** A decision number as compared: "45 /qđ-vp" is "45/QĐ-VP". */
  public static String comparable(String decisionNumber) {
    return decisionNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  public List<Award> find(String planNumber, String nomineeName) {
    StringBuilder sql = new StringBuilder("select * from tdkt_award where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (planNumber != null && !planNumber.isBlank()) {
      sql.append(" and plan_number = ?");
      args.add(TextVariables.nfc(planNumber.strip()));
    }
    if (nomineeName != null && !nomineeName.isBlank()) {
      // Part of the name, with or without its accents: "%" or "_" in it are letters, not wildcards.
      sql.append(" and nominee_search like ? escape '\\'");
      args.add("%" + TextVariables.searchKey(nomineeName).replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    sql.append(ORDER);
    return jdbc.query(sql.toString(), ROW, args.toArray());
  }

  /** The awards of the decisions dated on or after {@code day}. */
  public List<Award> decidedSince(LocalDate day) {
    return jdbc.query("select * from tdkt_award where decision_date >= ?" + ORDER, ROW, Date.valueOf(day));
  }
}
