package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import dev.fakeokta.server.internal.TokenPattern;
import java.util.Objects;

/**
 * Request patterns for scripts that single out one client's credentials: "this token gets 403
 * {@code E0000006}".
 *
 * <pre>{@code
 * // every request with this API token or access token
 * okta.when(OktaRequests.withToken(token)).respondAlways(OktaError.of("E0000006"));
 *
 * // only its user reads
 * okta.when(getRequestedFor(urlPathMatching("/api/v1/users.*"))
 *         .withHeader("Authorization", OktaRequests.token(token)))
 *     .respondAlways(OktaError.of("E0000006"));
 * }</pre>
 *
 * <p>Revoking every token issued before a time, or a token expiring with the clock, belong to the
 * fake's authorization server (its token endpoints); until then, script the 401 for the token value
 * with these patterns. This class has static methods only.
 */
public final class OktaRequests {

  private OktaRequests() {}

  /**
   * Any request that presents {@code token} in its {@code Authorization} header, with any scheme
   * ({@code SSWS}, {@code Bearer}, {@code DPoP}).
   *
   * @param token the API token or access token, exactly; must not be {@code null} or blank
   * @return a new pattern, to narrow further with {@code withUrl(...)} or other matchers
   */
  public static RequestPatternBuilder withToken(String token) {
    return anyRequestedFor(anyUrl()).withHeader("Authorization", token(token));
  }

  /**
   * A matcher for the {@code Authorization} header value {@code <scheme> <token>}, with any scheme
   * ({@code SSWS}, {@code Bearer}, {@code DPoP}) and the token matched exactly. The matcher keeps
   * only the token's SHA-256, so scripts and their messages never show the token.
   *
   * @param token the API token or access token, exactly; must not be {@code null} or blank
   * @return the header matcher
   */
  public static StringValuePattern token(String token) {
    Objects.requireNonNull(token, "token must not be null");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    return TokenPattern.of(token.strip());
  }
}
