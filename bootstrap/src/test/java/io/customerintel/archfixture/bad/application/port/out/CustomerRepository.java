package io.customerintel.archfixture.bad.application.port.out;

/** Deliberately broken: a port that is a class, not an interface. */
public class CustomerRepository {
  public org.dataloader.DataLoaderRegistry leak() {
    return null;
  }
}
