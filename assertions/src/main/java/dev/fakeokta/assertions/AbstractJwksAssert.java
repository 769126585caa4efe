package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.error.ShouldContainKeyId.shouldContainKeyId;
import static dev.fakeokta.assertions.error.ShouldContainKeyId.shouldNotContainKeyId;
import static dev.fakeokta.assertions.error.ShouldHaveOnlyOktaFields.shouldHaveOnlyOktaFields;

import com.nimbusds.jose.util.JSONObjectUtils;
import dev.fakeokta.assertions.internal.Jwts;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Base class for assertions on a JWKS as served on the wire (JSON text), e.g. the body of {@code
 * /oauth2/default/v1/keys}. Failure messages show key ids and field names, never key material.
 *
 * @param <SELF> the "self" type of this assertion class.
 * @since 0.1.0
 */
public abstract class AbstractJwksAssert<SELF extends AbstractJwksAssert<SELF>>
    extends AbstractAssert<SELF, String> {

  /** The fields of each key Okta publishes, in Okta's order. */
  public static final List<String> OKTA_KEY_FIELDS = List.of("kty", "alg", "kid", "use", "e", "n");

  /**
   * Creates a new assertion.
   *
   * @param actual the JWKS JSON, may be {@code null}
   * @param selfType the concrete assertion class
   */
  protected AbstractJwksAssert(String actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that the JWKS has a key with this {@code kid}.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwks(keysJson).containsKeyId(accessToken.getHeader().getKeyID());
   *
   * // assertion will fail
   * assertThatJwks(keysJson).containsKeyId("kid-unknown");</code></pre>
   *
   * @param kid the key id; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWKS is {@code null}.
   * @throws AssertionError if no key has this kid.
   * @throws FakeOktaAssertionException if the text is not a JWKS.
   */
  public SELF containsKeyId(String kid) {
    isNotNull();
    Objects.requireNonNull(kid, "kid must not be null");
    List<Map<String, Object>> keys = keys();
    if (!Jwts.kids(keys).contains(kid)) {
      throw assertionError(shouldContainKeyId(keys, kid));
    }
    return myself;
  }

  /**
   * Verifies that the JWKS has no key with this {@code kid}, e.g. after a key rotation.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwks(keysJson).doesNotContainKeyId("kid-retired");
   *
   * // assertion will fail
   * assertThatJwks(keysJson).doesNotContainKeyId(accessToken.getHeader().getKeyID());</code></pre>
   *
   * @param kid the key id; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWKS is {@code null}.
   * @throws AssertionError if a key has this kid.
   * @throws FakeOktaAssertionException if the text is not a JWKS.
   */
  public SELF doesNotContainKeyId(String kid) {
    isNotNull();
    Objects.requireNonNull(kid, "kid must not be null");
    List<Map<String, Object>> keys = keys();
    if (Jwts.kids(keys).contains(kid)) {
      throw assertionError(shouldNotContainKeyId(keys, kid));
    }
    return myself;
  }

  /**
   * Verifies that the JWKS has exactly the fields Okta publishes: a single top-level {@code keys},
   * and in each key exactly {@code kty, alg, kid, use, e, n} (no {@code x5c}, no {@code status}, no
   * private parameters). okta-jwt-verifier rejects any other field.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwks("{\"keys\":[{\"kty\":\"RSA\",\"alg\":\"RS256\",\"kid\":\"k1\",\"use\":\"sig\",\"e\":\"AQAB\",\"n\":\"...\"}]}").hasOnlyOktaFields();
   *
   * // assertion will fail
   * assertThatJwks("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"e\":\"AQAB\",\"n\":\"...\",\"x5c\":[]}]}").hasOnlyOktaFields();</code>
   * </pre>
   *
   * @return this assertion object.
   * @throws AssertionError if the actual JWKS is {@code null}.
   * @throws AssertionError if a field is missing or extra.
   * @throws FakeOktaAssertionException if the text is not a JWKS.
   */
  public SELF hasOnlyOktaFields() {
    isNotNull();
    Map<String, Object> jwks = parse();
    List<Map<String, Object>> keys = keys(jwks);
    if (!jwks.keySet().equals(Set.of("keys"))) {
      throw assertionError(
          shouldHaveOnlyOktaFields(keys, "it has the top-level fields " + jwks.keySet()));
    }
    for (Map<String, Object> key : keys) {
      Set<String> extra = new LinkedHashSet<>(key.keySet());
      OKTA_KEY_FIELDS.forEach(extra::remove);
      List<String> missing = new ArrayList<>(OKTA_KEY_FIELDS);
      missing.removeAll(key.keySet());
      if (!extra.isEmpty() || !missing.isEmpty()) {
        List<String> problems = new ArrayList<>();
        if (!extra.isEmpty()) {
          problems.add("has the extra fields " + extra);
        }
        if (!missing.isEmpty()) {
          problems.add("lacks " + missing);
        }
        throw assertionError(
            shouldHaveOnlyOktaFields(
                keys, "the key " + key.get("kid") + " " + String.join(" and ", problems)));
      }
    }
    return myself;
  }

  private Map<String, Object> parse() {
    try {
      return JSONObjectUtils.parse(actual);
    } catch (ParseException e) {
      throw new FakeOktaAssertionException(
          "The text is not a JWKS (a JSON object with \"keys\"): " + e.getMessage(), e);
    }
  }

  private List<Map<String, Object>> keys() {
    return keys(parse());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> keys(Map<String, Object> jwks) {
    Object keys = jwks.get("keys");
    if (!(keys instanceof List<?> list)) {
      throw new FakeOktaAssertionException(
          "The text is not a JWKS: it has no \"keys\" array, only " + jwks.keySet(), null);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object key : list) {
      if (!(key instanceof Map<?, ?>)) {
        throw new FakeOktaAssertionException(
            "The text is not a JWKS: an entry of \"keys\" is not a JSON object", null);
      }
      out.add((Map<String, Object>) key);
    }
    return out;
  }
}
