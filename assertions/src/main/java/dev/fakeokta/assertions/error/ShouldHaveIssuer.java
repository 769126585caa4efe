package dev.fakeokta.assertions.error;

import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.internal.Jwts;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a JWT has an issuer
 * failed.
 */
public final class ShouldHaveIssuer extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveIssuer}.
   *
   * @param actual the JWT
   * @param expected the expected issuer
   * @param issuer the actual iss claim
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveIssuer(
      SignedJWT actual, String expected, Object issuer) {
    return new ShouldHaveIssuer(
        "%nExpecting JWT:%n  %s%nto have the issuer:%n  %s%nbut had:%n  %s",
        Jwts.describe(actual), expected, issuer);
  }

  private ShouldHaveIssuer(String format, Object... arguments) {
    super(format, arguments);
  }
}
