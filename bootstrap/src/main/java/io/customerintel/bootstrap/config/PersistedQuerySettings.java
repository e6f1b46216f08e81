package io.customerintel.bootstrap.config;

/**
 * Automatic persisted queries: how many registered documents each instance keeps in memory, and the longest document
 * that is registered (longer ones still run, they are just not kept).
 *
 * @param cacheSize        documents kept in memory per instance ({@code PERSISTED_QUERY_CACHE_SIZE}); 0 reads every
 *                         hash from the database
 * @param maxDocumentChars the longest document registered, in characters ({@code PERSISTED_QUERY_MAX_CHARS})
 */
public record PersistedQuerySettings(int cacheSize, int maxDocumentChars) {
  /** A few thousand operations cover many client versions; at most 2,000 × 20,000 characters in memory. */
  public static final int DEFAULT_CACHE_SIZE = 2_000;
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 20_000;
  public static final int MAX_CACHE_SIZE = 1_000_000;
  /** Longer cannot arrive anyway: it is the request body limit. */
  public static final int MAX_DOCUMENT_CHARS = 1024 * 1024;
  public static final PersistedQuerySettings DEFAULTS =
      new PersistedQuerySettings(DEFAULT_CACHE_SIZE, DEFAULT_MAX_DOCUMENT_CHARS);

  public PersistedQuerySettings {
    if (cacheSize < 0 || cacheSize > MAX_CACHE_SIZE) {
      throw new IllegalArgumentException("cacheSize must be from 0 to " + MAX_CACHE_SIZE + ", got " + cacheSize);
    }
    if (maxDocumentChars < 1 || maxDocumentChars > MAX_DOCUMENT_CHARS) {
      throw new IllegalArgumentException("maxDocumentChars must be from 1 to " + MAX_DOCUMENT_CHARS + ", got "
          + maxDocumentChars);
    }
  }
}
