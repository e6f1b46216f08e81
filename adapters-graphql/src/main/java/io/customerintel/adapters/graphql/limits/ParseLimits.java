package io.customerintel.adapters.graphql.limits;

import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import io.customerintel.adapters.graphql.http.ErrorCode;
import java.util.Map;

/** Names the limit at which graphql-java's parser gave up, wherever the document was being parsed. */
final class ParseLimits {
  private ParseLimits() {
  }

  /** The refusal for a parse cancelled at one of the parser's limits; null for an ordinary syntax error. */
  static Refusal refusal(Throwable failure, ParserOptions options) {
    if (failure instanceof ParseCancelledTooManyCharsException) {
      return new Refusal(ErrorCode.MAX_CHARACTERS_EXCEEDED, "The document has more than " + options.getMaxCharacters()
          + " characters", Map.of("maxCharacters", options.getMaxCharacters()));
    }
    if (failure instanceof ParseCancelledTooDeepException) {
      return new Refusal(ErrorCode.MAX_DEPTH_EXCEEDED, "The document nests too deeply to parse", Map.of());
    }
    // the other cancellation: too many grammar (or whitespace) tokens
    if (failure instanceof ParseCancelledException) {
      return new Refusal(ErrorCode.MAX_TOKENS_EXCEEDED, "The document has more than " + options.getMaxTokens()
          + " tokens", Map.of("maxTokens", options.getMaxTokens()));
    }
    return null;
  }
}
