package dev.fakeokta.server.internal.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import dev.fakeokta.server.FakeOktaException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signing keys of one fake: the published set (JWKS), which of them signs, and the key that is
 * never published (for "signed by an untrusted key"). Key material comes from {@link KeyPool}.
 *
 * <p>This class is thread-safe.
 */
public final class KeyRing {

  /** Where a key is in its life, as Okta's key-management API names it. */
  public enum Status {
    /** The signing key. */
    ACTIVE,
    /** Published ahead of use. */
    NEXT,
    /** No longer signing, still published. */
    EXPIRED
  }

  private static final int UNTRUSTED_INDEX = 1;
  private static final int FIRST_ROTATION_INDEX = 2;

  private final Map<String, RSAKey> published = new LinkedHashMap<>();
  private final Map<String, Status> statuses = new LinkedHashMap<>();
  private final RSAKey fixedKey;
  private String signingKid;
  private int nextPoolIndex;

  /** A ring with one published, signing key from the pool. */
  public KeyRing() {
    this(null);
  }

  /**
   * A ring whose first signing key is {@code fixedKey} (keeping its kid), or a pooled key if it is
   * {@code null}. Keys published later (rotation) come from the pool.
   *
   * @param fixedKey a validated RSA private JWK with a kid, or {@code null}
   */
  public KeyRing(RSAKey fixedKey) {
    this.fixedKey = fixedKey == null ? null : KeyPool.withKid(fixedKey, fixedKey.getKeyID());
    reset();
    KeyPool.prefetch(FIRST_ROTATION_INDEX);
  }

  /** Back to one published, signing key (the same one every time: the fixed key if given). */
  public synchronized void reset() {
    published.clear();
    statuses.clear();
    RSAKey first = fixedKey != null ? fixedKey : label(KeyPool.get(0));
    published.put(first.getKeyID(), first);
    statuses.put(first.getKeyID(), Status.ACTIVE);
    signingKid = first.getKeyID();
    nextPoolIndex = FIRST_ROTATION_INDEX;
  }

  /**
   * The key that signs new tokens.
   *
   * @return the key pair
   */
  public synchronized RSAKey signingKey() {
    return published.get(signingKid);
  }

  /**
   * A published key by kid.
   *
   * @param kid the key id
   * @return the key pair, or empty if not published
   */
  public synchronized Optional<RSAKey> publishedKey(String kid) {
    return Optional.ofNullable(published.get(kid));
  }

  /**
   * A key that is never published.
   *
   * @return the key pair, with its own kid
   */
  public RSAKey untrustedKey() {
    return label(KeyPool.get(UNTRUSTED_INDEX));
  }

  /**
   * The published keys, public parts only, in publication order.
   *
   * @return the keys
   */
  public synchronized List<RSAKey> publishedPublicKeys() {
    List<RSAKey> keys = new ArrayList<>();
    published.values().forEach(k -> keys.add(k.toPublicJWK()));
    return keys;
  }

  /**
   * The kids and statuses of the published keys.
   *
   * @return a copy, in publication order
   */
  public synchronized Map<String, Status> statuses() {
    return new LinkedHashMap<>(statuses);
  }

  /**
   * The signing kid.
   *
   * @return the kid
   */
  public synchronized String signingKid() {
    return signingKid;
  }

  /**
   * Publishes the next key, if there is none yet.
   *
   * @return the next key's kid
   */
  public synchronized String publishNext() {
    Optional<String> existing = kidWith(Status.NEXT);
    if (existing.isPresent()) {
      return existing.get();
    }
    RSAKey next = label(KeyPool.get(nextPoolIndex++));
    published.put(next.getKeyID(), next);
    statuses.put(next.getKeyID(), Status.NEXT);
    return next.getKeyID();
  }

  /**
   * Switches signing to the next key (publishing one first if needed); the old signing key stays
   * published as EXPIRED.
   *
   * @return the new signing kid
   */
  public synchronized String rotate() {
    String next = publishNext();
    statuses.put(signingKid, Status.EXPIRED);
    statuses.put(next, Status.ACTIVE);
    signingKid = next;
    return next;
  }

  /**
   * Removes a key from the published set.
   *
   * @param kid a published, non-signing kid
   */
  public synchronized void retire(String kid) {
    if (!published.containsKey(kid)) {
      throw new IllegalArgumentException(
          "kid " + kid + " is not published; published: " + published.keySet());
    }
    if (kid.equals(signingKid)) {
      throw new IllegalArgumentException(
          "kid " + kid + " is the signing key; rotate() before retiring it");
    }
    published.remove(kid);
    statuses.remove(kid);
  }

  /**
   * Removes every EXPIRED key from the published set.
   *
   * @return the retired kids
   */
  public synchronized List<String> retireExpired() {
    List<String> retired = new ArrayList<>();
    statuses.forEach(
        (kid, status) -> {
          if (status == Status.EXPIRED) {
            retired.add(kid);
          }
        });
    retired.forEach(this::retire);
    return retired;
  }

  /**
   * Gives a published kid new key material (a mistake real key servers make): tokens signed with
   * the old material stop verifying although their kid is still published.
   *
   * @param kid a published kid
   */
  public synchronized void replaceMaterial(String kid) {
    if (!published.containsKey(kid)) {
      throw new IllegalArgumentException(
          "kid " + kid + " is not published; published: " + published.keySet());
    }
    published.put(kid, KeyPool.withKid(KeyPool.get(nextPoolIndex++), kid));
  }

  private Optional<String> kidWith(Status status) {
    return statuses.entrySet().stream()
        .filter(e -> e.getValue() == status)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static RSAKey label(RSAKey material) {
    try {
      return KeyPool.withKid(material, material.computeThumbprint().toString());
    } catch (JOSEException e) {
      throw new FakeOktaException("Cannot compute a key thumbprint", e);
    }
  }
}
