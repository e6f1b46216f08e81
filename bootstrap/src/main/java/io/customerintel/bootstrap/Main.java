package io.customerintel.bootstrap;

import io.customerintel.bootstrap.cli.CustomerIntelCommand;

/** Entry point of the runnable jar: logging format and the access log's output, then the command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
    AccessLogOutput.install();
    int exit = CustomerIntelCommand.commandLine().execute(args);
    if (exit != 0 || !CustomerIntelCommand.keepsRunning(args)) {
      System.exit(exit);
    }
  }
}
