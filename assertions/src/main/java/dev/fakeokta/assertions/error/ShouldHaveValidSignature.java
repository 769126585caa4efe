package dev.fakeokta.assertions.error;

import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.internal.Jwts;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a JWT's signature
 * verifies with a JWKS failed.
 */
public final class ShouldHaveValidSignature extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveValidSignature}.
   *
   * @param actual the JWT
   * @param kids the key ids in the JWKS
   * @param reason why it does not verify
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveValidSignature(
      SignedJWT actual, List<String> kids, String reason) {
    return new ShouldHaveValidSignature(
        "%nExpecting JWT:%n  %s%nto have a signature that verifies with the JWKS with the kids:%n  %s%nbut %s",
        Jwts.describe(actual), kids, unquotedString(reason));
  }

  private ShouldHaveValidSignature(String format, Object... arguments) {
    super(format, arguments);
  }
}
