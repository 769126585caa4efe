package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import java.time.Duration;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a client waited for
 * {@code Retry-After} before retrying failed.
 */
public final class ShouldHaveWaitedForRetryAfter extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveWaitedForRetryAfter}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param tolerance the tolerance
   * @param offsetMillis when the response with Retry-After was, in ms from the first request
   * @param requiredMillis how long the client had to wait
   * @param waitedMillis how long it waited
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveWaitedForRetryAfter(
      Object actual,
      String requests,
      Duration tolerance,
      long offsetMillis,
      long requiredMillis,
      long waitedMillis,
      Timeline timeline) {
    return new ShouldHaveWaitedForRetryAfter(
        "%nExpecting FakeOkta:%n  %s%nto have waited at least Retry-After (less a tolerance of %s) before retrying the request matching:%n  %s%nbut after the response at +%s ms it had to wait %s ms and retried after %s ms:%n%s",
        actual,
        unquotedString(tolerance.toMillis() + " ms"),
        unquotedString(requests),
        unquotedString(Long.toString(offsetMillis)),
        unquotedString(Long.toString(requiredMillis)),
        unquotedString(Long.toString(waitedMillis)),
        timeline);
  }

  /**
   * Creates a new {@code ShouldHaveWaitedForRetryAfter}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveRetriedAfterRetryAfter(
      Object actual, String requests, Timeline timeline) {
    return new ShouldHaveWaitedForRetryAfter(
        "%nExpecting FakeOkta:%n  %s%nto have retried the request matching:%n  %s%nafter a response with Retry-After%nbut no such response was followed by a retry:%n%s",
        actual, unquotedString(requests), timeline);
  }

  private ShouldHaveWaitedForRetryAfter(String format, Object... arguments) {
    super(format, arguments);
  }
}
