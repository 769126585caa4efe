package dev.fakeokta.assertions.error;

import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.internal.Jwts;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a JWT has an audience
 * failed.
 */
public final class ShouldHaveAudience extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveAudience}.
   *
   * @param actual the JWT
   * @param expected the expected audience
   * @param audience the actual aud claim
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveAudience(
      SignedJWT actual, String expected, List<String> audience) {
    return new ShouldHaveAudience(
        "%nExpecting JWT:%n  %s%nto have the audience:%n  %s%nbut had:%n  %s",
        Jwts.describe(actual), expected, audience);
  }

  private ShouldHaveAudience(String format, Object... arguments) {
    super(format, arguments);
  }
}
