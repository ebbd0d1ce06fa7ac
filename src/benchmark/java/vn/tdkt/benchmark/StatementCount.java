package vn.tdkt.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, per kind ("insert ACT_HI_VARINST", "select
 * ACT_RU_TASK" …), by wrapping its data source: where the project's cost per task goes, in
 * statements rather than in seconds, which the shared machine's load does not move. A statement
 * of a JDBC batch counts once per row added to the batch; the batch's execution, which sends
 * those rows, does not count again (until session 13 it did: docs/benchmark.md, *Where the project's cost goes*).
 */
final class StatementCount implements BeanPostProcessor {

  private static final Pattern KIND = Pattern.compile(
      "^\\s*(?:(update)\\s+([\\w.]+)|(select|insert|delete)\\b.*?\\b(?:from|into)\\s+([\\w.]+))",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    return bean instanceof DataSource source ? counting(source) : bean;
  }

  /** The counts since the last call, most frequent first, and starts counting again. */
  Map<String, Long> takeCounts() {
    Map<String, Long> taken = new LinkedHashMap<>();
    counts.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue().sumThenReset()))
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(e -> taken.put(e.getKey(), e.getValue()));
    return taken;
  }

  private DataSource counting(DataSource source) {
    return proxy(DataSource.class, source, (method, args, result) ->
        result instanceof Connection connection ? proxy(Connection.class, connection, this::onConnection) : result);
  }

  private Object onConnection(Method method, Object[] args, Object result) {
    if (result instanceof PreparedStatement statement && args != null && args[0] instanceof String sql) {
      String kind = kind(sql);
      return proxy(PreparedStatement.class, statement, (m, a, r) -> {
        if (m.getName().equals("addBatch")
            || m.getName().startsWith("execute") && !m.getName().endsWith("Batch")) {
          counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
        return r;
      });
    }
    return result;
  }

  private static String kind(String sql) {
    Matcher m = KIND.matcher(sql);
    if (!m.find()) {
      return sql.strip().split("\\s+")[0];
    }
    return m.group(1) != null ? "update " + m.group(2).toUpperCase()
        : m.group(3).toLowerCase() + " " + m.group(4).toUpperCase();
  }

  private interface After {
    Object apply(Method method, Object[] args, Object result) throws Exception;
  }

  private static <T> T proxy(Class<T> type, T target, After after) {
    return type.cast(Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> {
          try {
            return after.apply(method, args, method.invoke(target, args));
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }));
  }
}
