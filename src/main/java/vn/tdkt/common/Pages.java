package vn.tdkt.common;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.query.Query;

/**
 * Every result of a Camunda query, read page by page. The engine refuses an unbounded
 * {@code list()} in a user's name ({@code queryMaxResultsLimit}), and task listeners, delegates
 * and controllers run in the name of the official who acts.
 */
public final class Pages {

  static final int SIZE = 500;

  private Pages() {}

  public static <T> List<T> all(Query<?, T> query) {
    List<T> all = new ArrayList<>();
    for (int first = 0; ; first += SIZE) {
      List<T> page = query.listPage(first, SIZE);
      all.addAll(page);
      if (page.size() < SIZE) {
        return all;
      }
    }
  }
}
