package io.customerintel.adapters.graphql.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Publishes the schema as SDL without a key, so client code generators and humans can read the contract. */
final class SdlHandler implements Handler<RoutingContext> {

  private final Buffer sdl;

  SdlHandler(String sdl) {
    this.sdl = Buffer.buffer(sdl);
  }

  @Override
  public void handle(RoutingContext rc) {
    rc.response()
        .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
        .end(sdl.copy());
  }
}
