package vn.tdkt.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DriveTest;

/** The suite's JVM runs in UTC (pom.xml), so its database's first start recorded UTC. */
@DisplayName("Múi giờ của các nút dùng chung một cơ sở dữ liệu")
class ServerTimeZoneTest extends DriveTest {

  @Autowired ServerTimeZone timeZone;

  private String recorded() {
    return management.getProperties().get(ServerTimeZone.PROPERTY);
  }

  @Test
  @DisplayName("nút chạy múi giờ khác múi giờ cơ sở dữ liệu đã ghi thì không khởi động, nêu múi giờ phải dùng; cùng múi giờ"
      + " dưới tên khác thì khởi động")
  void aNodeInAnotherZoneIsRefused() {
    assertThat(recorded()).isEqualTo("UTC");

    assertThatThrownBy(() -> timeZone.verify(ZoneId.of("Asia/Ho_Chi_Minh"))).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("This node runs in time zone Asia/Ho_Chi_Minh, but the database's due dates and timers"
            + " were written in UTC").hasMessageEndingWith("Start it with -Duser.timezone=UTC (or TZ=UTC), as the other nodes.");
    timeZone.verify(ZoneId.of("Etc/UTC"));
    assertThat(recorded()).isEqualTo("UTC");
  }

  @Test
  @DisplayName("múi giờ đã ghi mà máy Java này không biết thì nút không khởi động, nêu múi giờ đó")
  void aZoneThisJvmDoesNotKnowIsRefused() {
    management.setProperty(ServerTimeZone.PROPERTY, "Asia/Atlantis");
    try {
      assertThatThrownBy(() -> timeZone.verify(ZoneId.of("UTC"))).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("were written in Asia/Atlantis");
    } finally {
      management.setProperty(ServerTimeZone.PROPERTY, "UTC");
    }
  }

  @Test
  @DisplayName("lần khởi động đầu tiên trên cơ sở dữ liệu mới ghi lại múi giờ của nút")
  void theFirstStartRecordsItsZone() {
    management.deleteProperty(ServerTimeZone.PROPERTY);
    try {
      timeZone.verify(ZoneId.of("Asia/Ho_Chi_Minh"));
      assertThat(recorded()).isEqualTo("Asia/Ho_Chi_Minh");
    } finally {
      management.setProperty(ServerTimeZone.PROPERTY, "UTC");
    }
  }
}
