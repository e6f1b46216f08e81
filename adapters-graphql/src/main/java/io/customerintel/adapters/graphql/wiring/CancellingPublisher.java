package io.customerintel.adapters.graphql.wiring;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A publisher that runs a clean-up when its subscriber cancels, fails or completes: the client sent `complete` or the
 * WebSocket closed, and the event listener must be unregistered then, not at the next event.
 */
final class CancellingPublisher<T> implements Publisher<T> {
  private final Publisher<T> delegate;
  private final AutoCloseable cleanUp;

  CancellingPublisher(Publisher<T> delegate, AutoCloseable cleanUp) {
    this.delegate = delegate;
    this.cleanUp = cleanUp;
  }

  @Override
  public void subscribe(Subscriber<? super T> subscriber) {
    delegate.subscribe(new Subscriber<T>() {
      @Override
      public void onSubscribe(Subscription subscription) {
        subscriber.onSubscribe(new Subscription() {
          @Override
          public void request(long n) {
            subscription.request(n);
          }

          @Override
          public void cancel() {
            subscription.cancel();
            close();
          }
        });
      }

      @Override
      public void onNext(T item) {
        subscriber.onNext(item);
      }

      @Override
      public void onError(Throwable failure) {
        close();
        subscriber.onError(failure);
      }

      @Override
      public void onComplete() {
        close();
        subscriber.onComplete();
      }
    });
  }

  private void close() {
    try {
      cleanUp.close();
    } catch (Exception e) {
      System.getLogger(CancellingPublisher.class.getName()).log(System.Logger.Level.WARNING,
          "subscription clean-up failed: " + e);
    }
  }
}
