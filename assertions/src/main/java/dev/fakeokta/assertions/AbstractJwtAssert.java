package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.error.ShouldBeExpiredAt.shouldBeExpiredAt;
import static dev.fakeokta.assertions.error.ShouldBeExpiredAt.shouldNotBeExpiredAt;
import static dev.fakeokta.assertions.error.ShouldBeSignedBy.shouldBeSignedBy;
import static dev.fakeokta.assertions.error.ShouldExpireAfter.shouldExpireAfter;
import static dev.fakeokta.assertions.error.ShouldExpireWithin.shouldExpireWithin;
import static dev.fakeokta.assertions.error.ShouldHaveAudience.shouldHaveAudience;
import static dev.fakeokta.assertions.error.ShouldHaveClaim.shouldHaveClaim;
import static dev.fakeokta.assertions.error.ShouldHaveIssuer.shouldHaveIssuer;
import static dev.fakeokta.assertions.error.ShouldHaveScope.shouldHaveScope;
import static dev.fakeokta.assertions.error.ShouldHaveValidSignature.shouldHaveValidSignature;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Base class for assertions on a signed JWT (an Okta access or ID token). Failure messages show the
 * decoded header and claims, never the signature or any key material.
 *
 * @param <SELF> the "self" type of this assertion class.
 * @param <ACTUAL> the type of the JWT.
 * @since 0.1.0
 */
