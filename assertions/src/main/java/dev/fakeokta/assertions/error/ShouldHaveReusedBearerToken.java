package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a client reused one
 * Bearer token failed.
 */
public final class ShouldHaveReusedBearerToken extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveReusedBearerToken}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param credentials the distinct credentials sent, masked
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveReusedBearerToken(
      Object actual, String requests, List<String> credentials, Timeline timeline) {
    return new ShouldHaveReusedBearerToken(
        "%nExpecting FakeOkta:%n  %s%nto have sent the same Bearer token with every request matching:%n  %s%nbut it sent:%n  %s%n%s",
        actual, unquotedString(requests), unquotedString(String.join(", ", credentials)), timeline);
  }

  private ShouldHaveReusedBearerToken(String format, Object... arguments) {
    super(format, arguments);
  }
}
