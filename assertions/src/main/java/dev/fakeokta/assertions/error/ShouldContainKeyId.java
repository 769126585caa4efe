package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.internal.Jwts;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a JWKS contains a key id
 * failed.
 */
public final class ShouldContainKeyId extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldContainKeyId}.
   *
   * @param keys the keys of the JWKS, as JSON objects
   * @param kid the expected key id
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldContainKeyId(List<Map<String, Object>> keys, String kid) {
    return new ShouldContainKeyId(
        "%nExpecting JWKS:%n  %s%nto contain a key with kid:%n  %s%nbut its kids are:%n  %s",
        Jwts.describeKeys(keys), kid, Jwts.kids(keys));
  }

  /**
   * Creates a new {@code ShouldContainKeyId}.
   *
   * @param keys the keys of the JWKS, as JSON objects
   * @param kid the unexpected key id
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldNotContainKeyId(
      List<Map<String, Object>> keys, String kid) {
    return new ShouldContainKeyId(
        "%nExpecting JWKS:%n  %s%nnot to contain a key with kid:%n  %s%nbut it does",
        Jwts.describeKeys(keys), kid);
  }

  private ShouldContainKeyId(String format, Object... arguments) {
    super(format, arguments);
  }
}
