package io.customerintel.adapters.postgres.setup;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns JDBC failures into the single line an operator needs, because pgjdbc's own messages are long and vague. */
final class SqlFailures {

  private SqlFailures() {
  }

  static DatabaseUnavailableException unavailable(PostgresSettings settings, SQLException e) {
    return new DatabaseUnavailableException(describe(settings, e), e);
  }

  static String describe(PostgresSettings settings, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String where = settings.target();
    String network = networkReason(e);
    if (network != null) {
      return "cannot reach PostgreSQL at " + where + " (" + network + ")";
    }
    String reason = reason(e);
    if (reason.startsWith("SSL error")) {
      return "TLS with PostgreSQL at " + where + " failed, check sslmode (" + reason + ")";
    }
    switch (state) {
      case "28P01", "28000", "08004":
        return "authentication failed for user " + settings.user() + " at " + where + " (" + reason + ")";
      case "3D000":
        return "database " + settings.database() + " does not exist at " + settings.address() + " (" + reason + ")";
      case "42501":
        return "user " + settings.user() + " lacks permission at " + where + " (" + reason + ")";
      case "53300":
        return "PostgreSQL at " + where + " refuses more connections (" + reason + ")";
      case "57P03":
        return "PostgreSQL at " + where + " is not accepting connections yet (" + reason + ")";
      default:
        if (state.startsWith("08")) {
          return "cannot reach PostgreSQL at " + where + " (" + reason + ")";
        }
        return "PostgreSQL at " + where + " failed: " + reason + (state.isEmpty() ? "" : " [SQLSTATE " + state + "]");
    }
  }

  /** The server's primary message when there is one, otherwise the first line of the driver's. */
  static String reason(Throwable e) {
    if (e instanceof PSQLException psql) {
      ServerErrorMessage server = psql.getServerErrorMessage();
      if (server != null && server.getMessage() != null) {
        return server.getMessage();
      }
    }
    return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  static String firstLine(String text) {
    String trimmed = text.strip();
    int newline = trimmed.indexOf('\n');
    return (newline < 0 ? trimmed : trimmed.substring(0, newline)).strip();
  }

  private static String networkReason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return "unknown host " + t.getMessage();
      }
      if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
        return t.getMessage() == null ? "connection failed" : firstLine(t.getMessage());
      }
      if (t instanceof SocketTimeoutException) {
        return "timed out";
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
