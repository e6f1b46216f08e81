package io.customerintel.bootstrap.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Runs an action on SIGTERM instead of the JVM's default (run the shutdown hooks, exit 143), so that a server stopped
 * on purpose can finish its requests and exit 0. Where the platform has no SIGTERM the default stays.
 */
final class StopSignal {
  private static final System.Logger LOG = System.getLogger(StopSignal.class.getName());

  private StopSignal() {
  }

  /** Runs the action on the first SIGTERM; later ones are ignored while it runs. */
  static void onTerm(Runnable action) {
    AtomicBoolean received = new AtomicBoolean();
    try {
      // the handler runs on the JVM's signal thread: the action gets its own so that thread is not blocked
      Signal.handle(new Signal("TERM"), signal -> {
        if (received.compareAndSet(false, true)) {
          new Thread(action, "sigterm").start();
        }
      });
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      LOG.log(System.Logger.Level.WARNING, "SIGTERM cannot be handled here; the shutdown hook will close: " + e);
    }
  }
}
