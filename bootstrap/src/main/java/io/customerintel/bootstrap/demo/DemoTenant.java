package io.customerintel.bootstrap.demo;

/**
 * What {@link DemoData#load()} did: the demo tenant, the key to print, and the size of the demo data set.
 *
 * <p>customers, purchases, surveyResponses and defections count the generated demo data (what a fresh
 * tenant holds after the load). newlyRecordedPurchases counts the purchases this run actually stored:
 * 0 means the data was already there and nothing new was written.
 */
public record DemoTenant(String name, String apiKey, int customers, int purchases, int surveyResponses,
                         int defections, int newlyRecordedPurchases) {

  /** Whether this run found the demo data already loaded (no purchase was new). */
  public boolean alreadyLoaded() {
    return newlyRecordedPurchases == 0;
  }

  /** One line for the console. */
  public String summary() {
    String what = alreadyLoaded() ? "already loaded, nothing new stored" : "loaded";
    return "demo tenant '" + name + "' " + what + ": " + customers + " customers, " + purchases + " purchases ("
        + newlyRecordedPurchases + " new), " + surveyResponses + " survey invitations/responses, " + defections
        + " defections; API key: " + apiKey;
  }
}
