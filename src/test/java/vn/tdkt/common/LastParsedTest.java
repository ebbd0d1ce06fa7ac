package vn.tdkt.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Danh sách đọc một lần cho mọi đơn vị")
class LastParsedTest {

  private final AtomicInteger parses = new AtomicInteger();
  private final LastParsed<List<String>> units = new LastParsed<>(text -> {
    parses.incrementAndGet();
    return JsonVariables.readList(text, String.class);
  });

  @Test
  @DisplayName("cùng một danh sách, kể cả đọc lại từ cơ sở dữ liệu, chỉ phân tích một lần")
  void theSameTextIsParsedOnce() {
    List<String> first = units.of("[\"so-gddt\",\"so-yte\"]");

    assertThat(units.of(new String("[\"so-gddt\",\"so-yte\"]"))).isSameAs(first);
    assertThat(parses).hasValue(1);
  }

  @Test
  @DisplayName("danh sách đã thay đổi thì được đọc lại, không bao giờ trả về bản cũ")
  void aChangedTextIsReadAnew() {
    units.of("[\"so-gddt\",\"so-yte\"]");

    assertThat(units.of("[\"so-gddt\"]")).containsExactly("so-gddt");
    assertThat(units.of("[\"so-gddt\",\"so-yte\"]")).containsExactly("so-gddt", "so-yte");
    assertThat(parses).hasValue(3);
  }
}
