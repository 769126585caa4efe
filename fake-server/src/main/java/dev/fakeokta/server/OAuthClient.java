package dev.fakeokta.server;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An OAuth 2.0 client (an Okta app) registered with the fake: its id, how it authenticates ({@code
 * client_secret_basic}/{@code client_secret_post} with a secret, {@code private_key_jwt} with a
 * public JWK, or none for a public client using PKCE), the grant types it may use, the scopes it
 * may ask for and its redirect URIs.
 *
 * <pre>{@code
 * OAuthClient service = OAuthClient.builder("0oaservice")
 *     .publicJwk(myRsaKey.toPublicJWK())
 *     .grantTypes("client_credentials")
 *     .scopes("okta.users.read")
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OAuthClient {

  /** The id of the {@linkplain #defaultClient() default client}. */
  public static final String DEFAULT_CLIENT_ID = "0oafakeokta0default0";

  /** The secret of the {@linkplain #defaultClient() default client}; a test value, not secret. */
  public static final String DEFAULT_CLIENT_SECRET = "fake-okta-default-client-secret";

  /** The redirect URI of the {@linkplain #defaultClient() default client}. */
  public static final String DEFAULT_REDIRECT_URI = "http://localhost:8080/login/callback";

  /** Every grant type the fake supports. */
  public static final Set<String> ALL_GRANT_TYPES =
      Set.of("client_credentials", "authorization_code", "refresh_token", "password");

  private static final OAuthClient DEFAULT =
      builder(DEFAULT_CLIENT_ID)
          .secret(DEFAULT_CLIENT_SECRET)
          .grantTypes(ALL_GRANT_TYPES.toArray(String[]::new))
          .redirectUris(DEFAULT_REDIRECT_URI)
          .build();

  private final String clientId;
  private final String secret;
  private final RSAKey publicJwk;
  private final Set<String> grantTypes;
  private final Set<String> scopes;
  private final List<String> redirectUris;

  private OAuthClient(Builder builder) {
    this.clientId = builder.clientId;
    this.secret = builder.secret;
    this.publicJwk = builder.publicJwk;
    this.grantTypes = Set.copyOf(builder.grantTypes);
    this.scopes = Set.copyOf(builder.scopes);
    this.redirectUris = List.copyOf(builder.redirectUris);
  }

  /**
   * The client every fake registers out of the box: id {@value #DEFAULT_CLIENT_ID}, secret {@value
   * #DEFAULT_CLIENT_SECRET}, every grant type, any scope, redirect URI {@value
   * #DEFAULT_REDIRECT_URI}.
   *
   * @return the default client
   */
  public static OAuthClient defaultClient() {
    return DEFAULT;
  }

  /**
   * A builder for a client with this id.
   *
   * @param clientId the client id, e.g. {@code 0oa1b2c3}; must not be {@code null} or blank
   * @return a new builder
   */
  public static Builder builder(String clientId) {
    return new Builder(clientId);
  }

  /**
   * The client id.
   *
   * @return the id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * The client secret, for {@code client_secret_basic} and {@code client_secret_post}.
   *
   * @return the secret, or empty if the client has none
   */
  public Optional<String> secret() {
    return Optional.ofNullable(secret);
  }

  /**
   * The public key that verifies the client's {@code private_key_jwt} assertions.
   *
   * @return the public JWK, or empty if the client has none
   */
  public Optional<RSAKey> publicJwk() {
    return Optional.ofNullable(publicJwk);
  }

  /**
   * The grant types the client may use.
   *
   * @return the grant types, unmodifiable
   */
  public Set<String> grantTypes() {
    return grantTypes;
  }

  /**
   * The scopes the client may request; empty means any scope.
   *
   * @return the scopes, unmodifiable
   */
  public Set<String> scopes() {
    return scopes;
  }

  /**
   * The registered redirect URIs, for {@code /v1/authorize}.
   *
   * @return the URIs, unmodifiable
   */
  public List<String> redirectUris() {
    return redirectUris;
  }

  /**
   * Whether the client is public (no secret and no key): it authenticates with its id alone and
   * must use PKCE.
   *
   * @return {@code true} if public
   */
  public boolean isPublic() {
    return secret == null && publicJwk == null;
  }

  @Override
  public String toString() {
    return "OAuthClient[" + clientId + ", grants " + grantTypes + "]";
  }

  /** Builds an {@link OAuthClient}. This class is not thread-safe. */
  public static final class Builder {

    private final String clientId;
    private String secret;
    private RSAKey publicJwk;
    private final Set<String> grantTypes = new LinkedHashSet<>(Set.of("client_credentials"));
    private final Set<String> scopes = new LinkedHashSet<>();
    private final List<String> redirectUris = new java.util.ArrayList<>();

    private Builder(String clientId) {
      Objects.requireNonNull(clientId, "clientId must not be null");
      if (clientId.isBlank()) {
        throw new IllegalArgumentException("clientId must not be blank");
      }
      this.clientId = clientId;
    }

    /**
     * The client secret.
     *
     * @param secret the secret; must not be {@code null} or blank
     * @return this builder
     */
    public Builder secret(String secret) {
      Objects.requireNonNull(secret, "secret must not be null");
      if (secret.isBlank()) {
        throw new IllegalArgumentException("secret must not be blank");
      }
      this.secret = secret;
      return this;
    }

    /**
     * The public key for {@code private_key_jwt}; a private key is reduced to its public part.
     *
     * @param publicJwk an RSA JWK; must not be {@code null}
     * @return this builder
     */
    public Builder publicJwk(RSAKey publicJwk) {
      Objects.requireNonNull(publicJwk, "publicJwk must not be null");
      this.publicJwk = publicJwk.toPublicJWK();
      return this;
    }

    /**
     * The grant types the client may use, replacing the default ({@code client_credentials}).
     *
     * @param grantTypes some of {@link OAuthClient#ALL_GRANT_TYPES}
     * @return this builder
     */
    public Builder grantTypes(String... grantTypes) {
      this.grantTypes.clear();
      for (String grant : grantTypes) {
        if (!ALL_GRANT_TYPES.contains(grant)) {
          throw new IllegalArgumentException(
              "grantTypes: unsupported grant type '" + grant + "'; use one of " + ALL_GRANT_TYPES);
        }
        this.grantTypes.add(grant);
      }
      return this;
    }

    /**
     * The scopes the client may request; none (the default) means any scope.
     *
     * @param scopes the scopes
     * @return this builder
     */
    public Builder scopes(String... scopes) {
      for (String scope : scopes) {
        Objects.requireNonNull(scope, "scopes must not contain null");
        this.scopes.add(scope);
      }
      return this;
    }

    /**
     * The redirect URIs for the authorization-code flow.
     *
     * @param redirectUris absolute URIs
     * @return this builder
     */
    public Builder redirectUris(String... redirectUris) {
      for (String uri : redirectUris) {
        Objects.requireNonNull(uri, "redirectUris must not contain null");
        this.redirectUris.add(uri);
      }
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalArgumentException if the grant types are empty, or a confidential grant
     *     ({@code client_credentials}) is allowed for a public client
     */
    public OAuthClient build() {
      if (grantTypes.isEmpty()) {
        throw new IllegalArgumentException("grantTypes must not be empty for " + clientId);
      }
      if (secret == null && publicJwk == null && grantTypes.contains("client_credentials")) {
        throw new IllegalArgumentException(
            "grantTypes: client_credentials needs a secret or a publicJwk for " + clientId);
      }
      return new OAuthClient(this);
    }
  }
}
