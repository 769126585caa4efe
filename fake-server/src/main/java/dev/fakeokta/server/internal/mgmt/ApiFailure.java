package dev.fakeokta.server.internal.mgmt;

import dev.fakeokta.server.OktaError;

/** An Okta error a management-API rule raises; the endpoint renders it. No stack trace. */
final class ApiFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient OktaError error;

  ApiFailure(OktaError error) {
    super(error.code(), null, false, false);
    this.error = error;
  }

  static ApiFailure of(String code) {
    return new ApiFailure(OktaError.of(code));
  }

  /** 404 E0000007 {@code Not found: Resource not found: {id} ({type})}. */
  static ApiFailure notFound(String id, String type) {
    return new ApiFailure(
        OktaError.of("E0000007").withSummaryArgs("Resource not found: " + id + " (" + type + ")"));
  }

  /** 400 E0000001 {@code Api validation failed: {field}} with one cause per message. */
  static ApiFailure validation(String field, String... causes) {
    OktaError error = OktaError.of("E0000001").withSummaryArgs(field);
    for (String cause : causes) {
      error = error.withCause(cause);
    }
    return new ApiFailure(error);
  }

  OktaError error() {
    return error;
  }
}
