package dev.fakeokta.server;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable configuration of a {@link FakeOktaServer}. Build it with {@link #builder()}, or
 * through {@link FakeOktaServer#builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FakeOktaConfig {

  /** The default journal limit: enough for a test suite, bounded for a load test. */
  public static final int DEFAULT_JOURNAL_LIMIT = 10_000;

  /** The default bind address: loopback only. */
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

  /** The default concurrency limit: Okta's for Workforce and Customer Identity orgs. */
  public static final int DEFAULT_CONCURRENCY_LIMIT = 75;

  /** The shortest admin token accepted. */
  public static final int MIN_ADMIN_TOKEN_LENGTH = 16;

  private final int port;
  private final boolean https;
  private final int httpsPort;
  private final String bindAddress;
  private final boolean legacy2019Statuses;
  private final int journalLimit;
  private final AuthorizationConfig authorization;
  private final Map<RateLimitBucket, RateLimit> rateLimits;
  private final int concurrencyLimit;
  private final boolean retryAfter;
  private final String adminToken;

  private FakeOktaConfig(Builder builder) {
    this.port = builder.port;
    this.https = builder.https;
    this.httpsPort = builder.httpsPort;
    this.bindAddress = builder.bindAddress;
    this.legacy2019Statuses = builder.legacy2019Statuses;
    this.journalLimit = builder.journalLimit;
    this.authorization = builder.authorization;
    Map<RateLimitBucket, RateLimit> limits = new EnumMap<>(RateLimitBucket.class);
    for (RateLimitBucket bucket : RateLimitBucket.values()) {
      limits.put(
          bucket,
          builder.rateLimits.getOrDefault(bucket, RateLimit.perMinute(bucket.defaultLimit())));
    }
    this.rateLimits = Collections.unmodifiableMap(limits);
    this.concurrencyLimit = builder.concurrencyLimit;
    this.retryAfter = builder.retryAfter;
    this.adminToken = builder.adminToken;
  }

  /**
   * A builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The configured plain-HTTP port; 0 means a free one.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Whether the fake also serves HTTPS, with a certificate its clients can trust through {@link
   * FakeOktaTls}.
   *
   * @return {@code true} (the default) if so
   */
  public boolean https() {
    return https;
  }

  /**
   * The configured HTTPS port; 0 means a free one. Meaningful only when {@link #https()} is on.
   *
   * @return the port
   */
  public int httpsPort() {
    return httpsPort;
  }

  /**
   * The bind address.
   *
   * @return the address, {@code 127.0.0.1} by default
   */
  public String bindAddress() {
    return bindAddress;
  }

  /**
   * Whether the fake answers with the 2019 table's statuses.
   *
   * @return {@code true} if so
   */
  public boolean legacy2019Statuses() {
    return legacy2019Statuses;
  }

  /**
   * The journal limit.
   *
   * @return the maximum number of journal entries kept
   */
  public int journalLimit() {
    return journalLimit;
  }

  /**
   * The OAuth 2.0 settings: authorization servers, clients, users and token lifetimes.
   *
   * @return the settings; {@link AuthorizationConfig#defaults()} unless set
   */
  public AuthorizationConfig authorization() {
    return authorization;
  }

  /**
   * The rate limit of every bucket: Okta's defaults unless set with {@link
   * Builder#rateLimit(RateLimitBucket, int, Duration)}.
   *
   * @return an unmodifiable map with every bucket
   */
  public Map<RateLimitBucket, RateLimit> rateLimits() {
    return rateLimits;
  }

  /**
   * How many rate-limited requests may be in flight at once.
   *
   * @return the concurrency limit
   */
  public int concurrencyLimit() {
    return concurrencyLimit;
  }

  /**
   * Whether 429 responses carry {@code Retry-After}.
   *
   * @return {@code true} by default
   */
  public boolean retryAfter() {
    return retryAfter;
  }

  /**
   * The token the admin API ({@code /__admin/}, the fake's and WireMock's own) requires as {@code
   * Authorization: Bearer <token>}.
   *
   * @return the token, or empty when the admin API is open (the default)
   */
  public Optional<String> adminToken() {
    return Optional.ofNullable(adminToken);
  }

  static int requireConcurrencyLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException(
          "concurrencyLimit must be at least 1, was "
              + limit
              + "; Okta's default is "
              + DEFAULT_CONCURRENCY_LIMIT);
    }
    return limit;
  }

  /**
   * The catalogue these settings select.
   *
   * @return today's catalogue, or the one with 2019 statuses
   */
  public OktaErrorCatalogue catalogue() {
    return legacy2019Statuses
        ? OktaErrorCatalogue.legacy2019Statuses()
        : OktaErrorCatalogue.current();
  }

  /** Builds a {@link FakeOktaConfig}, validating in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private int port;
    private boolean https = true;
    private int httpsPort;
    private String bindAddress = DEFAULT_BIND_ADDRESS;
    private boolean legacy2019Statuses;
    private int journalLimit = DEFAULT_JOURNAL_LIMIT;
    private AuthorizationConfig authorization = AuthorizationConfig.defaults();
    private final Map<RateLimitBucket, RateLimit> rateLimits = new EnumMap<>(RateLimitBucket.class);
    private int concurrencyLimit = DEFAULT_CONCURRENCY_LIMIT;
    private boolean retryAfter = true;
    private String adminToken;

    private Builder() {}

    /**
     * Protects the admin API with a token.
     *
     * @param adminToken at least 16 visible ASCII characters without spaces, or {@code null} for an
     *     open admin API (the default)
     * @return this builder
     */
    public Builder adminToken(String adminToken) {
      this.adminToken = adminToken;
      return this;
    }

    /**
     * The OAuth 2.0 settings.
     *
     * @param authorization must not be {@code null}
     * @return this builder
     */
    public Builder authorization(AuthorizationConfig authorization) {
      this.authorization =
          Objects.requireNonNull(
              authorization, "authorization must not be null; use AuthorizationConfig.defaults()");
      return this;
    }

    /**
     * Sets one bucket's rate limit.
     *
     * @param bucket the bucket; must not be {@code null}
     * @param limit requests per window, at least 1
     * @param window the window, at least one second
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} or {@code window} is out of range
     */
    public Builder rateLimit(RateLimitBucket bucket, int limit, Duration window) {
      Objects.requireNonNull(bucket, "bucket must not be null; e.g. RateLimitBucket.USERS");
      rateLimits.put(bucket, RateLimit.of(limit, window));
      return this;
    }

    /**
     * The concurrency limit.
     *
     * @param concurrencyLimit at least 1
     * @return this builder
     */
    public Builder concurrencyLimit(int concurrencyLimit) {
      this.concurrencyLimit = concurrencyLimit;
      return this;
    }

    /**
     * Whether 429 responses carry {@code Retry-After}.
     *
     * @param retryAfter {@code false} to leave it out
     * @return this builder
     */
    public Builder retryAfter(boolean retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /**
     * The plain-HTTP port.
     *
     * @param port 0 for a free port, or 1 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Whether to serve HTTPS as well as plain HTTP.
     *
     * @param https {@code true} (the default) to serve HTTPS
     * @return this builder
     */
    public Builder https(boolean https) {
      this.https = https;
      return this;
    }

    /**
     * The HTTPS port.
     *
     * @param httpsPort 0 for a free port (the default), or 1 to 65535
     * @return this builder
     */
    public Builder httpsPort(int httpsPort) {
      this.httpsPort = httpsPort;
      return this;
    }

    /**
     * The bind address.
     *
     * @param bindAddress must not be {@code null} or blank
     * @return this builder
     */
    public Builder bindAddress(String bindAddress) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress must not be null");
      return this;
    }

    /**
     * Whether to answer with the 2019 table's statuses.
     *
     * @param legacy {@code true} for 2019 statuses
     * @return this builder
     */
    public Builder legacy2019Statuses(boolean legacy) {
      this.legacy2019Statuses = legacy;
      return this;
    }

    /**
     * The journal limit.
     *
     * @param journalLimit at least 1
     * @return this builder
     */
    public Builder journalLimit(int journalLimit) {
      this.journalLimit = journalLimit;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the configuration
     * @throws IllegalArgumentException naming the first invalid option
     */
    public FakeOktaConfig build() {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException(
            "port must be between 0 (a free port) and 65535, was " + port);
      }
      if (httpsPort < 0 || httpsPort > 65535) {
        throw new IllegalArgumentException(
            "httpsPort must be between 0 (a free port) and 65535, was " + httpsPort);
      }
      if (!https && httpsPort != 0) {
        throw new IllegalArgumentException(
            "httpsPort is " + httpsPort + " but https is off; set https(true) or drop httpsPort");
      }
      if (https && port != 0 && port == httpsPort) {
        throw new IllegalArgumentException(
            "port and httpsPort are both " + port + "; HTTP and HTTPS need different ports");
      }
      if (bindAddress.isBlank()) {
        throw new IllegalArgumentException(
            "bindAddress must not be blank; the default is 127.0.0.1");
      }
      if (journalLimit < 1) {
        throw new IllegalArgumentException("journalLimit must be at least 1, was " + journalLimit);
      }
      requireConcurrencyLimit(concurrencyLimit);
      if (adminToken != null
          && (adminToken.length() < MIN_ADMIN_TOKEN_LENGTH || !adminToken.matches("[!-~]+"))) {
        // the token itself stays out of the message
        throw new IllegalArgumentException(
            "adminToken must be at least "
                + MIN_ADMIN_TOKEN_LENGTH
                + " visible ASCII characters without spaces (was "
                + adminToken.length()
                + " characters); null leaves the admin API open");
      }
      return new FakeOktaConfig(this);
    }
  }
}
