package dev.fakeokta.server.internal;

import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import wiremock.com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Matches an {@code Authorization} header {@code <scheme> <token>} (scheme {@code SSWS}, {@code
 * Bearer} or {@code DPoP}) whose token has a given SHA-256: patterns, scripts and messages show the
 * hash, never the token.
 */
public final class TokenPattern extends StringValuePattern {

  /**
   * A pattern for a token hash; use {@link #of(String)}.
   *
   * @param tokenSha256 {@code sha256:} and the token's SHA-256 in lower-case hex
   */
  public TokenPattern(@JsonProperty("hasToken") String tokenSha256) {
    super(tokenSha256);
  }

  /**
   * A pattern for a token.
   *
   * @param token the token, exactly
   * @return the pattern
   */
  public static TokenPattern of(String token) {
    return new TokenPattern(hash(token));
  }

  @Override
  public MatchResult match(String value) {
    if (value == null) {
      return MatchResult.noMatch();
    }
    String[] parts = value.strip().split("\\s+", 2);
    if (parts.length != 2) {
      return MatchResult.noMatch();
    }
    String scheme = parts[0].toLowerCase(Locale.ROOT);
    boolean known = scheme.equals("ssws") || scheme.equals("bearer") || scheme.equals("dpop");
    return MatchResult.of(
        known
            && MessageDigest.isEqual(
                hash(parts[1].strip()).getBytes(StandardCharsets.US_ASCII),
                expectedValue.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
