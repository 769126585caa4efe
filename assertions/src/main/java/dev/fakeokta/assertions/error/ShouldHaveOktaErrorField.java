package dev.fakeokta.assertions.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that an Okta error has a
 * given field value failed.
 */
public final class ShouldHaveOktaErrorField extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveOktaErrorField}.
   *
   * @param actual the response
   * @param expected the expected errorCode
   * @param value the actual errorCode
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveErrorCode(
      Object actual, String expected, Object value) {
    return new ShouldHaveOktaErrorField(
        "%nExpecting Okta error:%n  %s%nto have errorCode:%n  %s%nbut had:%n  %s",
        actual, expected, value);
  }

  /**
   * Creates a new {@code ShouldHaveOktaErrorField}.
   *
   * @param actual the response
   * @param expected the expected errorSummary
   * @param value the actual errorSummary
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveErrorSummary(
      Object actual, String expected, Object value) {
    return new ShouldHaveOktaErrorField(
        "%nExpecting Okta error:%n  %s%nto have errorSummary:%n  %s%nbut had:%n  %s",
        actual, expected, value);
  }

  /**
   * Creates a new {@code ShouldHaveOktaErrorField}.
   *
   * @param actual the response
   * @param expected the expected errorCauses summaries
   * @param value the actual errorCauses summaries
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveErrorCauses(
      Object actual, List<String> expected, List<String> value) {
    return new ShouldHaveOktaErrorField(
        "%nExpecting Okta error:%n  %s%nto have errorCauses with the summaries:%n  %s%nbut had:%n  %s",
        actual, expected, value);
  }

  /**
   * Creates a new {@code ShouldHaveOktaErrorField}.
   *
   * @param actual the response
   * @param expected the expected HTTP status
   * @param value the actual status, or a text saying it is unknown
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveStatus(Object actual, int expected, Object value) {
    return new ShouldHaveOktaErrorField(
        "%nExpecting Okta error:%n  %s%nto have HTTP status:%n  %s%nbut had:%n  %s",
        actual, expected, value);
  }

  private ShouldHaveOktaErrorField(String format, Object... arguments) {
    super(format, arguments);
  }
}
