package io.customerintel.bootstrap;

import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Writes the access log (logger {@code customerintel.access}) to stderr as bare JSON lines, one per request, apart
 * from the timestamped lines of the other logs, so a log shipper can parse them as they are. An operator who
 * configures JUL (java.util.logging.config.file) routes it instead (docs/operations-metrics.md).
 */
final class AccessLogOutput {
  static final String LOGGER = "customerintel.access";

  // JUL keeps loggers only weakly: without this reference the configured logger could be collected and replaced.
  private static Logger configured;

  private AccessLogOutput() {
  }

  static synchronized void install() {
    Logger logger = Logger.getLogger(LOGGER);
    if (System.getProperty("java.util.logging.config.file") != null || logger.getHandlers().length > 0) {
      return;
    }
    ConsoleHandler handler = new ConsoleHandler();
    handler.setFormatter(new Formatter() {
      @Override
      public String format(LogRecord record) {
        return record.getMessage() + System.lineSeparator();
      }
    });
    logger.addHandler(handler);
    logger.setUseParentHandlers(false);
    configured = logger;
  }
}
