package dev.fakeokta.assertions;

import java.lang.reflect.Method;

/** Reads the status and body of the HTTP client exceptions {@link OktaErrorResponse} knows. */
final class HttpErrors {

  private HttpErrors() {}

  /**
   * The response an exception carries, read through its public methods.
   *
   * @param thrown the exception
   * @return the response, or {@code null} if it has neither known shape
   */
  static OktaErrorResponse response(Throwable thrown) {
    // okta-sdk-java's ApiException and other OpenAPI Generator clients
    Object code = call(thrown, "getCode");
    Object body = call(thrown, "getResponseBody");
    if (code instanceof Integer status && status > 0) {
      return OktaErrorResponse.of(status, body instanceof String text ? text : "");
    }
    // Spring's RestClientResponseException and WebClientResponseException
    Object statusCode = call(thrown, "getStatusCode");
    Object value = statusCode == null ? null : call(statusCode, "value");
    Object springBody = call(thrown, "getResponseBodyAsString");
    if (value instanceof Integer status && springBody instanceof String text) {
      return OktaErrorResponse.of(status, text);
    }
    return null;
  }

  private static Object call(Object target, String name) {
    try {
      Method method = target.getClass().getMethod(name);
      if (!method.canAccess(target) && !method.trySetAccessible()) {
        return null;
      }
      return method.invoke(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
