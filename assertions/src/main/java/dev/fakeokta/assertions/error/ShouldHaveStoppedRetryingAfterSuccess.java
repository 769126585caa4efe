package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a client stopped
 * retrying after a success failed.
 */
public final class ShouldHaveStoppedRetryingAfterSuccess extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveStoppedRetryingAfterSuccess}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveSucceeded(
      Object actual, String requests, Timeline timeline) {
    return new ShouldHaveStoppedRetryingAfterSuccess(
        "%nExpecting FakeOkta:%n  %s%nto have stopped retrying the request matching:%n  %s%nafter a success%nbut no attempt succeeded:%n%s",
        actual, unquotedString(requests), timeline);
  }

  /**
   * Creates a new {@code ShouldHaveStoppedRetryingAfterSuccess}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param successOffsetMillis when the first success was, in ms from the first request
   * @param more how many attempts followed it
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveStoppedRetryingAfterSuccess(
      Object actual, String requests, long successOffsetMillis, int more, Timeline timeline) {
    return new ShouldHaveStoppedRetryingAfterSuccess(
        "%nExpecting FakeOkta:%n  %s%nto have stopped retrying the request matching:%n  %s%nafter a success%nbut it sent %s more after the success at +%s ms:%n%s",
        actual,
        unquotedString(requests),
        more,
        unquotedString(Long.toString(successOffsetMillis)),
        timeline);
  }

  private ShouldHaveStoppedRetryingAfterSuccess(String format, Object... arguments) {
    super(format, arguments);
  }
}
