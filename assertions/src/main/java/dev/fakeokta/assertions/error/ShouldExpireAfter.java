package dev.fakeokta.assertions.error;

import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.internal.Jwts;
import java.time.Instant;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a JWT expires after an
 * instant failed.
 */
public final class ShouldExpireAfter extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldExpireAfter}.
   *
   * @param actual the JWT
   * @param instant the instant
   * @param expiresAt the exp claim
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldExpireAfter(
      SignedJWT actual, Instant instant, Object expiresAt) {
    return new ShouldExpireAfter(
        "%nExpecting JWT:%n  %s%nto expire after:%n  %s%nbut it expires at:%n  %s",
        Jwts.describe(actual), instant, expiresAt);
  }

  private ShouldExpireAfter(String format, Object... arguments) {
    super(format, arguments);
  }
}
