package dev.fakeokta.server.internal.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.server.AuthorizationConfig;
import dev.fakeokta.server.FakeClock;
import dev.fakeokta.server.FakeOktaException;
import dev.fakeokta.server.OAuthClient;
import dev.fakeokta.server.ResourceOwner;
import dev.fakeokta.server.TokenSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The token side of one fake: its authorization servers, keys, minted-token bookkeeping
 * (revocations, refresh tokens, authorization codes) and token customisations. {@link #reset()}
 * puts it back as it started.
 *
 * <p>This class is thread-safe.
 */
public final class AuthState {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ORG_KEY = "";

  private final AuthorizationConfig config;
  private final Supplier<String> baseUrl;
  private final FakeClock clock;
  private final KeyRing keys;
  private final Set<String> revokedJtis = ConcurrentHashMap.newKeySet();
  private volatile Instant revokedUpTo;
  private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, CodeGrant> codes = new ConcurrentHashMap<>();
  private final Map<String, Deque<TokenSpec>> enqueued = new ConcurrentHashMap<>();

  /**
   * What a grant gave: to whom, by which client, with which scopes.
   *
   * @param as the authorization server
   * @param client the client
   * @param user the user, or {@code null} for a client-only grant
   * @param scopes the granted scopes
   * @param issuedAt when the grant's refresh token was issued
   * @param expiresAt when the grant's refresh token expires
   */
  public record Grant(
      AuthServer as,
      OAuthClient client,
      ResourceOwner user,
      List<String> scopes,
      Instant issuedAt,
      Instant expiresAt) {}

  /**
   * An authorization code waiting to be exchanged.
   *
   * @param grant what the code grants
   * @param redirectUri the redirect URI of the authorization request
   * @param codeChallenge the PKCE challenge, or {@code null}
   * @param nonce the nonce, or {@code null}
   * @param expiresAt when the code expires (300 s, as Okta)
   */
  public record CodeGrant(
      Grant grant, String redirectUri, String codeChallenge, String nonce, Instant expiresAt) {}

  /**
   * The token state of one server.
   *
   * @param config the OAuth settings
   * @param baseUrl the issuer base, the org URL, read on every use
   * @param clock the fake's clock
   */
  public AuthState(AuthorizationConfig config, Supplier<String> baseUrl, FakeClock clock) {
    this.config = config;
    this.baseUrl = baseUrl;
    this.clock = clock;
    this.keys = new KeyRing(config.signingKey().orElse(null));
  }

  /** Forgets revocations, refresh tokens, codes and customisations, and resets the keys. */
  public void reset() {
    keys.reset();
    revokedJtis.clear();
    revokedUpTo = null;
    refreshTokens.clear();
    codes.clear();
    enqueued.clear();
  }

  /**
   * The settings.
   *
   * @return the settings
   */
  public AuthorizationConfig config() {
    return config;
  }

  /**
   * The keys.
   *
   * @return the key ring
   */
  public KeyRing keys() {
    return keys;
  }

  /**
   * The clock.
   *
   * @return the clock
   */
  public FakeClock clock() {
    return clock;
  }

  /**
   * The org authorization server.
   *
   * @return the org authorization server; issuer and audience are the org URL
   */
  public AuthServer orgServer() {
    String base = baseUrl.get();
    return new AuthServer(null, base, base);
  }

  /**
   * A custom authorization server.
   *
   * @param id its id
   * @return the server, or empty if not configured
   */
  public Optional<AuthServer> customServer(String id) {
    String audience = config.authorizationServers().get(id);
    if (audience == null) {
      return Optional.empty();
    }
    return Optional.of(new AuthServer(id, baseUrl.get() + "/oauth2/" + id, audience));
  }

  /**
   * The server a spec names.
   *
   * @param spec the spec
   * @return the server
   * @throws IllegalArgumentException if the spec names an unknown server
   */
  public AuthServer serverFor(TokenSpec spec) {
    if (spec.orgAuthorizationServer()) {
      return orgServer();
    }
    return customServer(spec.authorizationServer())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "authorizationServer '"
                        + spec.authorizationServer()
                        + "' is not configured; configured: "
                        + config.authorizationServers().keySet()
                        + " (add it with AuthorizationConfig.builder().authorizationServer(...))"));
  }

  // ---------------------------------------------------------------- minting

  /**
   * The claims of an access token for a spec, defaults filled in.
   *
   * @param as the server
   * @param spec the spec
   * @return the claims
   */
  public JWTClaimsSet accessClaims(AuthServer as, TokenSpec spec) {
    ResourceOwner defaultUser = ResourceOwner.defaultUser();
    Instant iat = spec.issuedAt().orElse(clock.instant());
    Duration lifetime = spec.expiresIn().orElse(config.accessTokenLifetime());
    String uid = spec.userId().orElse(defaultUser.id());
    String cid = spec.clientId().orElse(OAuthClient.DEFAULT_CLIENT_ID);
    String sub = spec.subject().orElse(uid.isEmpty() ? cid : defaultUser.login());
    List<String> scopes = spec.scopes().orElse(List.of("openid", "profile", "email"));
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .claim("ver", 1)
            .jwtID("AT." + randomId(32))
            .issuer(spec.issuer().orElse(as.issuer()))
            .audience(spec.audience().orElse(as.audience()))
            .issueTime(Date.from(iat))
            .expirationTime(Date.from(iat.plus(lifetime)))
            .claim("cid", cid);
    if (!uid.isEmpty()) {
      claims.claim("uid", uid);
    }
    claims.claim("scp", scopes).subject(sub);
    spec.notBefore().ifPresent(nbf -> claims.notBeforeTime(Date.from(nbf)));
    spec.claims().forEach(claims::claim);
    return claims.build();
  }

  /**
   * Signs claims with the current signing key: header {@code alg: RS256} and {@code kid}, no {@code
   * typ} (Spring Security 7 rejects {@code at+jwt}).
   *
   * @param claims the claims
   * @return the compact JWT
   */
  public String sign(JWTClaimsSet claims) {
    return sign(claims, keys.signingKey(), keys.signingKid());
  }

  /**
   * Signs claims with a given key and header kid.
   *
   * @param claims the claims
   * @param key the private key
   * @param kid the header kid
   * @return the compact JWT
   */
  public static String sign(JWTClaimsSet claims, RSAKey key, String kid) {
    try {
      SignedJWT jwt =
          new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new FakeOktaException("Cannot sign a token", e);
    }
  }

  /**
   * Mints an access token.
   *
   * @param spec the spec
   * @return the compact JWT
   */
  public String mintAccessToken(TokenSpec spec) {
    return sign(accessClaims(serverFor(spec), spec));
  }

  /**
   * Mints an ID token.
   *
   * @param as the server
   * @param client the audience client
   * @param user the user
   * @param scopes the granted scopes (profile and email add their claims)
   * @param nonce the nonce, or {@code null}
   * @param accessToken the access token issued with it (for {@code at_hash}), or {@code null}
   * @return the compact JWT
   */
  public String mintIdToken(
      AuthServer as,
      String client,
      ResourceOwner user,
      List<String> scopes,
      String nonce,
      String accessToken) {
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .subject(user.id())
            .claim("ver", 1)
            .issuer(as.issuer())
            .audience(client)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(config.idTokenLifetime())))
            .jwtID("ID." + randomId(32))
            .claim("amr", List.of("pwd"))
            .claim("idp", "00ofakeokta0org00000")
            .claim("auth_time", now.getEpochSecond());
    if (nonce != null) {
      claims.claim("nonce", nonce);
    }
    if (scopes.contains("profile")) {
      claims.claim("name", user.name()).claim("preferred_username", user.login());
      claims.claim("given_name", user.givenName()).claim("family_name", user.familyName());
    }
    if (scopes.contains("email")) {
      claims.claim("email", user.login()).claim("email_verified", true);
    }
    if (accessToken != null) {
      claims.claim("at_hash", atHash(accessToken));
    }
    return sign(claims.build());
  }

  /**
   * Registers a spec for the next token the token endpoint issues on its authorization server.
   *
   * @param spec the spec
   */
  public void enqueue(TokenSpec spec) {
    AuthServer as = serverFor(spec);
    enqueued.computeIfAbsent(key(as), k -> new ArrayDeque<>());
    Deque<TokenSpec> queue = enqueued.get(key(as));
    synchronized (queue) {
      queue.addLast(spec);
    }
  }

  /**
   * Takes the next enqueued spec for a server.
   *
   * @param as the server
   * @return the spec, or empty
   */
  public Optional<TokenSpec> nextEnqueued(AuthServer as) {
    Deque<TokenSpec> queue = enqueued.get(key(as));
    if (queue == null) {
      return Optional.empty();
    }
    synchronized (queue) {
      return Optional.ofNullable(queue.pollFirst());
    }
  }

  // ---------------------------------------------------------------- grants

  /**
   * Issues a refresh token for a grant.
   *
   * @param grant the grant
   * @return the opaque refresh token
   */
  public String issueRefreshToken(Grant grant) {
    Instant now = clock.instant();
    String token = randomId(43);
    refreshTokens.put(
        token,
        new Grant(
            grant.as(),
            grant.client(),
            grant.user(),
            grant.scopes(),
            now,
            now.plus(config.refreshTokenLifetime())));
    return token;
  }

  /**
   * Uses a refresh token once (rotation): it is forgotten.
   *
   * @param token the refresh token
   * @return its grant if it is known, unexpired and not revoked
   */
  public Optional<Grant> useRefreshToken(String token) {
    Grant grant = refreshTokens.remove(token);
    return grant != null && isLive(grant) ? Optional.of(grant) : Optional.empty();
  }

  /**
   * Looks up a refresh token without using it.
   *
   * @param token the refresh token
   * @return its grant if it is live
   */
  public Optional<Grant> peekRefreshToken(String token) {
    Grant grant = refreshTokens.get(token);
    return grant != null && isLive(grant) ? Optional.of(grant) : Optional.empty();
  }

  /**
   * Issues an authorization code.
   *
   * @param code the code's grant
   * @return the code
   */
  public String issueCode(CodeGrant code) {
    String value = randomId(43);
    codes.put(value, code);
    return value;
  }

  /**
   * Uses an authorization code once.
   *
   * @param code the code
   * @return its grant if known and unexpired
   */
  public Optional<CodeGrant> useCode(String code) {
    CodeGrant grant = code == null ? null : codes.remove(code);
    return grant != null && clock.instant().isBefore(grant.expiresAt())
        ? Optional.of(grant)
        : Optional.empty();
  }

  // ---------------------------------------------------------------- revocation and checks

  /**
   * Revokes a token: a refresh token is forgotten; a JWT's {@code jti} is remembered.
   *
   * @param token any string; unknown tokens are ignored
   */
  public void revoke(String token) {
    if (refreshTokens.remove(token) != null) {
      return;
    }
    try {
      String jti = SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
      if (jti != null) {
        revokedJtis.add(jti);
      }
    } catch (ParseException | RuntimeException notAJwt) {
      // Okta answers 200 for unknown tokens: nothing to do
    }
  }

  /** Revokes every token issued up to and including the current second of the fake's clock. */
  public void revokeAllIssuedUpToNow() {
    revokedUpTo = clock.instant();
    refreshTokens.clear();
  }

  /**
   * Checks an access or ID token as the server's introspection does: signature by a published key,
   * RS256, issuer, expiry, not-before, revocation.
   *
   * @param as the server
   * @param token the compact JWT
   * @return its claims if active
   */
  public Optional<JWTClaimsSet> activeClaims(AuthServer as, String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
        return Optional.empty();
      }
      Optional<RSAKey> key = keys.publishedKey(jwt.getHeader().getKeyID());
      if (key.isEmpty() || !jwt.verify(new RSASSAVerifier(key.get()))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Instant now = clock.instant();
      if (!as.issuer().equals(claims.getIssuer())
          || claims.getExpirationTime() == null
          || !claims.getExpirationTime().toInstant().isAfter(now)
          || (claims.getNotBeforeTime() != null
              && claims.getNotBeforeTime().toInstant().isAfter(now))
          || (claims.getJWTID() != null && revokedJtis.contains(claims.getJWTID()))
          || isRevokedByTime(claims.getIssueTime())) {
        return Optional.empty();
      }
      return Optional.of(claims);
    } catch (ParseException | JOSEException | RuntimeException invalid) {
      return Optional.empty();
    }
  }

  private boolean isLive(Grant grant) {
    return clock.instant().isBefore(grant.expiresAt())
        && !isRevokedByTime(Date.from(grant.issuedAt()));
  }

  private boolean isRevokedByTime(Date issuedAt) {
    Instant upTo = revokedUpTo;
    return upTo != null
        && (issuedAt == null || issuedAt.toInstant().getEpochSecond() <= upTo.getEpochSecond());
  }

  /**
   * A user by login.
   *
   * @param login the login
   * @return the user
   */
  public Optional<ResourceOwner> user(String login) {
    return Optional.ofNullable(config.users().get(login));
  }

  /**
   * A user by id.
   *
   * @param id the user id
   * @return the user
   */
  public Optional<ResourceOwner> userById(String id) {
    return config.users().values().stream().filter(u -> u.id().equals(id)).findFirst();
  }

  /**
   * A client by id.
   *
   * @param clientId the id
   * @return the client
   */
  public Optional<OAuthClient> client(String clientId) {
    return Optional.ofNullable(clientId == null ? null : config.clients().get(clientId));
  }

  /**
   * A random base64url id.
   *
   * @param length characters
   * @return the id
   */
  public static String randomId(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, length);
  }

  /**
   * The OIDC hash of a token ({@code at_hash}): base64url of the left half of its SHA-256.
   *
   * @param token the token
   * @return the hash
   */
  public static String atHash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
      return Base64URL.encode(Arrays.copyOf(digest, 16)).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The S256 PKCE transform of a verifier.
   *
   * @param verifier the code verifier
   * @return the challenge
   */
  public static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64URL.encode(digest).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String key(AuthServer as) {
    return as.isOrg() ? ORG_KEY : as.id();
  }

  /**
   * Scopes as a list from a space-separated string.
   *
   * @param scope the string, or {@code null}
   * @return the scopes, possibly empty
   */
  public static List<String> scopes(String scope) {
    List<String> list = new ArrayList<>();
    if (scope != null) {
      for (String s : scope.trim().split("\\s+")) {
        if (!s.isEmpty() && !list.contains(s)) {
          list.add(s);
        }
      }
    }
    return list;
  }
}
