package io.customerintel.adapters.postgres.customer;

import io.customerintel.adapters.postgres.sql.Sql;
import io.customerintel.application.port.out.CustomerSearch;
import io.customerintel.application.port.out.CustomerSnapshot;
import io.customerintel.domain.customer.Customer;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.Cursor;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * A customer listing read whole through a server-side cursor inside one read-only REPEATABLE READ transaction: the
 * rows come from the snapshot taken at the cursor's first fetch, whatever is written meanwhile. The next batch is
 * fetched while the sink works on the current one, so the database and the rendering overlap.
 */
public final class PgCustomerSnapshot implements CustomerSnapshot {
  private final Sql sql;

  public PgCustomerSnapshot(Sql sql) {
    this.sql = sql;
  }

  @Override
  public CompletionStage<Long> readAll(CustomerSearch search, int batchSize,
                                      Function<List<Customer>, CompletionStage<Boolean>> sink) {
    CustomerSearch whole = new CustomerSearch(search.tenantId(), search.today(), search.stages(), search.revenue(),
        search.firstPurchase(), search.healthBands(), search.quietDefectorTypes(), search.sort(), Optional.empty(),
        Integer.MAX_VALUE);
    CustomerSearchSql.Statement statement = CustomerSearchSql.search(whole);
    return sql.inSnapshot(conn -> conn.prepare(statement.sql()).compose(prepared -> {
      Cursor cursor = prepared.cursor(statement.args());
      Promise<Long> done = Promise.promise();
      step(cursor, cursor.read(batchSize), batchSize, sink, 0L, done);
      return done.future().eventually(() -> cursor.close().eventually(prepared::close));
    })).toCompletionStage();
  }

  /**
   * One batch, then the next from its callback. Deliberately not a chain of composed futures: each pending link
   * would keep its batch's rows reachable until the whole read ends, i.e. the entire result in memory.
   */
  private static void step(Cursor cursor, Future<RowSet<Row>> fetching, int batchSize,
                           Function<List<Customer>, CompletionStage<Boolean>> sink, long handed, Promise<Long> done) {
    fetching.onComplete(fetched -> {
      if (fetched.failed()) {
        done.fail(fetched.cause());
        return;
      }
      RowSet<Row> rows = fetched.result();
      if (rows.size() == 0) {
        done.complete(handed);
        return;
      }
      List<Customer> batch = new ArrayList<>(rows.size());
      for (Row row : rows) {
        batch.add(CustomerRows.customer(row));
      }
      // ask for the next batch before handing this one over: the fetch and the sink's work overlap
      Future<RowSet<Row>> next = cursor.hasMore() ? cursor.read(batchSize) : null;
      long total = handed + batch.size();
      Future.fromCompletionStage(sink.apply(batch)).onComplete(sunk -> {
        if (sunk.failed()) {
          done.fail(sunk.cause());
        } else if (!sunk.result() || next == null) {
          // a fetch still in flight must end before the cursor is closed
          (next == null ? Future.succeededFuture() : next).onComplete(ignored -> done.complete(total));
        } else {
          step(cursor, next, batchSize, sink, total, done);
        }
      });
    });
  }
}
