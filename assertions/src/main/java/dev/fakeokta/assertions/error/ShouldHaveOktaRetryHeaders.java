package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that retries carried {@code
 * X-Okta-Retry-For} and {@code X-Okta-Retry-Count} failed.
 */
public final class ShouldHaveOktaRetryHeaders extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveOktaRetryHeaders}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param offsetMillis when the faulty retry was, in ms from the first request
   * @param problem what was wrong with it, e.g. {@code "had no X-Okta-Retry-Count"}
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveOktaRetryHeaders(
      Object actual, String requests, long offsetMillis, String problem, Timeline timeline) {
    return new ShouldHaveOktaRetryHeaders(
        "%nExpecting FakeOkta:%n  %s%nto have sent X-Okta-Retry-For (the X-Okta-Request-Id of the first failed response) and a growing X-Okta-Retry-Count with every retry of the request matching:%n  %s%nbut the retry at +%s ms %s:%n%s",
        actual,
        unquotedString(requests),
        unquotedString(Long.toString(offsetMillis)),
        unquotedString(problem),
        timeline);
  }

  private ShouldHaveOktaRetryHeaders(String format, Object... arguments) {
    super(format, arguments);
  }
}
