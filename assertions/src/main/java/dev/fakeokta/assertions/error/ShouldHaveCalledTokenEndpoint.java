package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a client called the
 * token endpoint a number of times failed.
 */
public final class ShouldHaveCalledTokenEndpoint extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveCalledTokenEndpoint}.
   *
   * @param actual the fake the assertion was about
   * @param expected the expected count
   * @param count the actual count
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveCalledTokenEndpoint(
      Object actual, int expected, int count, Timeline timeline) {
    return new ShouldHaveCalledTokenEndpoint(
        "%nExpecting FakeOkta:%n  %s%nto have received %s request(s) for a token (a path ending in /v1/token)%nbut it received %s (marked >):%n%s",
        actual, expected, count, timeline);
  }

  private ShouldHaveCalledTokenEndpoint(String format, Object... arguments) {
    super(format, arguments);
  }
}
