package dev.fakeokta.server.internal.admin;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.security.Authenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * Checks {@code Authorization: Bearer <admin token>} on admin requests, in constant time (both
 * sides are hashed first, so neither content nor length leaks through timing). Used by {@link
 * AdminApi}'s filter, which WireMock runs before its own authenticator, and as WireMock's {@code
 * adminAuthenticator} as well. Never logs or echoes the token.
 */
public final class AdminTokenCheck implements Authenticator {

  private static final String BEARER = "Bearer ";

  private final byte[] expected;

  /**
   * A check for this token.
   *
   * @param token the admin token; must not be {@code null}
   */
  public AdminTokenCheck(String token) {
    this.expected = sha256(Objects.requireNonNull(token, "token must not be null"));
  }

  @Override
  public boolean authenticate(Request request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return false;
    }
    return MessageDigest.isEqual(expected, sha256(header.substring(BEARER.length()).strip()));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
