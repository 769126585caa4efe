package dev.fakeokta.server;

/**
 * The kinds of bad access token {@link Tokens#badAccessToken(BadToken)} mints: each is a token a
 * careful resource server must reject, and each is otherwise a normal token of the fake.
 */
public enum BadToken {
  /** Expired: {@code exp} one hour before now. */
  EXPIRED,
  /** Not yet valid: {@code nbf} and {@code iat} one hour after now. */
  NOT_YET_VALID,
  /** Signed correctly, but {@code iss} is another issuer. */
  WRONG_ISSUER,
  /** Signed correctly, but {@code aud} is another audience. */
  WRONG_AUDIENCE,
  /** Signed by the current signing key, with a {@code kid} the JWKS does not publish. */
  UNKNOWN_KID,
  /** Claims the current signing {@code kid} but is signed by a key the fake never publishes. */
  UNTRUSTED_KEY,
  /** A valid token whose signature bytes were altered. */
  BAD_SIGNATURE,
  /** Unsigned: header {@code alg: none} and an empty signature. */
  ALG_NONE,
  /** HS256, keyed with the signing key's public key (the classic algorithm-confusion attack). */
  HS256_WITH_PUBLIC_KEY,
  /** Signed correctly, but without an {@code exp} claim. */
  MISSING_EXP
}
