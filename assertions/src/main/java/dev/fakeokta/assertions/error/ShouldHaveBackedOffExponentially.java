package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import java.time.Duration;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a client backed off
 * exponentially between attempts failed.
 */
public final class ShouldHaveBackedOffExponentially extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveBackedOffExponentially}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param expectedMillis the least waits expected, in ms
   * @param waitedMillis the waits measured, in ms
   * @param tolerance the tolerance
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveBackedOffExponentially(
      Object actual,
      String requests,
      List<Long> expectedMillis,
      List<Long> waitedMillis,
      Duration tolerance,
      Timeline timeline) {
    return new ShouldHaveBackedOffExponentially(
        "%nExpecting FakeOkta:%n  %s%nto have backed off exponentially between the attempts at the request matching:%n  %s%nwaiting at least (less a tolerance of %s):%n  %s ms%nbut waited:%n  %s ms%n%s",
        actual,
        unquotedString(requests),
        unquotedString(tolerance.toMillis() + " ms"),
        unquotedString(expectedMillis.toString()),
        unquotedString(waitedMillis.toString()),
        timeline);
  }

  /**
   * Creates a new {@code ShouldHaveBackedOffExponentially}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param attempts the number of attempts
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveRetriedTwice(
      Object actual, String requests, int attempts, Timeline timeline) {
    return new ShouldHaveBackedOffExponentially(
        "%nExpecting FakeOkta:%n  %s%nto have retried the request matching:%n  %s%nat least twice, so that its backoff can be measured%nbut it made %s attempt(s):%n%s",
        actual, unquotedString(requests), attempts, timeline);
  }

  private ShouldHaveBackedOffExponentially(String format, Object... arguments) {
    super(format, arguments);
  }
}
