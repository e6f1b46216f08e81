package io.customerintel.bootstrap.config;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Tells the operator "that port is taken" before anything else starts, instead of a Netty bind exception after the
 * database has been migrated. Another process can still grab the port in between, so the HTTP server's own bind
 * failure must be reported too; this only makes the common case fail early and clearly.
 */
public final class PortCheck {

  private PortCheck() {
  }

  /** Fails when nothing can listen on {@code port} on all interfaces; port 0 (pick any) always passes. */
  public static void ensureFree(int port) {
    if (port == 0) {
      return;
    }
    if (port < 0 || port > 65535) {
      throw new ConfigException("PORT must be a number from 0 to 65535, got '" + port + "'");
    }
    try (ServerSocket probe = new ServerSocket()) {
      // like the HTTP server: reuse-address, so a port only in TIME_WAIT is not reported as taken
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(port));
    } catch (BindException e) {
      String reason = e.getMessage() == null ? "" : e.getMessage();
      if (reason.toLowerCase(java.util.Locale.ROOT).contains("in use")) {
        throw new ConfigException("PORT " + port + " is already in use", e);
      }
      throw new ConfigException("PORT " + port + " cannot be bound (" + reason + ")", e);
    } catch (IOException e) {
      throw new ConfigException("PORT " + port + " cannot be bound (" + e.getMessage() + ")", e);
    }
  }
}
