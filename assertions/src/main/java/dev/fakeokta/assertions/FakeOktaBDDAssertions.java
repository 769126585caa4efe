package dev.fakeokta.assertions;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.internal.Values;
import dev.fakeokta.server.FakeOktaServer;
import java.net.http.HttpResponse;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * Behaviour-driven twin of {@link FakeOktaAssertions}: the same assertions, started with {@code
 * then(...)} for the THEN step of a GIVEN/WHEN/THEN test.
 *
 * <pre><code class='java'> import static dev.fakeokta.assertions.FakeOktaBDDAssertions.then;
 *
 * // WHEN
 * client.listUsers();
 * // THEN
 * then(okta).hasCalledTokenEndpoint(1);</code></pre>
 *
 * @see FakeOktaAssertions
 * @since 0.1.0
 */
public final class FakeOktaBDDAssertions {

  private FakeOktaBDDAssertions() {}

  /**
   * Creates a new assertion on the requests a fake received.
   *
   * <p>Example: <code>then(okta).hasReceived(1, "GET", "/api/v1/users")</code>
   *
   * @param actual the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static FakeOktaServerAssert then(FakeOktaServer actual) {
    return new FakeOktaServerAssert(actual);
  }

  /**
   * Creates a new assertion on a signed JWT.
   *
   * <p>Example: <code>then(SignedJWT.parse(accessToken)).hasScope("okta.users.read")</code>
   *
   * @param actual the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static JwtAssert then(SignedJWT actual) {
    return new JwtAssert(actual);
  }

  /**
   * Creates a new assertion on a compact signed JWT; it is parsed first.
   *
   * <p>Example: <code>thenJwt(accessToken).hasIssuer(okta.orgUrl() + "/oauth2/default")</code>
   *
   * @param compact the value to assert on, may be {@code null}
   * @return the created assertion object.
   * @throws FakeOktaAssertionException if the text is not a compact signed JWT.
   */
  @CheckReturnValue
  public static JwtAssert thenJwt(String compact) {
    return new JwtAssert(Values.jwt(compact));
  }

  /**
   * Creates a new assertion on a JWK set, as the JSON it renders to (private parameters included).
   *
   * <p>Example: <code>then(jwkSet).containsKeyId("kid-1")</code>
   *
   * @param actual the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static JwksAssert then(JWKSet actual) {
    return new JwksAssert(Values.jwks(actual));
  }

  /**
   * Creates a new assertion on a JWKS as JSON text, e.g. the body of {@code /v1/keys}.
   *
   * <p>Example: <code>thenJwks(keysJson).hasOnlyOktaFields()</code>
   *
   * @param json the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static JwksAssert thenJwks(String json) {
    return new JwksAssert(json);
  }

  /**
   * Creates a new assertion on an Okta error response.
   *
   * <p>Example: <code>then(OktaErrorResponse.of(429, body)).hasErrorCode("E0000047")</code>
   *
   * @param actual the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static OktaErrorAssert then(OktaErrorResponse actual) {
    return new OktaErrorAssert(actual);
  }

  /**
   * Creates a new assertion on an Okta error body (JSON text).
   *
   * <p>Example: <code>thenOktaError(body).hasErrorCode("E0000047")</code>
   *
   * @param body the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static OktaErrorAssert thenOktaError(String body) {
    return new OktaErrorAssert(Values.error(body));
  }

  /**
   * Creates a new assertion on an HTTP response with an Okta error body.
   *
   * <p>Example: <code>thenOktaError(httpResponse).hasStatus(429).hasErrorCode("E0000047")</code>
   *
   * @param response the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  @CheckReturnValue
  public static OktaErrorAssert thenOktaError(HttpResponse<String> response) {
    return new OktaErrorAssert(Values.error(response));
  }

  /**
   * Creates a new assertion on the Okta error an HTTP client exception carries: okta-sdk-java's
   * {@code ApiException} or Spring's {@code RestClientResponseException}, also as a cause (see
   * {@link OktaErrorResponse#ofException(Throwable)}).
   *
   * <p>Example: <code>thenOktaError(apiException).hasStatus(403).hasErrorCode("E0000006")</code>
   *
   * @param thrown the exception to assert on, may be {@code null}
   * @return the created assertion object.
   * @throws FakeOktaAssertionException if the exception carries no HTTP response
   */
  @CheckReturnValue
  public static OktaErrorAssert thenOktaError(Throwable thrown) {
    return new OktaErrorAssert(Values.error(thrown));
  }
}
