package dev.fakeokta.assertions.error;

import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.internal.Jwts;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a JWT has scopes in
 * {@code scp} failed.
 */
public final class ShouldHaveScope extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveScope}.
   *
   * @param actual the JWT
   * @param expected the expected scopes
   * @param scopes the actual scp claim
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveScope(
      SignedJWT actual, List<String> expected, Object scopes) {
    return new ShouldHaveScope(
        "%nExpecting JWT:%n  %s%nto have the scopes (scp):%n  %s%nbut had:%n  %s",
        Jwts.describe(actual), expected, scopes);
  }

  private ShouldHaveScope(String format, Object... arguments) {
    super(format, arguments);
  }
}
