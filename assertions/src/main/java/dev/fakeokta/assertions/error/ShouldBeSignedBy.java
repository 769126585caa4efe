package dev.fakeokta.assertions.error;

import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.assertions.internal.Jwts;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a JWT was signed by a
 * given key failed.
 */
public final class ShouldBeSignedBy extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldBeSignedBy}.
   *
   * @param actual the JWT
   * @param kid the expected key id
   * @param actualKid the key id in the header
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldBeSignedBy(
      SignedJWT actual, String kid, Object actualKid) {
    return new ShouldBeSignedBy(
        "%nExpecting JWT:%n  %s%nto be signed by the key with kid:%n  %s%nbut its header has kid:%n  %s",
        Jwts.describe(actual), kid, actualKid);
  }

  private ShouldBeSignedBy(String format, Object... arguments) {
    super(format, arguments);
  }
}
