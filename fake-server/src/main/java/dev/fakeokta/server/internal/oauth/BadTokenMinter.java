package dev.fakeokta.server.internal.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.server.BadToken;
import dev.fakeokta.server.FakeOktaException;
import dev.fakeokta.server.TokenSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/** Mints the bad tokens of {@link BadToken}, each otherwise a normal token of the fake. */
public final class BadTokenMinter {

  private BadTokenMinter() {}

  /**
   * Mints a bad access token.
   *
   * @param state the fake's token state
   * @param kind what is wrong with it
   * @param spec the rest of the token
   * @return the compact token
   */
  public static String mint(AuthState state, BadToken kind, TokenSpec spec) {
    AuthServer as = state.serverFor(spec);
    JWTClaimsSet good = state.accessClaims(as, spec);
    Instant now = state.clock().instant();
    RSAKey signing = state.keys().signingKey();
    String kid = state.keys().signingKid();
    switch (kind) {
      case EXPIRED:
        return state.sign(
            new JWTClaimsSet.Builder(good)
                .issueTime(Date.from(now.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(now.minus(Duration.ofHours(1))))
                .build());
      case NOT_YET_VALID:
        return state.sign(
            new JWTClaimsSet.Builder(good)
                .issueTime(Date.from(now.plus(Duration.ofHours(1))))
                .notBeforeTime(Date.from(now.plus(Duration.ofHours(1))))
                .expirationTime(Date.from(now.plus(Duration.ofHours(2))))
                .build());
      case WRONG_ISSUER:
        return state.sign(
            new JWTClaimsSet.Builder(good).issuer(as.issuer() + "-not-this-one").build());
      case WRONG_AUDIENCE:
        return state.sign(new JWTClaimsSet.Builder(good).audience("api://not-yours").build());
      case UNKNOWN_KID:
        return AuthState.sign(good, signing, "unknown-" + AuthState.randomId(35));
      case UNTRUSTED_KEY:
        return AuthState.sign(good, state.keys().untrustedKey(), kid);
      case BAD_SIGNATURE:
        return tamper(state.sign(good));
      case ALG_NONE:
        return new PlainJWT(good).serialize();
      case HS256_WITH_PUBLIC_KEY:
        return hs256(good, signing, kid);
      case MISSING_EXP:
        return state.sign(new JWTClaimsSet.Builder(good).expirationTime(null).build());
      default:
        throw new IllegalArgumentException("Unknown bad token kind " + kind);
    }
  }

  private static String tamper(String token) {
    int dot = token.lastIndexOf('.');
    char[] chars = token.toCharArray();
    // change a character in the middle of the signature, keeping it valid base64url
    int at = dot + 1 + (token.length() - dot - 1) / 2;
    chars[at] = chars[at] == 'A' ? 'B' : 'A';
    return new String(chars);
  }

  private static String hs256(JWTClaimsSet claims, RSAKey key, String kid) {
    try {
      String pem =
          "-----BEGIN PUBLIC KEY-----\n"
              + Base64.getMimeEncoder(64, new byte[] {'\n'})
                  .encodeToString(key.toRSAPublicKey().getEncoded())
              + "\n-----END PUBLIC KEY-----\n";
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), claims);
      jwt.sign(new MACSigner(pem.getBytes(StandardCharsets.US_ASCII)));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new FakeOktaException("Cannot sign an HS256 token", e);
    }
  }
}
