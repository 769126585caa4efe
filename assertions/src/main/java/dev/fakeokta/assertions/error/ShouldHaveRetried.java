package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a client retried a
 * request a number of times failed.
 */
public final class ShouldHaveRetried extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveRetried}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param expected the expected number of retries
   * @param retries the actual number of retries
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveRetried(
      Object actual, String requests, int expected, int retries, Timeline timeline) {
    return new ShouldHaveRetried(
        "%nExpecting FakeOkta:%n  %s%nto have retried the request matching:%n  %s%n%s time(s)%nbut it retried it %s time(s):%n%s",
        actual, unquotedString(requests), expected, retries, timeline);
  }

  /**
   * Creates a new {@code ShouldHaveRetried}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param status the status that should have been followed by a retry
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveRetriedAfterStatus(
      Object actual, String requests, int status, Timeline timeline) {
    return new ShouldHaveRetried(
        "%nExpecting FakeOkta:%n  %s%nto have retried the request matching:%n  %s%nafter a %s%nbut no %s was followed by a retry:%n%s",
        actual, unquotedString(requests), status, status, timeline);
  }

  private ShouldHaveRetried(String format, Object... arguments) {
    super(format, arguments);
  }
}
