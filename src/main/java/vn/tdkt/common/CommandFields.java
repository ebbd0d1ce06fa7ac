package vn.tdkt.common;

import java.lang.reflect.Field;

/** What an engine command was asked to do, read from its fields: Camunda's commands have no getters. */
public final class CommandFields {

  private CommandFields() {}

  @SuppressWarnings("unchecked")
  public static <T> T read(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass(), e);
      }
    }
    throw new IllegalStateException(command.getClass() + " has no field " + name);
  }
}
