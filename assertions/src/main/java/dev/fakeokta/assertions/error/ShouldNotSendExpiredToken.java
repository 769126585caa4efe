package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import java.time.Instant;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a client sent no expired
 * token failed.
 */
public final class ShouldNotSendExpiredToken extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldNotSendExpiredToken}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param offsetMillis when the request was, in ms from the first request
   * @param credential the credential, masked
   * @param expiredAt the exp of the token
   * @param fakeTime the fake's clock when it answered
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldNotSendExpiredToken(
      Object actual,
      String requests,
      long offsetMillis,
      String credential,
      Instant expiredAt,
      Instant fakeTime,
      Timeline timeline) {
    return new ShouldNotSendExpiredToken(
        "%nExpecting FakeOkta:%n  %s%nto have sent no expired token with the requests matching:%n  %s%nbut the request at +%s ms carried %s, which expired at:%n  %s%nwhile the fake's clock read:%n  %s%n%s",
        actual,
        unquotedString(requests),
        unquotedString(Long.toString(offsetMillis)),
        unquotedString(credential),
        expiredAt,
        fakeTime,
        timeline);
  }

  private ShouldNotSendExpiredToken(String format, Object... arguments) {
    super(format, arguments);
  }
}
