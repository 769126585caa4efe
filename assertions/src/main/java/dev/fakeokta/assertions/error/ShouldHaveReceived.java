package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that the fake received the
 * expected requests failed.
 */
public final class ShouldHaveReceived extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveReceived}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveReceived(
      Object actual, String requests, Timeline timeline) {
    return new ShouldHaveReceived(
        "%nExpecting FakeOkta:%n  %s%nto have received a request matching:%n  %s%nbut it received none:%n%s",
        actual, unquotedString(requests), timeline);
  }

  /**
   * Creates a new {@code ShouldHaveReceived}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param expected the expected count
   * @param count the actual count
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveReceived(
      Object actual, String requests, int expected, int count, Timeline timeline) {
    return new ShouldHaveReceived(
        "%nExpecting FakeOkta:%n  %s%nto have received %s request(s) matching:%n  %s%nbut it received %s:%n%s",
        actual, expected, unquotedString(requests), count, timeline);
  }

  private ShouldHaveReceived(String format, Object... arguments) {
    super(format, arguments);
  }
}
