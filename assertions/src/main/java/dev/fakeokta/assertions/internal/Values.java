package dev.fakeokta.assertions.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.FakeOktaAssertionException;
import dev.fakeokta.assertions.OktaErrorResponse;
import java.net.http.HttpResponse;
import java.text.ParseException;

/** Conversions done by the entry points; {@code null} stays {@code null}. */
public final class Values {

  private Values() {}

  /**
   * Parses a compact signed JWT.
   *
   * @param compact the token, may be {@code null}
   * @return the JWT, or {@code null}
   * @throws FakeOktaAssertionException if the text is not a compact signed JWT
   */
  public static SignedJWT jwt(String compact) {
    if (compact == null) {
      return null;
    }
    try {
      return SignedJWT.parse(compact.strip());
    } catch (ParseException e) {
      throw new FakeOktaAssertionException(
          "The text is not a compact signed JWT (three base64url parts separated by dots; "
              + compact.length()
              + " characters given): "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Renders a JWKS as JSON, private parameters included, so that {@code hasOnlyOktaFields()} can
   * see them.
   *
   * @param jwks the set, may be {@code null}
   * @return the JSON, or {@code null}
   */
  public static String jwks(JWKSet jwks) {
    return jwks == null ? null : jwks.toString(false);
  }

  /**
   * Wraps a body.
   *
   * @param body the body, may be {@code null}
   * @return the response, or {@code null}
   */
  public static OktaErrorResponse error(String body) {
    return body == null ? null : OktaErrorResponse.ofBody(body);
  }

  /**
   * Wraps an HTTP response.
   *
   * @param response the response, may be {@code null}
   * @return the response, or {@code null}
   */
  public static OktaErrorResponse error(HttpResponse<String> response) {
    return response == null ? null : OktaErrorResponse.of(response);
  }

  /**
   * Reads the HTTP response an exception carries (okta-sdk-java's {@code ApiException}, Spring's
   * {@code RestClientResponseException}, also as a cause).
   *
   * @param thrown the exception, may be {@code null}
   * @return the response, or {@code null}
   * @throws FakeOktaAssertionException if the exception carries no HTTP response
   */
  public static OktaErrorResponse error(Throwable thrown) {
    if (thrown == null) {
      return null;
    }
    try {
      return OktaErrorResponse.ofException(thrown);
    } catch (IllegalArgumentException e) {
      throw new FakeOktaAssertionException(e.getMessage() + "; got: " + thrown, thrown);
    }
  }
}
