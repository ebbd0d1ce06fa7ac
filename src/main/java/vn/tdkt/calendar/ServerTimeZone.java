package vn.tdkt.calendar;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * Every node on one database runs in the time zone of the node that first started on it. Camunda
 * writes due dates, timers and history times without a zone, in its JVM's zone, and a node looks
 * for due jobs by its own clock: a node in another zone would fire every deadline hours early or
 * late. The first start records its zone ({@value #PROPERTY}, a Camunda property); a start in
 * another zone is refused, saying which.
 */
@Component
public class ServerTimeZone {

  static final String PROPERTY = "tdkt.server-time-zone";

  private final ManagementService management;

  public ServerTimeZone(ManagementService management) {
    this.management = management;
  }

  /** Records the zone on a new database, refuses a node in a zone whose rules differ from it. */
  public void verify(ZoneId zone) {
    String recorded = management.getProperties().get(PROPERTY);
    if (recorded == null) {
      management.setProperty(PROPERTY, zone.getId());
    } else if (!recorded.equals(zone.getId()) && !sameRules(recorded, zone)) {
      throw new IllegalStateException("This node runs in time zone " + zone.getId() + ", but the database's due dates"
          + " and timers were written in " + recorded + " (Camunda property " + PROPERTY + ", set by the first start):"
          + " Camunda stores times without a zone, so this node would fire deadlines hours early or late. Start it"
          + " with -Duser.timezone=" + recorded + " (or TZ=" + recorded + "), as the other nodes.");
    }
  }

  /** Whether the zones keep the same clock (UTC and Etc/UTC do); an id this JVM does not know keeps none. */
  private static boolean sameRules(String recorded, ZoneId zone) {
    try {
      return ZoneId.of(recorded).getRules().equals(zone.getRules());
    } catch (DateTimeException unknown) {
      return false;
    }
  }
}
