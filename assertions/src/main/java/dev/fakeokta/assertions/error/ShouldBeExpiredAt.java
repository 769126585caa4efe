package dev.fakeokta.assertions.error;

import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.internal.Jwts;
import java.time.Instant;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a JWT is, or is not,
 * expired at an instant failed.
 */
public final class ShouldBeExpiredAt extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldBeExpiredAt}.
   *
   * @param actual the JWT
   * @param instant the instant
   * @param expiresAt the exp claim
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldBeExpiredAt(
      SignedJWT actual, Instant instant, Object expiresAt) {
    return new ShouldBeExpiredAt(
        "%nExpecting JWT:%n  %s%nto be expired at:%n  %s%nbut it expires at:%n  %s",
        Jwts.describe(actual), instant, expiresAt);
  }

  /**
   * Creates a new {@code ShouldBeExpiredAt}.
   *
   * @param actual the JWT
   * @param instant the instant
   * @param expiresAt the exp claim
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldNotBeExpiredAt(
      SignedJWT actual, Instant instant, Object expiresAt) {
    return new ShouldBeExpiredAt(
        "%nExpecting JWT:%n  %s%nnot to be expired at:%n  %s%nbut it expired at:%n  %s",
        Jwts.describe(actual), instant, expiresAt);
  }

  private ShouldBeExpiredAt(String format, Object... arguments) {
    super(format, arguments);
  }
}
