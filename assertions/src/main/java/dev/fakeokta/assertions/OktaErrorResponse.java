package dev.fakeokta.assertions;

import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An HTTP response body a client received, with its status when known, to assert on as an Okta
 * error with {@link FakeOktaAssertions#assertThat(OktaErrorResponse)}.
 *
 * <pre>
 * <code class='java'> assertThat(OktaErrorResponse.of(429, body)).hasErrorCode("E0000047");</code>
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OktaErrorResponse {

  private final Integer status;
  private final String body;

  private OktaErrorResponse(Integer status, String body) {
    this.status = status;
    this.body = body;
  }

  /**
   * A body without a known status, e.g. from a log or an exception message.
   *
   * @param body the response body; must not be {@code null}
   * @return the response
   */
  public static OktaErrorResponse ofBody(String body) {
    return new OktaErrorResponse(null, Objects.requireNonNull(body, "body must not be null"));
  }

  /**
   * A body with its HTTP status.
   *
   * @param status the HTTP status, e.g. {@code 429}
   * @param body the response body; must not be {@code null}
   * @return the response
   */
  public static OktaErrorResponse of(int status, String body) {
    return new OktaErrorResponse(status, Objects.requireNonNull(body, "body must not be null"));
  }

  /**
   * A response from {@code java.net.http}.
   *
   * @param response the response; must not be {@code null}
   * @return the response's status and body (an empty body if it had none)
   */
  public static OktaErrorResponse of(HttpResponse<String> response) {
    Objects.requireNonNull(response, "response must not be null");
    return new OktaErrorResponse(
        response.statusCode(), response.body() == null ? "" : response.body());
  }

  /**
   * The response carried by an exception a client threw: okta-sdk-java's {@code ApiException} (and
   * any OpenAPI-generated client's: {@code getCode()} and {@code getResponseBody()}), or Spring's
   * {@code RestClientResponseException} and {@code WebClientResponseException} ({@code
   * getStatusCode().value()} and {@code getResponseBodyAsString()}). The exception's causes are
   * searched too, so a wrapped one is found. Neither library needs to be on the class path.
   *
   * @param thrown the exception; must not be {@code null}
   * @return the status and body of the first exception in the cause chain that carries a response
   * @throws IllegalArgumentException if no exception in the chain carries an HTTP response
   */
  public static OktaErrorResponse ofException(Throwable thrown) {
    Objects.requireNonNull(thrown, "thrown must not be null");
    java.util.Set<Throwable> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
      OktaErrorResponse response = HttpErrors.response(t);
      if (response != null) {
        return response;
      }
    }
    throw new IllegalArgumentException(
        "No HTTP response in "
            + thrown.getClass().getName()
            + " or its causes: expected okta-sdk-java's ApiException (getCode(),"
            + " getResponseBody()) or Spring's RestClientResponseException"
            + " (getStatusCode(), getResponseBodyAsString())");
  }

  /**
   * The HTTP status, if known.
   *
   * @return the status, or empty for a bare body
   */
  public OptionalInt status() {
    return status == null ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * The response body.
   *
   * @return the body, never {@code null}
   */
  public String body() {
    return body;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OktaErrorResponse that
        && Objects.equals(status, that.status)
        && body.equals(that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, body);
  }

  /**
   * The status and body, e.g. {@code HTTP 429 {"errorCode":"E0000047",...}}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return status == null ? body : "HTTP " + status + " " + body;
  }
}