public abstract class AbstractJwtAssert<
        SELF extends AbstractJwtAssert<SELF, ACTUAL>, ACTUAL extends SignedJWT>
    extends AbstractAssert<SELF, ACTUAL> {

  /**
   * Creates a new assertion.
   *
   * @param actual the JWT, may be {@code null}
   * @param selfType the concrete assertion class
   */
  protected AbstractJwtAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies that the JWT's header names this key id ({@code kid}).
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwt(accessToken).isSignedBy("kid-1");
   *
   * // assertion will fail
   * assertThatJwt(accessToken).isSignedBy("kid-rotated");</code></pre>
   *
   * @param kid the expected key id; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if the header has another or no {@code kid}.
   */
  public SELF isSignedBy(String kid) {
    isNotNull();
    Objects.requireNonNull(kid, "kid must not be null");
    String actualKid = actual.getHeader().getKeyID();
    if (!kid.equals(actualKid)) {
      throw assertionError(shouldBeSignedBy(actual, kid, actualKid));
    }
    return myself;
  }

  /**
   * Verifies that the JWT's signature verifies with the RSA key of the JWKS that has the header's
   * {@code kid}.
   *
   * <p>Example:
   *
   * <pre><code class='java'> JWKSet jwks = JWKSet.parse(okta.get("/oauth2/default/v1/keys"));
   *
   * // assertion will pass
   * assertThatJwt(accessToken).hasValidSignature(jwks);
   *
   * // assertion will fail for a token signed by another key
   * assertThatJwt(forgedToken).hasValidSignature(jwks);</code></pre>
   *
   * @param jwks the public keys; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if no RSA key has the header's kid, or the signature does not verify.
   */
  public SELF hasValidSignature(JWKSet jwks) {
    isNotNull();
    Objects.requireNonNull(jwks, "jwks must not be null");
    List<String> kids = new ArrayList<>();
    for (JWK key : jwks.getKeys()) {
      kids.add(key.getKeyID());
    }
    String kid = actual.getHeader().getKeyID();
    JWK key = kid == null ? null : jwks.getKeyByKeyId(kid);
    if (!(key instanceof RSAKey rsaKey)) {
      throw assertionError(
          shouldHaveValidSignature(
              actual, kids, "it has no RSA key with the header's kid \"" + kid + "\""));
    }
    boolean valid;
    try {
      valid = actual.verify(new RSASSAVerifier(rsaKey.toPublicJWK()));
    } catch (JOSEException e) {
      throw new FakeOktaAssertionException(
          "Cannot verify the JWT with the key \"" + kid + "\": " + e.getMessage(), e);
    }
    if (!valid) {
      throw assertionError(
          shouldHaveValidSignature(
              actual, kids, "the signature does not verify with the key \"" + kid + "\""));
    }
    return myself;
  }

  /**
   * Verifies that the JWT has a claim with this name, whatever its value.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwt(accessToken).hasClaim("cid");
   *
   * // assertion will fail
   * assertThatJwt(accessToken).hasClaim("groups");</code></pre>
   *
   * @param name the claim name; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if the claim is missing.
   */
  public SELF hasClaim(String name) {
    isNotNull();
    Objects.requireNonNull(name, "name must not be null");
    if (claims().getClaim(name) == null) {
      throw assertionError(shouldHaveClaim(actual, name));
    }
    return myself;
  }

  /**
   * Verifies that the JWT has a claim with this value. Numbers compare by value ({@code 1} equals
   * {@code 1L}); {@code exp}, {@code iat} and {@code nbf} compare as epoch seconds or {@link
   * Instant}s.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwt(accessToken).hasClaim("sub", "alice@example.com");
   *
   * // assertion will fail
   * assertThatJwt(accessToken).hasClaim("sub", "bob@example.com");</code></pre>
   *
   * @param name the claim name; must not be {@code null}
   * @param value the expected value, e.g. a {@code String}, {@code Long} or {@code List}
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if the claim is missing or has another value.
   */
  public SELF hasClaim(String name, Object value) {
    isNotNull();
    Objects.requireNonNull(name, "name must not be null");
    Object claim = claims().getClaim(name);
    if (!sameValue(value, claim)) {
      throw assertionError(shouldHaveClaim(actual, name, value, claim));
    }
    return myself;
  }

  /**
   * Verifies that the JWT's {@code scp} claim (a JSON array, as Okta sends it) contains all these
   * scopes, in any order.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwt(accessToken).hasScope("okta.users.read");
   *
   * // assertion will fail
   * assertThatJwt(accessToken).hasScope("okta.users.manage");</code></pre>
   *
   * @param scopes the expected scopes; must not be {@code null} or empty
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if {@code scp} is missing, not an array, or lacks a scope.
   */
  public SELF hasScope(String... scopes) {
    isNotNull();
    Objects.requireNonNull(scopes, "scopes must not be null");
    if (scopes.length == 0) {
      throw new IllegalArgumentException("scopes must not be empty; name at least one scope");
    }
    List<String> expected = Arrays.asList(scopes);
    Object scp = claims().getClaim("scp");
    if (!(scp instanceof List<?> granted) || !granted.containsAll(expected)) {
      throw assertionError(shouldHaveScope(actual, expected, scp));
    }
    return myself;
  }

  /**
   * Verifies that the JWT's {@code aud} claim is or contains this audience.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwt(accessToken).hasAudience("api://default");
   *
   * // assertion will fail
   * assertThatJwt(accessToken).hasAudience("https://example.okta.com");</code></pre>
   *
   * @param audience the expected audience; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if the audience is not in {@code aud}.
   */
  public SELF hasAudience(String audience) {
    isNotNull();
    Objects.requireNonNull(audience, "audience must not be null");
    List<String> audiences = claims().getAudience();
    if (!audiences.contains(audience)) {
      throw assertionError(shouldHaveAudience(actual, audience, audiences));
    }
    return myself;
  }

  /**
   * Verifies that the JWT's {@code iss} claim is this issuer.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwt(accessToken).hasIssuer(okta.orgUrl() + "/oauth2/default");
   *
   * // assertion will fail
   * assertThatJwt(accessToken).hasIssuer(okta.orgUrl());</code></pre>
   *
   * @param issuer the expected issuer; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if {@code iss} differs.
   */
  public SELF hasIssuer(String issuer) {
    isNotNull();
    Objects.requireNonNull(issuer, "issuer must not be null");
    String iss = claims().getIssuer();
    if (!issuer.equals(iss)) {
      throw assertionError(shouldHaveIssuer(actual, issuer, iss));
    }
    return myself;
  }

  /**
   * Verifies that the JWT's lifetime, from {@code iat} to {@code exp}, is at most {@code
   * maxLifetime}. Okta's access tokens live at most an hour by default.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwt(accessToken).expiresWithin(Duration.ofHours(1));
   *
   * // assertion will fail
   * assertThatJwt(accessToken).expiresWithin(Duration.ofMinutes(5));</code></pre>
   *
   * @param maxLifetime the longest lifetime accepted; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if {@code iat} or {@code exp} is missing, or the lifetime is longer.
   */
  public SELF expiresWithin(Duration maxLifetime) {
    isNotNull();
    Objects.requireNonNull(maxLifetime, "maxLifetime must not be null");
    Instant iat = instant(claims().getIssueTime());
    Instant exp = instant(claims().getExpirationTime());
    if (iat == null || exp == null || Duration.between(iat, exp).compareTo(maxLifetime) > 0) {
      throw assertionError(shouldExpireWithin(actual, maxLifetime, iat, exp));
    }
    return myself;
  }

  /**
   * Verifies that the JWT's {@code exp} is after this instant.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwt(accessToken).expiresAfter(okta.clock().instant().plusSeconds(3000));
   *
   * // assertion will fail
   * assertThatJwt(accessToken).expiresAfter(okta.clock().instant().plus(Duration.ofDays(1)));</code>
   * </pre>
   *
   * @param instant the instant; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if {@code exp} is missing or not after the instant.
   */
  public SELF expiresAfter(Instant instant) {
    isNotNull();
    Objects.requireNonNull(instant, "instant must not be null");
    Instant exp = instant(claims().getExpirationTime());
    if (exp == null || !exp.isAfter(instant)) {
      throw assertionError(shouldExpireAfter(actual, instant, exp));
    }
    return myself;
  }

  /**
   * Verifies that the JWT is expired at this instant: its {@code exp} is at or before it.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwt(accessToken).isExpiredAt(Instant.now().plus(Duration.ofHours(2)));
   *
   * // assertion will fail
   * assertThatJwt(accessToken).isExpiredAt(Instant.now());</code></pre>
   *
   * @param instant the instant; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if {@code exp} is missing or after the instant.
   */
  public SELF isExpiredAt(Instant instant) {
    isNotNull();
    Objects.requireNonNull(instant, "instant must not be null");
    Instant exp = instant(claims().getExpirationTime());
    if (exp == null || exp.isAfter(instant)) {
      throw assertionError(shouldBeExpiredAt(actual, instant, exp));
    }
    return myself;
  }

  /**
   * Verifies that the JWT is expired now by this clock, e.g. the fake's {@code okta.clock()} after
   * {@code advance(Duration.ofHours(2))}.
   *
   * <p>Example:
   *
   * <pre><code class='java'> okta.clock().advance(Duration.ofHours(2));
   *
   * // assertion will pass
   * assertThatJwt(accessToken).isExpiredAt(okta.clock());
   *
   * // assertion will fail
   * assertThatJwt(freshToken).isExpiredAt(Clock.systemUTC());</code></pre>
   *
   * @param clock the clock; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if {@code exp} is missing or after the clock's now.
   */
  public SELF isExpiredAt(Clock clock) {
    Objects.requireNonNull(clock, "clock must not be null; use okta.clock()");
    return isExpiredAt(clock.instant());
  }

  /**
   * Verifies that the JWT is not expired at this instant: its {@code exp} is after it.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwt(accessToken).isNotExpiredAt(Instant.now());
   *
   * // assertion will fail
   * assertThatJwt(accessToken).isNotExpiredAt(Instant.now().plus(Duration.ofHours(2)));</code>
   * </pre>
   *
   * @param instant the instant; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if {@code exp} is missing or at or before the instant.
   */
  public SELF isNotExpiredAt(Instant instant) {
    isNotNull();
    Objects.requireNonNull(instant, "instant must not be null");
    Instant exp = instant(claims().getExpirationTime());
    if (exp == null || !exp.isAfter(instant)) {
      throw assertionError(shouldNotBeExpiredAt(actual, instant, exp));
    }
    return myself;
  }

  /**
   * Verifies that the JWT is not expired now by this clock, e.g. the fake's {@code okta.clock()}.
   *
   * <p>Example:
   *
   * <pre><code class='java'> // assertion will pass
   * assertThatJwt(accessToken).isNotExpiredAt(okta.clock());
   *
   * // assertion will fail
   * okta.clock().advance(Duration.ofHours(2));
   * assertThatJwt(accessToken).isNotExpiredAt(okta.clock());</code></pre>
   *
   * @param clock the clock; must not be {@code null}
   * @return this assertion object.
   * @throws AssertionError if the actual JWT is {@code null}.
   * @throws AssertionError if {@code exp} is missing or at or before the clock's now.
   */
  public SELF isNotExpiredAt(Clock clock) {
    Objects.requireNonNull(clock, "clock must not be null; use okta.clock()");
    return isNotExpiredAt(clock.instant());
  }

  private JWTClaimsSet claims() {
    try {
      return actual.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new FakeOktaAssertionException(
          "The JWT's payload is not a JSON claims set: " + e.getMessage(), e);
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static boolean sameValue(Object expected, Object claim) {
    if (claim instanceof Date date) {
      claim = date.toInstant();
      if (expected instanceof Number number) {
        return number.longValue() == ((Instant) claim).getEpochSecond();
      }
    }
    if (expected instanceof Number a && claim instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    return Objects.equals(expected, claim);
  }
}
