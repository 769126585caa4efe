package dev.fakeokta.assertions.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that an Okta error has a
 * well-formed {@code errorId} failed.
 */
public final class ShouldHaveWellFormedErrorId extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveWellFormedErrorId}.
   *
   * @param actual the response
   * @param errorId the actual errorId
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveWellFormedErrorId(Object actual, Object errorId) {
    return new ShouldHaveWellFormedErrorId(
        "%nExpecting Okta error:%n  %s%nto have an errorId of \"oae\" followed by 22 URL-safe characters (A-Z, a-z, 0-9, - and _)%nbut had:%n  %s",
        actual, errorId);
  }

  private ShouldHaveWellFormedErrorId(String format, Object... arguments) {
    super(format, arguments);
  }
}
