package vn.tdkt.common;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The last Json text read, with what it was read into. A list every unit's step reads (the plan's
 * units as each line starts, the phase's results as each notice is sent) is then parsed once per
 * text, not once per unit: the square of the plan's units. Keyed by the text itself, so a changed
 * list is read anew, never served stale; what it holds must not be changed by its readers.
 */
public final class LastParsed<T> {

  private record Entry<T>(String text, T value) {}

  private final Function<String, T> parse;
  private final AtomicReference<Entry<T>> last = new AtomicReference<>();

  public LastParsed(Function<String, T> parse) {
    this.parse = parse;
  }

  /** What {@code text} reads into: the same object as last time when the text is the same. */
  public T of(String text) {
    Entry<T> entry = last.get();
    if (entry == null || !entry.text().equals(text)) {
      entry = new Entry<>(text, parse.apply(text));
      last.set(entry);
    }
    return entry.value();
  }
}
