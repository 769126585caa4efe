package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that the fake received
 * requests in a given order failed.
 */
public final class ShouldHaveReceivedInOrder extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveReceivedInOrder}.
   *
   * @param actual the fake the assertion was about
   * @param requests descriptions of the expected requests, in order
   * @param missing the first request not found in order
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveReceivedInOrder(
      Object actual, List<String> requests, String missing, Timeline timeline) {
    return new ShouldHaveReceivedInOrder(
        "%nExpecting FakeOkta:%n  %s%nto have received requests matching, in this order:%n  %s%nbut found no request matching:%n  %s%nafter the ones before it:%n%s",
        actual, unquotedString(String.join(", ", requests)), unquotedString(missing), timeline);
  }

  private ShouldHaveReceivedInOrder(String format, Object... arguments) {
    super(format, arguments);
  }
}
