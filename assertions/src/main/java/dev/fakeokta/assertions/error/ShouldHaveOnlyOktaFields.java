package dev.fakeokta.assertions.error;

import dev.fakeokta.assertions.internal.Jwts;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates an error message indicating that an assertion that verifies that a JWKS has exactly the
 * fields Okta publishes failed.
 */
public final class ShouldHaveOnlyOktaFields extends BasicErrorMessageFactory {

  /**
   * Creates a new {@code ShouldHaveOnlyOktaFields}.
   *
   * @param keys the keys of the JWKS, as JSON objects
   * @param problem what is wrong, e.g. {@code "key \"k1\" has extra fields [x5c]"}
   * @return the error message factory.
   */
  public static ErrorMessageFactory shouldHaveOnlyOktaFields(
      List<Map<String, Object>> keys, String problem) {
    return new ShouldHaveOnlyOktaFields(
        "%nExpecting JWKS:%n  %s%nto have exactly Okta's fields ({\"keys\":[{kty, alg, kid, use, e, n}]})%nbut %s",
        Jwts.describeKeys(keys), unquotedString(problem));
  }

  private ShouldHaveOnlyOktaFields(String format, Object... arguments) {
    super(format, arguments);
  }
}
