package dev.fakeokta.server;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The OAuth 2.0 side of a fake: its custom authorization servers (the org authorization server
 * always exists), registered clients, users and token lifetimes. The defaults give the custom
 * authorization server {@code default} (audience {@code api://default}), the {@linkplain
 * OAuthClient#defaultClient() default client}, the {@linkplain ResourceOwner#defaultUser() default
 * user} and Okta's lifetimes: access and ID tokens 1 hour, refresh tokens 90 days.
 *
 * <pre>{@code
 * FakeOktaServer okta = FakeOktaServer.builder()
 *     .authorization(AuthorizationConfig.builder()
 *         .authorizationServer("payments", "api://payments")
 *         .client(OAuthClient.builder("0oaservice").secret("s3cret").build())
 *         .accessTokenLifetime(Duration.ofMinutes(5))
 *         .build())
 *     .start();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuthorizationConfig {

  /** The id of the custom authorization server every fake has. */
  public static final String DEFAULT_AUTHORIZATION_SERVER = "default";

  private static final Pattern AS_ID = Pattern.compile("[A-Za-z0-9_-]+");
  private static final AuthorizationConfig DEFAULTS = builder().build();

  private final Map<String, String> audiences;
  private final Map<String, OAuthClient> clients;
  private final Map<String, ResourceOwner> users;
  private final Duration accessTokenLifetime;
  private final Duration idTokenLifetime;
  private final Duration refreshTokenLifetime;

  private AuthorizationConfig(Builder builder) {
    this.audiences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.audiences));
    this.clients = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.clients));
    this.users = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.users));
    this.accessTokenLifetime = builder.accessTokenLifetime;
    this.idTokenLifetime = builder.idTokenLifetime;
    this.refreshTokenLifetime = builder.refreshTokenLifetime;
  }

  /**
   * The default settings.
   *
   * @return the defaults
   */
  public static AuthorizationConfig defaults() {
    return DEFAULTS;
  }

  /**
   * A builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The custom authorization servers, id to audience ({@code aud} of their access tokens).
   *
   * @return the servers, in registration order, unmodifiable
   */
  public Map<String, String> authorizationServers() {
    return audiences;
  }

  /**
   * The registered clients by id.
   *
   * @return the clients, unmodifiable
   */
  public Map<String, OAuthClient> clients() {
    return clients;
  }

  /**
   * The users by login.
   *
   * @return the users, unmodifiable
   */
  public Map<String, ResourceOwner> users() {
    return users;
  }

  /**
   * The lifetime of access tokens ({@code expires_in}).
   *
   * @return the lifetime; 1 hour by default
   */
  public Duration accessTokenLifetime() {
    return accessTokenLifetime;
  }

  /**
   * The lifetime of ID tokens.
   *
   * @return the lifetime; 1 hour by default
   */
  public Duration idTokenLifetime() {
    return idTokenLifetime;
  }

  /**
   * The lifetime of refresh tokens.
   *
   * @return the lifetime; 90 days by default
   */
  public Duration refreshTokenLifetime() {
    return refreshTokenLifetime;
  }

  @Override
  public String toString() {
    return "AuthorizationConfig[servers "
        + audiences.keySet()
        + ", clients "
        + clients.keySet()
        + ", access tokens "
        + accessTokenLifetime
        + "]";
  }

  /** Builds an {@link AuthorizationConfig}. This class is not thread-safe. */
  public static final class Builder {

    private final Map<String, String> audiences = new LinkedHashMap<>();
    private final Map<String, OAuthClient> clients = new LinkedHashMap<>();
    private final Map<String, ResourceOwner> users = new LinkedHashMap<>();
    private Duration accessTokenLifetime = Duration.ofHours(1);
    private Duration idTokenLifetime = Duration.ofHours(1);
    private Duration refreshTokenLifetime = Duration.ofDays(90);

    private Builder() {
      audiences.put(DEFAULT_AUTHORIZATION_SERVER, "api://default");
      OAuthClient client = OAuthClient.defaultClient();
      clients.put(client.clientId(), client);
      ResourceOwner user = ResourceOwner.defaultUser();
      users.put(user.login(), user);
    }

    /**
     * Adds (or replaces) a custom authorization server, served under {@code /oauth2/{id}}.
     *
     * @param id the id, letters, digits, {@code _} and {@code -}, e.g. {@code aus1a2b3c} or {@code
     *     payments}
     * @param audience the {@code aud} of its access tokens, e.g. {@code api://payments}
     * @return this builder
     */
    public Builder authorizationServer(String id, String audience) {
      Objects.requireNonNull(id, "authorizationServer id must not be null");
      Objects.requireNonNull(audience, "audience must not be null");
      if (!AS_ID.matcher(id).matches() || id.equals("v1")) {
        throw new IllegalArgumentException(
            "authorizationServer id must be letters, digits, '_' or '-' (and not 'v1'), was '"
                + id
                + "'");
      }
      if (audience.isBlank()) {
        throw new IllegalArgumentException("audience must not be blank for " + id);
      }
      audiences.put(id, audience);
      return this;
    }

    /**
     * Registers (or replaces, by id) a client.
     *
     * @param client the client; must not be {@code null}
     * @return this builder
     */
    public Builder client(OAuthClient client) {
      Objects.requireNonNull(client, "client must not be null");
      clients.put(client.clientId(), client);
      return this;
    }

    /**
     * Registers several clients.
     *
     * @param clients the clients
     * @return this builder
     */
    public Builder clients(Collection<OAuthClient> clients) {
      clients.forEach(this::client);
      return this;
    }

    /**
     * Registers (or replaces, by login) a user.
     *
     * @param user the user; must not be {@code null}
     * @return this builder
     */
    public Builder user(ResourceOwner user) {
      Objects.requireNonNull(user, "user must not be null");
      users.put(user.login(), user);
      return this;
    }

    /**
     * The access-token lifetime. Okta allows 5 minutes to 24 hours; the fake allows any positive
     * value so tests can use short ones (okta-sdk-java fetches a new token on every call below 5
     * minutes).
     *
     * @param lifetime positive
     * @return this builder
     */
    public Builder accessTokenLifetime(Duration lifetime) {
      this.accessTokenLifetime = positive(lifetime, "accessTokenLifetime");
      return this;
    }

    /**
     * The ID-token lifetime.
     *
     * @param lifetime positive
     * @return this builder
     */
    public Builder idTokenLifetime(Duration lifetime) {
      this.idTokenLifetime = positive(lifetime, "idTokenLifetime");
      return this;
    }

    /**
     * The refresh-token lifetime.
     *
     * @param lifetime positive
     * @return this builder
     */
    public Builder refreshTokenLifetime(Duration lifetime) {
      this.refreshTokenLifetime = positive(lifetime, "refreshTokenLifetime");
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public AuthorizationConfig build() {
      return new AuthorizationConfig(this);
    }

    private static Duration positive(Duration value, String field) {
      Objects.requireNonNull(value, field + " must not be null");
      if (value.isNegative() || value.isZero() || value.toSeconds() < 1) {
        throw new IllegalArgumentException(field + " must be at least 1 second, was " + value);
      }
      return value;
    }
  }
}
