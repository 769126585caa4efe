package dev.fakeokta.server;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Date;
import java.util.Set;

/**
 * A Nimbus processor configured the way a careful resource server would: RS256 only, keys from the
 * published JWKS (no cache, so each check sees the current set), exact issuer, the expected
 * audience, required {@code exp iat sub jti}, and time from the fake's clock.
 */
final class CarefulResourceServer {

  private CarefulResourceServer() {}

  static DefaultJWTProcessor<SecurityContext> forIssuer(FakeOktaServer okta, String audience) {
    JWKSource<SecurityContext> keys;
    try {
      keys =
          JWKSourceBuilder.<SecurityContext>create(
                  URI.create(okta.jwksUri()).toURL(),
                  new DefaultResourceRetriever(
                      5000, 5000, 0, true, okta.tls().sslContext().getSocketFactory()))
              .cache(false)
              .refreshAheadCache(false)
              .rateLimited(false)
              .retrying(false)
              .build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(okta.issuer()).build(),
            Set.of("exp", "iat", "sub", "jti")) {
          @Override
          protected Date currentTime() {
            return Date.from(okta.clock().instant());
          }
        });
    return processor;
  }
}
