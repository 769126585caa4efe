package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that requests carried an
 * {@code Authorization} scheme failed.
 */
public final class ShouldHaveAuthorizationScheme extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveAuthorizationScheme}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param scheme the expected scheme
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveAuthorizationScheme(
      Object actual, String requests, String scheme, Timeline timeline) {
    return new ShouldHaveAuthorizationScheme(
        "%nExpecting FakeOkta:%n  %s%nto have received every request matching:%n  %s%nwith the Authorization scheme:%n  %s%nbut those marked > did not:%n%s",
        actual, unquotedString(requests), scheme, timeline);
  }

  private ShouldHaveAuthorizationScheme(String format, Object... arguments) {
    super(format, arguments);
  }
}
