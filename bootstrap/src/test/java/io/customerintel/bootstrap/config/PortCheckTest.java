package io.customerintel.bootstrap.config;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The early "port taken" check must catch a real listener and must not cry wolf about a free port. */
class PortCheckTest {

  @Test
  void freePortPasses() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    int free = port;
    assertDoesNotThrow(() -> PortCheck.ensureFree(free));
    assertDoesNotThrow(() -> PortCheck.ensureFree(free), "probing does not leave the port taken");
  }

  @Test
  void anyPortAlwaysPasses() {
    assertDoesNotThrow(() -> PortCheck.ensureFree(0));
  }

  @Test
  void listeningPortIsReported() throws Exception {
    try (ServerSocket listener = new ServerSocket()) {
      listener.setReuseAddress(true);
      listener.bind(new InetSocketAddress(0));
      int port = listener.getLocalPort();
      ConfigException e = assertThrows(ConfigException.class, () -> PortCheck.ensureFree(port));
      assertEquals("PORT " + port + " is already in use", e.getMessage());
    }
  }

  @Test
  void listenerOnLoopbackOnlyIsReportedToo() throws Exception {
    try (ServerSocket listener = new ServerSocket()) {
      listener.bind(new InetSocketAddress("127.0.0.1", 0));
      int port = listener.getLocalPort();
      ConfigException e = assertThrows(ConfigException.class, () -> PortCheck.ensureFree(port));
      assertEquals("PORT " + port + " is already in use", e.getMessage());
    }
  }

  @Test
  void outOfRangeIsAConfigError() {
    assertEquals("PORT must be a number from 0 to 65535, got '70000'",
        assertThrows(ConfigException.class, () -> PortCheck.ensureFree(70000)).getMessage());
  }
}
