package dev.fakeokta.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * <p>By default every run signs with a key generated for it. For reproducible runs (the same JWKS
 * and kid every time, tokens that stay verifiable across restarts) give a {@linkplain
 * Builder#signingKey(RSAKey) fixed signing key}; rotation still works from there, with generated
 * keys.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuthorizationConfig {

  /** The smallest RSA modulus a fixed signing key may have, in bits (as Okta and Nimbus). */
  public static final int MIN_SIGNING_KEY_BITS = 2048;

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
  private final RSAKey signingKey;

  private AuthorizationConfig(Builder builder) {
    this.audiences = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.audiences));
    this.clients = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.clients));
    this.users = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(builder.users));
    this.accessTokenLifetime = builder.accessTokenLifetime;
    this.idTokenLifetime = builder.idTokenLifetime;
    this.refreshTokenLifetime = builder.refreshTokenLifetime;
    this.signingKey = builder.signingKey;
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

  /**
   * The fixed signing key, if one was given: the first signing key of the fake, published with its
   * own kid, and the one {@link FakeOktaServer#reset()} puts back.
   *
   * @return the RSA key pair, or empty if each run generates its key
   */
  public Optional<RSAKey> signingKey() {
    return Optional.ofNullable(signingKey);
  }

  /**
   * Reads a fixed signing key from a JWK JSON file: one RSA private JWK object, or a JWK set
   * ({@code {"keys": [...]}}) holding exactly one key. Pass the result to {@link
   * Builder#signingKey(RSAKey)}, or use {@link Builder#signingKey(Path)} which does both.
   *
   * <p>Messages name the file and what is wrong, never the key material.
   *
   * @param jwkFile the file; must not be {@code null}
   * @return the validated key
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the file is not JSON, not one JWK, or the key does not
   *     qualify (see {@link Builder#signingKey(RSAKey)})
   */
  public static RSAKey readSigningKey(Path jwkFile) {
    Objects.requireNonNull(jwkFile, "jwkFile must not be null");
    String json;
    try {
      json = Files.readString(jwkFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the signing key file " + jwkFile, e);
    }
    try {
      return parseSigningKey(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(jwkFile + ": " + e.getMessage(), e.getCause());
    }
  }

  private static RSAKey parseSigningKey(String json) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      // the parser's own message may quote key material: give the position only
      throw new IllegalArgumentException(
          "signingKey is not valid JSON (at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          "signingKey must be a JWK JSON object, like {\"kty\": \"RSA\", \"kid\": ..., \"n\":"
              + " ..., \"e\": ..., \"d\": ...}");
    }
    if (root.has("keys")) {
      JsonNode keys = root.get("keys");
      if (!keys.isArray() || keys.size() != 1) {
        throw new IllegalArgumentException(
            "signingKey: a JWK set must hold exactly one key, had "
                + (keys.isArray() ? keys.size() : "no array"));
      }
      root = keys.get(0);
    }
    JWK jwk;
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = new ObjectMapper().convertValue(root, Map.class);
      jwk = JWK.parse(fields);
    } catch (java.text.ParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "signingKey is not a valid JWK (" + safeReason(e.getMessage()) + ")");
    }
    if (!(jwk instanceof RSAKey rsa)) {
      throw new IllegalArgumentException(
          "signingKey must be an RSA key (\"kty\": \"RSA\"), was " + jwk.getKeyType());
    }
    return validSigningKey(rsa);
  }

  private static String safeReason(String message) {
    // Nimbus names missing or malformed parameters; never echo anything long enough to be key data
    if (message == null || message.length() > 120) {
      return "malformed";
    }
    return message;
  }

  static RSAKey validSigningKey(RSAKey key) {
    if (!key.isPrivate()) {
      throw new IllegalArgumentException(
          "signingKey must be a private RSA JWK (with \"d\"): the fake signs tokens with it");
    }
    if (key.getKeyID() == null || key.getKeyID().isBlank()) {
      throw new IllegalArgumentException(
          "signingKey must have a \"kid\": it is published in the JWKS and token headers");
    }
    if (key.size() < MIN_SIGNING_KEY_BITS) {
      throw new IllegalArgumentException(
          "signingKey must be at least "
              + MIN_SIGNING_KEY_BITS
              + " bits, was "
              + key.size()
              + " (kid "
              + key.getKeyID()
              + ")");
    }
    if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
      throw new IllegalArgumentException(
          "signingKey must be a signing key (\"use\": \"sig\"), was \""
              + key.getKeyUse().identifier()
              + "\" (kid "
              + key.getKeyID()
              + ")");
    }
    if (key.getAlgorithm() != null && !JWSAlgorithm.RS256.equals(key.getAlgorithm())) {
      throw new IllegalArgumentException(
          "signingKey must be for RS256 (Okta's only signing algorithm), was \""
              + key.getAlgorithm()
              + "\" (kid "
              + key.getKeyID()
              + ")");
    }
    boolean matches;
    try {
      JWSObject probe =
          new JWSObject(new JWSHeader(JWSAlgorithm.RS256), new Payload("fake-okta key probe"));
      probe.sign(new RSASSASigner(key));
      matches = probe.verify(new RSASSAVerifier(key.toRSAPublicKey()));
    } catch (JOSEException e) {
      matches = false; // Nimbus refuses a private part that does not fit the modulus
    }
    if (!matches) {
      throw new IllegalArgumentException(
          "signingKey's private part does not match its public part (kid " + key.getKeyID() + ")");
    }
    return key;
  }

  @Override
  public String toString() {
    return "AuthorizationConfig[servers "
        + audiences.keySet()
        + ", clients "
        + clients.keySet()
        + ", access tokens "
        + accessTokenLifetime
        + (signingKey == null ? "" : ", fixed signing kid " + signingKey.getKeyID())
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
    private RSAKey signingKey;

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
     * A fixed signing key instead of one generated per run, for reproducible runs: the fake
     * publishes it (public part, its own kid, {@code use=sig}, {@code alg=RS256}) and signs with it
     * from the start and after every {@link FakeOktaServer#reset()}, so the JWKS, the kid and the
     * tokens' signatures are the same in every run. {@link SigningKeys#rotate()} still works: the
     * next keys are generated.
     *
     * <p>Messages name what is wrong and the kid, never the key material.
     *
     * @param key an RSA private JWK with a {@code kid}, at least {@value
     *     AuthorizationConfig#MIN_SIGNING_KEY_BITS} bits, whose {@code use} and {@code alg} (if
     *     set) are {@code sig} and {@code RS256}; must not be {@code null}
     * @return this builder
     * @throws IllegalArgumentException if the key is public only, has no kid, is too small, is not
     *     for RS256 signing, or its private part does not match its public part
     */
    public Builder signingKey(RSAKey key) {
      Objects.requireNonNull(key, "signingKey must not be null");
      this.signingKey = validSigningKey(key);
      return this;
    }

    /**
     * A fixed signing key read from a JWK JSON file, as {@link
     * AuthorizationConfig#readSigningKey(Path)} reads it; see {@link #signingKey(RSAKey)}.
     *
     * @param jwkFile the file: one RSA private JWK, or a JWK set holding one; must not be {@code
     *     null}
     * @return this builder
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException naming the file and the problem
     */
    public Builder signingKey(Path jwkFile) {
      this.signingKey = readSigningKey(jwkFile);
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
