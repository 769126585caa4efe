package dev.fakeokta.assertions;

/**
 * Thrown when an assertion cannot be evaluated at all, e.g. the text given as a JWT is not a
 * compact signed JWT, the text given as a JWKS is not JSON, or the exception given as an Okta error
 * carries no HTTP response. This is a problem in the test, not a failed assertion, so it is not an
 * {@link AssertionError}.
 */
public final class FakeOktaAssertionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what could not be evaluated and how to fix it
   * @param cause the underlying parse error, may be {@code null}
   */
  public FakeOktaAssertionException(String message, Throwable cause) {
    super(message, cause);
  }
}
