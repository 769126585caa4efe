package dev.fakeokta.assertions;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.internal.Values;
import dev.fakeokta.server.FakeOktaServer;
import java.net.http.HttpResponse;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * Entry point for the FakeOkta assertions: what a client sent to the fake and the values it got
 * back. Statically import it next to AssertJ's {@code Assertions}; the value entry points that take
 * text are named by kind ({@code assertThatJwt}, {@code assertThatJwks}, {@code
 * assertThatOktaError}) so they never clash with {@code assertThat(String)}.
 *
 * <pre><code class='java'> import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
 *
 * okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000047"));
 * client.listUsers();
 * assertThat(okta).hasRetried(getRequestedFor(urlPathEqualTo("/api/v1/users")), 1)
 *                 .hasWaitedForRateLimitReset(getRequestedFor(urlPathEqualTo("/api/v1/users")), Duration.ofMillis(100));</code>
 * </pre>
 *
 * @see FakeOktaBDDAssertions
 * @see dev.fakeokta.assertions.soft.FakeOktaSoftAssertions
 * @since 0.1.0
 */
public final class FakeOktaAssertions {

  private FakeOktaAssertions() {}

  /**
   * Creates a new assertion on the requests a fake received.
   *
   * <p>Example: <code>assertThat(okta).hasReceived(1, "GET", "/api/v1/users")</code>
   *
   * @param actual the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static FakeOktaServerAssert assertThat(FakeOktaServer actual) {
    return new FakeOktaServerAssert(actual);
  }

  /**
   * Creates a new assertion on a signed JWT.
   *
   * <p>Example: <code>assertThat(SignedJWT.parse(accessToken)).hasScope("okta.users.read")</code>
   *
   * @param actual the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static JwtAssert assertThat(SignedJWT actual) {
    return new JwtAssert(actual);
  }

  /**
   * Creates a new assertion on a compact signed JWT; it is parsed first.
   *
   * <p>Example: <code>assertThatJwt(accessToken).hasIssuer(okta.orgUrl() + "/oauth2/default")
   * </code>
   *
   * @param compact the value to assert on, may be {@code null}
   * @return the created assertion object.
   * @throws FakeOktaAssertionException if the text is not a compact signed JWT.
   */
  @CheckReturnValue
  public static JwtAssert assertThatJwt(String compact) {
    return new JwtAssert(Values.jwt(compact));
  }

  /**
   * Creates a new assertion on a JWK set, as the JSON it renders to (private parameters included).
   *
   * <p>Example: <code>assertThat(jwkSet).containsKeyId("kid-1")</code>
   *
   * @param actual the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static JwksAssert assertThat(JWKSet actual) {
    return new JwksAssert(Values.jwks(actual));
  }

  /**
   * Creates a new assertion on a JWKS as JSON text, e.g. the body of {@code /v1/keys}.
   *
   * <p>Example: <code>assertThatJwks(keysJson).hasOnlyOktaFields()</code>
   *
   * @param json the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static JwksAssert assertThatJwks(String json) {
    return new JwksAssert(json);
  }

  /**
   * Creates a new assertion on an Okta error response.
   *
   * <p>Example: <code>assertThat(OktaErrorResponse.of(429, body)).hasErrorCode("E0000047")</code>
   *
   * @param actual the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static OktaErrorAssert assertThat(OktaErrorResponse actual) {
    return new OktaErrorAssert(actual);
  }

  /**
   * Creates a new assertion on an Okta error body (JSON text).
   *
   * <p>Example: <code>assertThatOktaError(body).hasErrorCode("E0000047")</code>
   *
   * @param body the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static OktaErrorAssert assertThatOktaError(String body) {
    return new OktaErrorAssert(Values.error(body));
  }

  /**
   * Creates a new assertion on an HTTP response with an Okta error body.
   *
   * <p>Example: <code>assertThatOktaError(httpResponse).hasStatus(429).hasErrorCode("E0000047")
   * </code>
   *
   * @param response the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static OktaErrorAssert assertThatOktaError(HttpResponse<String> response) {
    return new OktaErrorAssert(Values.error(response));
  }

  /**
   * Creates a new assertion on the Okta error an HTTP client exception carries: okta-sdk-java's
   * {@code ApiException} or Spring's {@code RestClientResponseException}, also as a cause (see
   * {@link OktaErrorResponse#ofException(Throwable)}).
   *
   * <p>Example: <code>assertThatOktaError(apiException).hasStatus(403).hasErrorCode("E0000006")
   * </code>
   *
   * @param thrown the exception to assert on, may be {@code null}
   * @return the created assertion object.
   * @throws FakeOktaAssertionException if the exception carries no HTTP response
   */
  @CheckReturnValue
  public static OktaErrorAssert assertThatOktaError(Throwable thrown) {
    return new OktaErrorAssert(Values.error(thrown));
  }
}
