package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a client gave up after a
 * number of failed attempts failed.
 */
public final class ShouldHaveGivenUpAfter extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveGivenUpAfter}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param expected the expected number of attempts
   * @param attempts the actual number of attempts
   * @param successes how many attempts succeeded
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveGivenUpAfter(
      Object actual,
      String requests,
      int expected,
      int attempts,
      int successes,
      Timeline timeline) {
    return new ShouldHaveGivenUpAfter(
        "%nExpecting FakeOkta:%n  %s%nto have given up on the request matching:%n  %s%nafter %s failed attempt(s)%nbut it made %s attempt(s), %s of them successful:%n%s",
        actual, unquotedString(requests), expected, attempts, successes, timeline);
  }

  private ShouldHaveGivenUpAfter(String format, Object... arguments) {
    super(format, arguments);
  }
}
