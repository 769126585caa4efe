package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.Timeline;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a client did not retry a
 * non-idempotent POST failed.
 */
public final class ShouldNotRetryNonIdempotentPost extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldNotRetryNonIdempotentPost}.
   *
   * @param actual the fake the assertion was about
   * @param requests a description of the requests, e.g. {@code GET /api/v1/users}
   * @param header the idempotency header
   * @param offsetMillis when the retry was, in ms from the first request
   * @param timeline the timeline to show
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldNotRetryNonIdempotentPost(
      Object actual, String requests, String header, long offsetMillis, Timeline timeline) {
    return new ShouldNotRetryNonIdempotentPost(
        "%nExpecting FakeOkta:%n  %s%nnot to have retried the POST matching:%n  %s%nwithout the idempotency header:%n  %s%nbut the retry at +%s ms had none:%n%s",
        actual,
        unquotedString(requests),
        header,
        unquotedString(Long.toString(offsetMillis)),
        timeline);
  }

  private ShouldNotRetryNonIdempotentPost(String format, Object... arguments) {
    super(format, arguments);
  }
}
