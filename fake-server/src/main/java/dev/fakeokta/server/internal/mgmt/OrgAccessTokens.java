package dev.fakeokta.server.internal.mgmt;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.server.internal.oauth.AuthServer;
import dev.fakeokta.server.internal.oauth.AuthState;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges {@code Bearer} tokens for the management API as Okta does: only access tokens of the org
 * authorization server (issuer and audience the org URL), signed by a published key, not expired,
 * not revoked; their {@code scp} are the scopes.
 */
public final class OrgAccessTokens implements BearerTokenValidator {

  private final AuthState auth;

  /**
   * The validator over the fake's token state.
   *
   * @param auth the authorization state that minted the tokens
   */
  public OrgAccessTokens(AuthState auth) {
    this.auth = auth;
  }

  @Override
  public BearerTokenVerdict validate(String token) {
    AuthServer org = auth.orgServer();
    Optional<JWTClaimsSet> active = auth.activeClaims(org, token);
    if (active.isPresent()) {
      JWTClaimsSet claims = active.get();
      List<String> audience = claims.getAudience();
      if (audience == null || !audience.contains(org.audience())) {
        return BearerTokenVerdict.rejected(BearerTokenVerdict.Status.INVALID);
      }
      return BearerTokenVerdict.valid(scopes(claims));
    }
    return BearerTokenVerdict.rejected(
        expired(token) ? BearerTokenVerdict.Status.EXPIRED : BearerTokenVerdict.Status.INVALID);
  }

  private static Set<String> scopes(JWTClaimsSet claims) {
    Object scp = claims.getClaim("scp");
    if (scp instanceof List<?> list) {
      return Set.copyOf(list.stream().map(String::valueOf).toList());
    }
    if (scp instanceof String text) {
      return Set.of(text.split(" "));
    }
    return Set.of();
  }

  /** Whether the token is a JWT past its {@code exp}; only picks the 401's description. */
  private boolean expired(String token) {
    try {
      Date exp = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime();
      return exp != null && !exp.toInstant().isAfter(auth.clock().instant());
    } catch (java.text.ParseException | RuntimeException notAJwt) {
      return false;
    }
  }
}
