package dev.fakeokta.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a token should say. Every property is optional: what is left unset comes from the fake (the
 * default user and client, the authorization server's issuer and audience, the fake's clock and the
 * configured lifetime). Used to mint tokens directly ({@link Tokens#accessToken(TokenSpec)}) and to
 * customise the next token the token endpoint issues ({@link Tokens#enqueue(TokenSpec)}).
 *
 * <pre>{@code
 * String token = okta.tokens().accessToken(TokenSpec.builder()
 *     .subject("bob@example.com")
 *     .scopes("orders.read")
 *     .claim("groups", List.of("admins"))
 *     .expiresIn(Duration.ofMinutes(5))
 *     .build());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TokenSpec {

  private static final Set<String> RESERVED =
      Set.of("iss", "aud", "iat", "exp", "nbf", "jti", "ver", "cid", "uid", "scp", "sub");
  private static final TokenSpec EMPTY = builder().build();

  private final boolean orgAuthorizationServer;
  private final String authorizationServer;
  private final String subject;
  private final String clientId;
  private final String userId;
  private final List<String> scopes;
  private final String audience;
  private final String issuer;
  private final Instant issuedAt;
  private final Duration expiresIn;
  private final Instant notBefore;
  private final Map<String, Object> claims;

  private TokenSpec(Builder builder) {
    this.orgAuthorizationServer = builder.orgAuthorizationServer;
    this.authorizationServer = builder.authorizationServer;
    this.subject = builder.subject;
    this.clientId = builder.clientId;
    this.userId = builder.userId;
    this.scopes = builder.scopes == null ? null : List.copyOf(builder.scopes);
    this.audience = builder.audience;
    this.issuer = builder.issuer;
    this.issuedAt = builder.issuedAt;
    this.expiresIn = builder.expiresIn;
    this.notBefore = builder.notBefore;
    this.claims = Collections.unmodifiableMap(new LinkedHashMap<>(builder.claims));
  }

  /**
   * A spec with everything left to the fake: a token of the {@code default} authorization server
   * for the default user and client.
   *
   * @return the empty spec
   */
  public static TokenSpec defaults() {
    return EMPTY;
  }

  /**
   * A new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the token comes from the org authorization server ({@code /oauth2/v1}).
   *
   * @return {@code true} for the org authorization server
   */
  public boolean orgAuthorizationServer() {
    return orgAuthorizationServer;
  }

  /**
   * The custom authorization server's id, unless {@link #orgAuthorizationServer()}.
   *
   * @return the id; {@code default} unless set
   */
  public String authorizationServer() {
    return authorizationServer;
  }

  /**
   * The {@code sub} claim.
   *
   * @return the subject, or empty for the fake's choice
   */
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  /**
   * The {@code cid} claim.
   *
   * @return the client id, or empty for the default client
   */
  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  /**
   * The {@code uid} claim; an empty string leaves {@code uid} out (a client-only token).
   *
   * @return the user id, or empty for the default user
   */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /**
   * The {@code scp} claim.
   *
   * @return the scopes, or empty for the fake's choice
   */
  public Optional<List<String>> scopes() {
    return Optional.ofNullable(scopes);
  }

  /**
   * The {@code aud} claim.
   *
   * @return the audience, or empty for the authorization server's
   */
  public Optional<String> audience() {
    return Optional.ofNullable(audience);
  }

  /**
   * The {@code iss} claim.
   *
   * @return the issuer, or empty for the authorization server's own
   */
  public Optional<String> issuer() {
    return Optional.ofNullable(issuer);
  }

  /**
   * The {@code iat} claim.
   *
   * @return the issue time, or empty for the fake clock's now
   */
  public Optional<Instant> issuedAt() {
    return Optional.ofNullable(issuedAt);
  }

  /**
   * The lifetime, {@code exp - iat}.
   *
   * @return the lifetime, or empty for the configured one
   */
  public Optional<Duration> expiresIn() {
    return Optional.ofNullable(expiresIn);
  }

  /**
   * The {@code nbf} claim; Okta sends none.
   *
   * @return the not-before time, or empty for none
   */
  public Optional<Instant> notBefore() {
    return Optional.ofNullable(notBefore);
  }

  /**
   * Extra claims, added to the standard ones.
   *
   * @return the claims, unmodifiable
   */
  public Map<String, Object> claims() {
    return claims;
  }

  @Override
  public String toString() {
    return "TokenSpec[as "
        + (orgAuthorizationServer ? "org" : authorizationServer)
        + ", sub "
        + subject
        + ", scopes "
        + scopes
        + ", claims "
        + claims.keySet()
        + "]";
  }

  /** Builds a {@link TokenSpec}. This class is not thread-safe. */
  public static final class Builder {

    private boolean orgAuthorizationServer;
    private String authorizationServer = AuthorizationConfig.DEFAULT_AUTHORIZATION_SERVER;
    private String subject;
    private String clientId;
    private String userId;
    private List<String> scopes;
    private String audience;
    private String issuer;
    private Instant issuedAt;
    private Duration expiresIn;
    private Instant notBefore;
    private final Map<String, Object> claims = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Mint for this custom authorization server.
     *
     * @param id the id, {@code default} unless set
     * @return this builder
     */
    public Builder authorizationServer(String id) {
      this.authorizationServer = Objects.requireNonNull(id, "authorizationServer must not be null");
      this.orgAuthorizationServer = false;
      return this;
    }

    /**
     * Mint for the org authorization server: issuer the org URL, audience the org URL.
     *
     * @return this builder
     */
    public Builder orgAuthorizationServer() {
      this.orgAuthorizationServer = true;
      return this;
    }

    /**
     * The {@code sub} claim.
     *
     * @param subject must not be {@code null}
     * @return this builder
     */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject must not be null");
      return this;
    }

    /**
     * The {@code cid} claim (and the ID token's {@code aud}).
     *
     * @param clientId must not be {@code null}
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId must not be null");
      return this;
    }

    /**
     * The {@code uid} claim.
     *
     * @param userId must not be {@code null}; an empty string leaves {@code uid} out
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId must not be null");
      return this;
    }

    /**
     * The {@code scp} claim.
     *
     * @param scopes the scopes, in order
     * @return this builder
     */
    public Builder scopes(String... scopes) {
      for (String scope : scopes) {
        Objects.requireNonNull(scope, "scopes must not contain null");
      }
      this.scopes = List.of(scopes);
      return this;
    }

    /**
     * The {@code aud} claim.
     *
     * @param audience must not be {@code null}
     * @return this builder
     */
    public Builder audience(String audience) {
      this.audience = Objects.requireNonNull(audience, "audience must not be null");
      return this;
    }

    /**
     * The {@code iss} claim, overriding the authorization server's.
     *
     * @param issuer must not be {@code null}
     * @return this builder
     */
    public Builder issuer(String issuer) {
      this.issuer = Objects.requireNonNull(issuer, "issuer must not be null");
      return this;
    }

    /**
     * The {@code iat} claim.
     *
     * @param issuedAt must not be {@code null}
     * @return this builder
     */
    public Builder issuedAt(Instant issuedAt) {
      this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt must not be null");
      return this;
    }

    /**
     * The lifetime: {@code exp = iat + expiresIn}.
     *
     * @param expiresIn not negative; zero or negative lifetimes make expired tokens, better made
     *     with {@link BadToken#EXPIRED}
     * @return this builder
     */
    public Builder expiresIn(Duration expiresIn) {
      Objects.requireNonNull(expiresIn, "expiresIn must not be null");
      if (expiresIn.isNegative()) {
        throw new IllegalArgumentException("expiresIn must not be negative, was " + expiresIn);
      }
      this.expiresIn = expiresIn;
      return this;
    }

    /**
     * The {@code nbf} claim.
     *
     * @param notBefore must not be {@code null}
     * @return this builder
     */
    public Builder notBefore(Instant notBefore) {
      this.notBefore = Objects.requireNonNull(notBefore, "notBefore must not be null");
      return this;
    }

    /**
     * Adds a custom claim.
     *
     * @param name the claim name; not one of the standard claims set by the other methods
     * @param value a JSON-compatible value (String, Number, Boolean, List, Map)
     * @return this builder
     */
    public Builder claim(String name, Object value) {
      Objects.requireNonNull(name, "claim name must not be null");
      Objects.requireNonNull(value, "claim value must not be null for " + name);
      if (RESERVED.contains(name)) {
        throw new IllegalArgumentException(
            "claim '" + name + "' is a standard claim; use its builder method instead");
      }
      claims.put(name, value);
      return this;
    }

    /**
     * Builds the spec.
     *
     * @return the spec
     */
    public TokenSpec build() {
      return new TokenSpec(this);
    }
  }
}
