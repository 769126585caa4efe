package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a client did not retry
 * after a status that must not be retried failed.
 */
public final class ShouldNotRetryNonRetryableStatus extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldNotRetryNonRetryableStatus}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param status the non-retryable status
   * @param offsetMillis when that response was, in ms from the first request
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldNotRetryNonRetryableStatus(
      Object actual, String requests, int status, long offsetMillis, Timeline timeline) {
    return new ShouldNotRetryNonRetryableStatus(
        "%nExpecting FakeOkta:%n  %s%nnot to have retried the request matching:%n  %s%nafter a status that must not be retried (4xx other than 429; 401 only with a new credential)%nbut it retried after the %s at +%s ms:%n%s",
        actual,
        unquotedString(requests),
        status,
        unquotedString(Long.toString(offsetMillis)),
        timeline);
  }

  private ShouldNotRetryNonRetryableStatus(String format, Object... arguments) {
    super(format, arguments);
  }
}
