package dev.fakeokta.assertions;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Test tokens signed with keys generated once per JVM. */
final class Tokens {

  static final RSAKey KEY = generate("kid-1");
  static final RSAKey OTHER_KEY = generate("kid-2");
  static final Instant IAT = Instant.parse("2030-01-01T00:00:00Z");
  static final Instant EXP = IAT.plusSeconds(3600);

  private Tokens() {}

  /** An Okta-like access token: iss, aud, sub, cid, scp, iat, exp, signed by kid-1. */
  static SignedJWT accessToken() {
    return sign(
        KEY,
        new JWTClaimsSet.Builder()
            .issuer("https://example.okta.com/oauth2/default")
            .audience("api://default")
            .subject("alice@example.com")
            .claim("cid", "0oaclient123")
            .claim("ver", 1)
            .claim("scp", List.of("okta.users.read", "openid"))
            .issueTime(Date.from(IAT))
            .expirationTime(Date.from(EXP))
            .build());
  }

  static SignedJWT sign(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return SignedJWT.parse(jwt.serialize());
    } catch (JOSEException | java.text.ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey generate(String kid) {
    try {
      return new RSAKeyGenerator(2048)
          .keyUse(KeyUse.SIGNATURE)
          .keyID(kid)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
