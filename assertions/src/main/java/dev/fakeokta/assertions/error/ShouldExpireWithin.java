package dev.fakeokta.assertions.error;

import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.internal.Jwts;
import java.time.Duration;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a JWT expires within a
 * time of being issued failed.
 */
public final class ShouldExpireWithin extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldExpireWithin}.
   *
   * @param actual the JWT
   * @param maxLifetime the longest lifetime expected
   * @param issuedAt the iat claim
   * @param expiresAt the exp claim
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldExpireWithin(
      SignedJWT actual, Duration maxLifetime, Object issuedAt, Object expiresAt) {
    return new ShouldExpireWithin(
        "%nExpecting JWT:%n  %s%nto expire within %s of being issued%nbut it was issued at:%n  %s%nand expires at:%n  %s",
        Jwts.describe(actual), unquotedString(Jwts.describe(maxLifetime)), issuedAt, expiresAt);
  }

  private ShouldExpireWithin(String format, Object... arguments) {
    super(format, arguments);
  }
}
