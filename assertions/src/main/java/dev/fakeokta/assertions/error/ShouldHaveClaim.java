package dev.fakeokta.assertions.error;

import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.internal.Jwts;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a JWT has a claim
 * failed.
 */
public final class ShouldHaveClaim extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveClaim}.
   *
   * @param actual the JWT
   * @param name the claim name
   * @param expected the expected value
   * @param value the actual value
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveClaim(
      SignedJWT actual, String name, Object expected, Object value) {
    return new ShouldHaveClaim(
        "%nExpecting JWT:%n  %s%nto have claim %s with value:%n  %s%nbut was:%n  %s",
        Jwts.describe(actual), name, expected, value);
  }

  /**
   * Creates a new {@code ShouldHaveClaim}.
   *
   * @param actual the JWT
   * @param name the claim name
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveClaim(SignedJWT actual, String name) {
    return new ShouldHaveClaim(
        "%nExpecting JWT:%n  %s%nto have claim:%n  %s%nbut it has only:%n  %s",
        Jwts.describe(actual), name, Jwts.claimNames(actual));
  }

  private ShouldHaveClaim(String format, Object... arguments) {
    super(format, arguments);
  }
}
