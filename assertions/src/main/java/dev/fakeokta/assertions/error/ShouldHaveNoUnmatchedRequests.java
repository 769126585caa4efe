package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that the fake served every
 * request failed.
 */
public final class ShouldHaveNoUnmatchedRequests extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveNoUnmatchedRequests}.
   *
   * @param actual the fake the assertion was about
   * @param count how many requests were unmatched
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveNoUnmatchedRequests(
      Object actual, int count, Timeline timeline) {
    return new ShouldHaveNoUnmatchedRequests(
        "%nExpecting FakeOkta:%n  %s%nto have no unmatched requests (requests that no script, stub or endpoint of the fake served)%nbut it had %s (marked >):%n%s",
        actual, count, timeline);
  }

  private ShouldHaveNoUnmatchedRequests(String format, Object... arguments) {
    super(format, arguments);
  }
}
