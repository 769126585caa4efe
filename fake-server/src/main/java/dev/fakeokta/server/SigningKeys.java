package dev.fakeokta.server;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.fakeokta.server.internal.oauth.KeyRing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fake's signing keys and their rotation, as first-class test operations. All authorization
 * servers of a fake share one key set, published at every {@code .../v1/keys}. Get it from {@link
 * FakeOktaServer#keys()}; {@link FakeOktaServer#reset()} puts back the single starting key.
 *
 * <p>A rotation as Okta does it:
 *
 * <pre>{@code
 * String old = okta.keys().signingKid();
 * okta.keys().publishNext();   // clients can cache the next key ahead of use
 * okta.keys().rotate();        // new tokens are signed with it; the old key stays published
 * okta.keys().retire(old);     // tokens signed with the old key no longer verify
 * }</pre>
 *
 * <p>Key material comes from a per-JVM pool, so rotating is cheap after the first use of each key.
 * Kids are 43-character base64url strings, like Okta's.
 *
 * <p>This class is thread-safe.
 */
public final class SigningKeys {

  private final KeyRing ring;

  SigningKeys(KeyRing ring) {
    this.ring = ring;
  }

  /**
   * The kid that signs new tokens.
   *
   * @return the kid
   */
  public String signingKid() {
    return ring.signingKid();
  }

  /**
   * The published kids, in publication order.
   *
   * @return the kids
   */
  public List<String> publishedKids() {
    return new ArrayList<>(ring.statuses().keySet());
  }

  /**
   * The published kids with their status: {@code ACTIVE} (signing), {@code NEXT} or {@code
   * EXPIRED}, as Okta's key-management API names them.
   *
   * @return kid to status, in publication order
   */
  public Map<String, String> statuses() {
    Map<String, String> statuses = new java.util.LinkedHashMap<>();
    ring.statuses().forEach((kid, status) -> statuses.put(kid, status.name()));
    return statuses;
  }

  /**
   * The published key set, public parts only: what {@code /v1/keys} serves.
   *
   * @return the key set
   */
  public JWKSet publishedJwks() {
    return new JWKSet(new ArrayList<>(ring.publishedPublicKeys()));
  }

  /**
   * Publishes the next key ahead of use, unless one is already published.
   *
   * @return the next key's kid
   */
  public String publishNext() {
    return ring.publishNext();
  }

  /**
   * Switches signing to the next key, publishing one first if there is none; the old signing key
   * stays published (status {@code EXPIRED}) until {@linkplain #retire(String) retired}.
   *
   * @return the new signing kid
   */
  public String rotate() {
    return ring.rotate();
  }

  /**
   * Stops publishing a key: tokens signed with it no longer verify against the published set.
   *
   * @param kid a published kid other than the signing one; must not be {@code null}
   * @throws IllegalArgumentException if the kid is not published or is the signing key
   */
  public void retire(String kid) {
    Objects.requireNonNull(kid, "kid must not be null");
    ring.retire(kid);
  }

  /**
   * Retires every {@code EXPIRED} key.
   *
   * @return the retired kids
   */
  public List<String> retireExpired() {
    return ring.retireExpired();
  }

  /**
   * Gives a published kid new key material, keeping the kid: tokens signed with the old material
   * stop verifying although their kid is still published. Simulates a key server that reuses kids.
   *
   * @param kid a published kid; must not be {@code null}
   * @throws IllegalArgumentException if the kid is not published
   */
  public void replaceMaterial(String kid) {
    Objects.requireNonNull(kid, "kid must not be null");
    ring.replaceMaterial(kid);
  }

  /**
   * The signing key's public part, for a test that verifies tokens itself.
   *
   * @return the public JWK
   */
  public RSAKey signingPublicKey() {
    return ring.signingKey().toPublicJWK();
  }
}
