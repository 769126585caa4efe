package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a client fetched a new
 * token after a 401 failed.
 */
public final class ShouldHaveRefreshedTokenAfterUnauthorized extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveRefreshedTokenAfterUnauthorized}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param offsetMillis when the 401 was, in ms from the first request
   * @param problem what the client did instead
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveRefreshedTokenAfterUnauthorized(
      Object actual, String requests, long offsetMillis, String problem, Timeline timeline) {
    return new ShouldHaveRefreshedTokenAfterUnauthorized(
        "%nExpecting FakeOkta:%n  %s%nto have fetched a new token after each 401 and retried the request matching:%n  %s%nwith it%nbut after the 401 at +%s ms it %s:%n%s",
        actual,
        unquotedString(requests),
        unquotedString(Long.toString(offsetMillis)),
        unquotedString(problem),
        timeline);
  }

  private ShouldHaveRefreshedTokenAfterUnauthorized(String format, Object... arguments) {
    super(format, arguments);
  }
}
