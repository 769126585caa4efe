package dev.fakeokta.assertions.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a response is an Okta
 * error failed.
 */
public final class ShouldBeOktaError extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldBeOktaError}.
   *
   * @param actual the response
   * @param reason why it is not
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldBeOktaError(Object actual, String reason) {
    return new ShouldBeOktaError(
        "%nExpecting response:%n  %s%nto be an Okta error (a JSON object with errorCode, errorSummary, errorLink, errorId and errorCauses)%nbut %s",
        actual, unquotedString(reason));
  }

  private ShouldBeOktaError(String format, Object... arguments) {
    super(format, arguments);
  }
}
