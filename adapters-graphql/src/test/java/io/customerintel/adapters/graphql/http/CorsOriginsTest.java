package io.customerintel.adapters.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.ext.web.handler.CorsHandler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorsOriginsTest {

  @Test
  void originsAreWrittenAsBrowsersSendThem() {
    assertEquals(List.of("https://app.example.com", "http://localhost:3000", "https://[::1]:8443"),
        CorsOrigins.parse(" HTTPS://App.Example.com:443 , http://localhost:3000,,https://[::1]:8443, https://app.example.com"));
  }

  @Test
  void nothingConfiguredAllowsNoOrigin() {
    assertEquals(List.of(), CorsOrigins.parse(null));
    assertEquals(List.of(), CorsOrigins.parse(" , "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "app.example.com", "https://app.example.com/", "https://app.example.com/path",
      "https://*.example.com", "ftp://example.com", "https://user@example.com", "https://example.com?x=1", "null"})
  void anythingButAnExactHttpOriginIsRefused(String value) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CorsOrigins.parse(value));
    assertTrue(e.getMessage().contains("'" + value + "' is not an origin"), e.getMessage());
  }

  @Test
  void vertxAcceptsEveryOriginWeAccept() {
    CorsHandler.create().addOrigins(CorsOrigins.parse("https://a.example.com,http://localhost:3000,https://[::1]:8443"));
  }
}
