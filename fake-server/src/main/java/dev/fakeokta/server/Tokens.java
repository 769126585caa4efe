package dev.fakeokta.server;

import dev.fakeokta.server.internal.oauth.AuthServer;
import dev.fakeokta.server.internal.oauth.AuthState;
import dev.fakeokta.server.internal.oauth.BadTokenMinter;
import java.util.List;
import java.util.Objects;

/**
 * Tokens straight from a test, without an HTTP round trip: good ones signed by the fake's current
 * signing key exactly as its token endpoint signs them, the {@linkplain BadToken bad ones} a client
 * must reject, revocation, and customisation of the next token the token endpoint issues. Get it
 * from {@link FakeOktaServer#tokens()}.
 *
 * <pre>{@code
 * String good = okta.tokens().accessToken();
 * String expired = okta.tokens().badAccessToken(BadToken.EXPIRED);
 * okta.tokens().revoke(good);     // /introspect now answers {"active":false}
 * }</pre>
 *
 * <p>Tokens carry Okta's access-token claims {@code ver, jti, iss, aud, iat, exp, cid, uid, scp,
 * sub}, header {@code alg: RS256} and {@code kid}, times from {@link FakeOktaServer#clock()}.
 *
 * <p>This class is thread-safe.
 */
public final class Tokens {

  private final AuthState state;

  Tokens(AuthState state) {
    this.state = state;
  }

  /**
   * An access token of the {@code default} authorization server for the default user and client,
   * with scopes {@code openid profile email}, valid for the configured lifetime.
   *
   * @return the compact JWT
   */
  public String accessToken() {
    return accessToken(TokenSpec.defaults());
  }

  /**
   * An access token as the spec says, the rest from the defaults.
   *
   * @param spec what the token says; must not be {@code null}
   * @return the compact JWT
   * @throws IllegalArgumentException if the spec names an authorization server the fake does not
   *     have
   */
  public String accessToken(TokenSpec spec) {
    Objects.requireNonNull(spec, "spec must not be null; use TokenSpec.defaults()");
    return state.mintAccessToken(spec);
  }

  /**
   * An ID token for a user, as the token endpoint issues it with scopes {@code openid profile
   * email}.
   *
   * @param user the user; must not be {@code null}
   * @param clientId the audience; must not be {@code null}
   * @param nonce the nonce to echo, or {@code null}
   * @return the compact JWT, from the {@code default} authorization server
   */
  public String idToken(ResourceOwner user, String clientId, String nonce) {
    Objects.requireNonNull(user, "user must not be null");
    Objects.requireNonNull(clientId, "clientId must not be null");
    AuthServer as = state.serverFor(TokenSpec.defaults());
    return state.mintIdToken(
        as, clientId, user, List.of("openid", "profile", "email"), nonce, null);
  }

  /**
   * A bad access token of the given kind, otherwise like {@link #accessToken()}.
   *
   * @param kind what is wrong with it; must not be {@code null}
   * @return the compact token
   */
  public String badAccessToken(BadToken kind) {
    return badAccessToken(kind, TokenSpec.defaults());
  }

  /**
   * A bad access token of the given kind, otherwise as the spec says.
   *
   * @param kind what is wrong with it; must not be {@code null}
   * @param spec the rest of the token; must not be {@code null}
   * @return the compact token
   */
  public String badAccessToken(BadToken kind, TokenSpec spec) {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(spec, "spec must not be null; use TokenSpec.defaults()");
    return BadTokenMinter.mint(state, kind, spec);
  }

  /**
   * Customises the next token the token endpoint issues on the spec's authorization server: what
   * the spec sets overrides what the grant would give. Specs queue up, one per issued token, and
   * {@link FakeOktaServer#reset()} forgets them.
   *
   * @param spec the customisation; must not be {@code null}
   */
  public void enqueue(TokenSpec spec) {
    Objects.requireNonNull(spec, "spec must not be null");
    state.enqueue(spec);
  }

  /**
   * Revokes a token, as {@code /v1/revoke} does: introspection answers {@code {"active":false}} for
   * it and a revoked refresh token can no longer be used. Unknown tokens are ignored.
   *
   * @param token an access, ID or refresh token; must not be {@code null}
   */
  public void revoke(String token) {
    Objects.requireNonNull(token, "token must not be null");
    state.revoke(token);
  }

  /**
   * Revokes every token issued so far: every token whose {@code iat} is at or before the current
   * second of the fake's clock, and every refresh token.
   */
  public void revokeAllIssuedUpToNow() {
    state.revokeAllIssuedUpToNow();
  }

  /**
   * Whether {@code /v1/introspect} of the {@code default} authorization server would call the token
   * active: signed by a published key, right issuer, not expired, not revoked.
   *
   * @param token the token; must not be {@code null}
   * @return {@code true} if active
   */
  public boolean isActive(String token) {
    Objects.requireNonNull(token, "token must not be null");
    return state.activeClaims(state.serverFor(TokenSpec.defaults()), token).isPresent();
  }
}
