package io.customerintel.adapters.postgres.sql;

import io.vertx.pgclient.PgException;

/** Recognises the PostgreSQL errors the repositories translate into use-case answers. */
public final class Failures {
  public static final String FOREIGN_KEY_VIOLATION = "23503";
  public static final String UNIQUE_VIOLATION = "23505";

  private Failures() {}

  public static boolean is(Throwable failure, String sqlState) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PgException pg && sqlState.equals(pg.getSqlState())) {
        return true;
      }
    }
    return false;
  }
}
