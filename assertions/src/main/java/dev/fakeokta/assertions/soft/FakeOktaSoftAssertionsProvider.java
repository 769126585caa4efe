package dev.fakeokta.assertions.soft;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.FakeOktaAssertionException;
import dev.fakeokta.assertions.FakeOktaServerAssert;
import dev.fakeokta.assertions.JwksAssert;
import dev.fakeokta.assertions.JwtAssert;
import dev.fakeokta.assertions.OktaErrorAssert;
import dev.fakeokta.assertions.OktaErrorResponse;
import dev.fakeokta.assertions.internal.Values;
import dev.fakeokta.server.FakeOktaServer;
import java.net.http.HttpResponse;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft-assertion entry points for FakeOkta, the soft twins of {@link
 * dev.fakeokta.assertions.FakeOktaAssertions}. Mix it into your own soft-assertions class, or use
 * {@link FakeOktaSoftAssertions}.
 *
 * <p>All assertion methods are flat (they return the same assertion), so every failure is
 * collected.
 *
 * @since 0.1.0
 */
public interface FakeOktaSoftAssertionsProvider extends SoftAssertionsProvider {

  /**
   * Creates a new assertion on the requests a fake received.
   *
   * <p>Example: <code>assertThat(okta).hasReceived(1, "GET", "/api/v1/users")</code>
   *
   * @param actual the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  default FakeOktaServerAssert assertThat(FakeOktaServer actual) {
    return proxy(FakeOktaServerAssert.class, FakeOktaServer.class, actual);
  }

  /**
   * Creates a new assertion on a signed JWT.
   *
   * <p>Example: <code>assertThat(SignedJWT.parse(accessToken)).hasScope("okta.users.read")</code>
   *
   * @param actual the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  default JwtAssert assertThat(SignedJWT actual) {
    return proxy(JwtAssert.class, SignedJWT.class, actual);
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
  default JwtAssert assertThatJwt(String compact) {
    return proxy(JwtAssert.class, SignedJWT.class, Values.jwt(compact));
  }

  /**
   * Creates a new assertion on a JWK set, as the JSON it renders to (private parameters included).
   *
   * <p>Example: <code>assertThat(jwkSet).containsKeyId("kid-1")</code>
   *
   * @param actual the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  default JwksAssert assertThat(JWKSet actual) {
    return proxy(JwksAssert.class, String.class, Values.jwks(actual));
  }

  /**
   * Creates a new assertion on a JWKS as JSON text, e.g. the body of {@code /v1/keys}.
   *
   * <p>Example: <code>assertThatJwks(keysJson).hasOnlyOktaFields()</code>
   *
   * @param json the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  default JwksAssert assertThatJwks(String json) {
    return proxy(JwksAssert.class, String.class, json);
  }

  /**
   * Creates a new assertion on an Okta error response.
   *
   * <p>Example: <code>assertThat(OktaErrorResponse.of(429, body)).hasErrorCode("E0000047")</code>
   *
   * @param actual the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  default OktaErrorAssert assertThat(OktaErrorResponse actual) {
    return proxy(OktaErrorAssert.class, OktaErrorResponse.class, actual);
  }

  /**
   * Creates a new assertion on an Okta error body (JSON text).
   *
   * <p>Example: <code>assertThatOktaError(body).hasErrorCode("E0000047")</code>
   *
   * @param body the value to assert on, may be {@code null}
   * @return the created assertion object.
   */
  default OktaErrorAssert assertThatOktaError(String body) {
    return proxy(OktaErrorAssert.class, OktaErrorResponse.class, Values.error(body));
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
  default OktaErrorAssert assertThatOktaError(HttpResponse<String> response) {
    return proxy(OktaErrorAssert.class, OktaErrorResponse.class, Values.error(response));
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
  default OktaErrorAssert assertThatOktaError(Throwable thrown) {
    return proxy(OktaErrorAssert.class, OktaErrorResponse.class, Values.error(thrown));
  }
}
