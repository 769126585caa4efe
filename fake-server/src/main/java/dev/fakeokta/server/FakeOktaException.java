package dev.fakeokta.server;

/**
 * Thrown when the fake itself cannot do its job: it cannot start, or key material is unusable. Bad
 * arguments get an {@link IllegalArgumentException} instead.
 */
public final class FakeOktaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message and a cause.
   *
   * @param message what went wrong and how to fix it
   * @param cause the underlying failure; may be {@code null}
   */
  public FakeOktaException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * An exception with a message.
   *
   * @param message what went wrong and how to fix it
   */
  public FakeOktaException(String message) {
    super(message);
  }
}
