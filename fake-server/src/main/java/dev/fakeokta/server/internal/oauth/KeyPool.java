package dev.fakeokta.server.internal.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.fakeokta.server.FakeOktaException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * RSA key material generated once per JVM and shared by every fake: generating a 2048-bit key takes
 * tens of milliseconds, so a fake takes keys from this pool by index and starts fast. Keys are
 * generated lazily, the first time an index is asked for.
 *
 * <p>This class is thread-safe.
 */
public final class KeyPool {

  private static final List<RSAKey> KEYS = new ArrayList<>();
  private static final AtomicBoolean PREFETCHING = new AtomicBoolean();

  private KeyPool() {}

  /**
   * Generates the keys up to {@code index} on a background daemon thread, once per JVM, so the
   * first rotation (or the first untrusted-key token) does not wait for key generation.
   *
   * @param index the highest index to prepare
   */
  public static void prefetch(int index) {
    if (PREFETCHING.compareAndSet(false, true)) {
      Thread thread = new Thread(() -> get(index), "fakeokta-key-pool");
      thread.setDaemon(true);
      thread.setPriority(Thread.MIN_PRIORITY);
      thread.start();
    }
  }

  /**
   * The pooled key at {@code index}, generating it (and any before it) on first use. The key has no
   * {@code kid}; callers give it one with {@link #withKid(RSAKey, String)}.
   *
   * @param index from 0
   * @return the RSA key pair
   */
  public static synchronized RSAKey get(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
    while (KEYS.size() <= index) {
      try {
        KEYS.add(new RSAKeyGenerator(2048).generate());
      } catch (JOSEException e) {
        throw new FakeOktaException("Cannot generate an RSA key", e);
      }
    }
    return KEYS.get(index);
  }

  /**
   * The key material of {@code key} labelled as an Okta signing key: {@code kid}, {@code use=sig},
   * {@code alg=RS256}.
   *
   * @param key the key pair
   * @param kid the key id
   * @return a new key with the same material
   */
  public static RSAKey withKid(RSAKey key, String kid) {
    try {
      return new RSAKey.Builder(key.toRSAPublicKey())
          .privateKey(key.toRSAPrivateKey())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .keyID(kid)
          .build();
    } catch (JOSEException e) {
      throw new FakeOktaException("Cannot relabel an RSA key", e);
    }
  }
}
