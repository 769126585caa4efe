package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import java.time.Duration;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a client waited for
 * {@code X-Rate-Limit-Reset} before retrying failed.
 */
public final class ShouldHaveWaitedForRateLimitReset extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveWaitedForRateLimitReset}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param tolerance the tolerance
   * @param offsetMillis when the 429 was, in ms from the first request
   * @param requiredMillis how long the client had to wait
   * @param waitedMillis how long it waited
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveWaitedForRateLimitReset(
      Object actual,
      String requests,
      Duration tolerance,
      long offsetMillis,
      long requiredMillis,
      long waitedMillis,
      Timeline timeline) {
    return new ShouldHaveWaitedForRateLimitReset(
        "%nExpecting FakeOkta:%n  %s%nto have waited until X-Rate-Limit-Reset (by the fake's Date, less a tolerance of %s) after each 429 before retrying the request matching:%n  %s%nbut after the 429 at +%s ms it had to wait %s ms and retried after %s ms:%n%s",
        actual,
        unquotedString(tolerance.toMillis() + " ms"),
        unquotedString(requests),
        unquotedString(Long.toString(offsetMillis)),
        unquotedString(Long.toString(requiredMillis)),
        unquotedString(Long.toString(waitedMillis)),
        timeline);
  }

  /**
   * Creates a new {@code ShouldHaveWaitedForRateLimitReset}.
   *
   * @param actual the fake the assertion was about
   * @param path the rate-limited path
   * @param tolerance the tolerance
   * @param offsetMillis when the 429 was, in ms from the first request
   * @param resetMillis when its reset was, in ms from the first request
   * @param earlyMillis when the early request was, in ms from the first request
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveSentNothingBeforeRateLimitReset(
      Object actual,
      String path,
      Duration tolerance,
      long offsetMillis,
      long resetMillis,
      long earlyMillis,
      Timeline timeline) {
    return new ShouldHaveWaitedForRateLimitReset(
        "%nExpecting FakeOkta:%n  %s%nto have received nothing for a rate-limited path before its X-Rate-Limit-Reset (by the fake's Date, less a tolerance of %s)%nbut %s got a 429 at +%s ms that reset at +%s ms, and the client sent to it again at +%s ms:%n%s",
        actual,
        unquotedString(tolerance.toMillis() + " ms"),
        path,
        unquotedString(Long.toString(offsetMillis)),
        unquotedString(Long.toString(resetMillis)),
        unquotedString(Long.toString(earlyMillis)),
        timeline);
  }

  private ShouldHaveWaitedForRateLimitReset(String format, Object... arguments) {
    super(format, arguments);
  }
}
