package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.fakeokta.server.internal.OktaHeaders;
import dev.fakeokta.server.internal.OktaJettyServerFactory;
import dev.fakeokta.server.internal.OktaState;
import dev.fakeokta.server.internal.RequestCompletion;
import dev.fakeokta.server.internal.ResponseRenderer;
import dev.fakeokta.server.internal.Router;
import dev.fakeokta.server.internal.ScriptFilter;
import dev.fakeokta.server.internal.ScriptState;
import dev.fakeokta.server.internal.TlsMaterial;
import dev.fakeokta.server.internal.admin.AdminApi;
import dev.fakeokta.server.internal.admin.AdminHost;
import dev.fakeokta.server.internal.admin.AdminTokenCheck;
import dev.fakeokta.server.internal.mgmt.Directory;
import dev.fakeokta.server.internal.mgmt.ManagementApi;
import dev.fakeokta.server.internal.mgmt.OrgAccessTokens;
import dev.fakeokta.server.internal.mgmt.SystemLog;
import dev.fakeokta.server.internal.oauth.AuthState;
import dev.fakeokta.server.internal.oauth.OAuthEndpoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake Okta org, served by WireMock on 127.0.0.1.
 *
 * <p>It answers like Okta: every error in Okta's {@linkplain OktaErrorCatalogue catalogue} in
 * Okta's exact wire format, with {@code Date} and {@code X-Okta-Request-Id} on every response, and
 * Okta's 404 {@code E0000008} for paths it does not serve. Scripts make any request answer with any
 * error, always or for the next N requests:
 *
 * <pre>{@code
 * try (FakeOktaServer okta = FakeOktaServer.builder().start()) {
 *   okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users")))
 *       .respond(OktaError.of("E0000047"), 2);          // rate limited twice, then normal
 *   myClient(okta.orgUrl()).listUsers();
 * }
 * }</pre>
 *
 * <p>The fake serves HTTPS (the {@linkplain #orgUrl() org URL}) and plain HTTP ({@link #httpUrl()})
 * side by side. Its certificate is made per JVM and covers {@code 127.0.0.1} and {@code localhost};
 * {@link #tls()} gives what a client needs to trust it (trust store, PEM, {@code SSLContext}, or
 * JVM-wide trust).
 *
 * <p>Okta API paths are rate limited like Okta's, per {@link RateLimitBucket}, with the {@code
 * X-Rate-Limit-*} headers on every response; see {@link #rateLimits()}. {@link ServerFault}s script
 * failures that are not Okta errors: gateway statuses, delays, resets, bad JSON.
 *
 * <p>WireMock itself stays reachable through {@link #wireMock()} for anything the fake does not
 * model: your stubs win over the fake's own endpoints, and scripts win over both.
 *
 * <p>This class is thread-safe: clients may call the fake from many threads while the test scripts
 * it.
 */
public final class FakeOktaServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FakeOktaServer.class);

  private final FakeOktaConfig config;
  private final OktaState state;
  private final WireMockServer wireMock;
  private final Router router;
  private final OktaDirectory directory;
  private final AuthState auth;
  private final Tokens tokens;
  private final SigningKeys keys;
  private final RateLimits rateLimits;
  private volatile boolean started;

  private FakeOktaServer(FakeOktaConfig config) {
    this.config = config;
    this.state = new OktaState(config.catalogue(), new FakeClock(), config);
    this.rateLimits = new RateLimits(state.rateLimiter());
    ResponseRenderer renderer = new ResponseRenderer(state);
    this.router = new Router(renderer);
    this.auth = new AuthState(config.authorization(), this::orgUrl, state.clock());
    state.addResetHook(auth::reset);
    router.add(new OAuthEndpoint(auth, renderer));
    this.tokens = new Tokens(auth);
    this.keys = new SigningKeys(auth.keys());
    SystemLog systemLog = new SystemLog(state.clock());
    Directory internalDirectory = new Directory(state.clock(), this::orgUrl, systemLog);
    internalDirectory.bearerTokenValidator(new OrgAccessTokens(auth));
    this.directory = new OktaDirectory(internalDirectory);
    router.add(new ManagementApi(internalDirectory, renderer));
    WireMockConfiguration options =
        WireMockConfiguration.options()
            .bindAddress(config.bindAddress())
            .port(config.port())
            .notifier(new Slf4jNotifier(false))
            .maxRequestJournalEntries(config.journalLimit())
            .httpServerFactory(new OktaJettyServerFactory(state))
            .http2PlainDisabled(true) // Okta speaks HTTP/2 over TLS only, never cleartext h2c
            .extensions(
                new ScriptFilter(state, renderer),
                new OktaHeaders(state),
                new RequestCompletion(state),
                router,
                systemLog,
                new AdminApi(
                    AdminApi.standard(state, new Host()), config.adminToken().orElse(null)));
    config.adminToken().ifPresent(token -> options.adminAuthenticator(new AdminTokenCheck(token)));
    if (config.https()) {
      // never WireMock's built-in keystore: its certificate has no subjectAltName
      TlsMaterial tls = TlsMaterial.get();
      options
          .httpsPort(config.httpsPort())
          .keystorePath(tls.keyStorePath().toString())
          .keystoreType(TlsMaterial.STORE_TYPE)
          .keystorePassword(tls.keyStorePassword())
          .keyManagerPassword(tls.keyStorePassword());
    }
    this.wireMock = new WireMockServer(options);
  }

  /**
   * A builder for a fake with the defaults: HTTPS and HTTP on free ports of 127.0.0.1, and today's
   * catalogue.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the fake. Starting a started fake does nothing.
   *
   * @return this fake, started
   * @throws FakeOktaException if the port cannot be bound
   */
  public synchronized FakeOktaServer start() {
    if (started) {
      return this;
    }
    try {
      wireMock.start();
    } catch (RuntimeException e) {
      throw new FakeOktaException(
          "FakeOkta could not start on "
              + config.bindAddress()
              + " (HTTP port "
              + config.port()
              + (config.https() ? ", HTTPS port " + config.httpsPort() : "")
              + "; is a port in use? port 0 picks a free one)",
          e);
    }
    installRouter();
    started = true;
    if (!isLoopback(config.bindAddress())) {
      LOG.warn(
          "FakeOkta is bound to {}, reachable beyond this machine: anyone who can reach it can"
              + " script it and read its journal. Bind to 127.0.0.1 unless you need this.",
          config.bindAddress());
    }
    LOG.debug("FakeOkta started on {}", orgUrl());
    return this;
  }

  /** Stops the fake. Stopping a stopped fake does nothing. */
  public synchronized void stop() {
    if (started) {
      wireMock.stop();
      started = false;
      LOG.debug("FakeOkta stopped");
    }
  }

  /** Stops the fake; the same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Whether the fake is serving.
   *
   * @return {@code true} between {@link #start()} and {@link #stop()}
   */
  public boolean isRunning() {
    return started;
  }

  /**
   * Forgets everything a test did: scripts, WireMock stubs and the request journal; the clock goes
   * back to the system clock; the rate limits go back to their configuration with empty counters;
   * token state (revocations, refresh tokens, codes, enqueued token specs) is forgotten and the
   * signing keys go back to the single starting key; the {@linkplain #directory() directory} goes
   * back to its seed and the System Log empties. The fake's own endpoints stay.
   *
   * @return this fake
   */
  public FakeOktaServer reset() {
    state.reset();
    directory.reset();
    wireMock.resetAll();
    installRouter();
    LOG.debug("FakeOkta reset");
    return this;
  }

  /**
   * Scripts what the fake answers to requests that match {@code requests}. See {@link Script}.
   *
   * @param requests which requests, as a WireMock pattern such as {@code
   *     getRequestedFor(urlPathEqualTo("/api/v1/users"))}; must not be {@code null}
   * @return a new, empty script to add steps to
   */
  public Script when(RequestPatternBuilder requests) {
    Objects.requireNonNull(
        requests,
        "requests must not be null; use WireMock.anyRequestedFor(WireMock.anyUrl()) to script"
            + " every request");
    ScriptState script = new ScriptState(requests.build(), state.clock());
    state.addScript(script);
    return new Script(script);
  }

  /**
   * Everything the fake served since it started or was last reset, oldest first. The journal keeps
   * at most {@link FakeOktaConfig#journalLimit()} entries, dropping the oldest.
   *
   * @return a snapshot, unmodifiable
   */
  public List<ServedRequest> journal() {
    List<ServeEvent> events = new ArrayList<>(wireMock.getAllServeEvents());
    Collections.reverse(events); // WireMock lists the newest first
    List<ServedRequest> served = new ArrayList<>(events.size());
    for (ServeEvent event : events) {
      served.add(ServedRequest.of(event));
    }
    return Collections.unmodifiableList(served);
  }

  /**
   * The requests nothing in the fake could serve (no script, no stub, none of its endpoints),
   * oldest first.
   *
   * @return the unmatched requests; empty when the client only called what the fake serves
   */
  public List<ServedRequest> unmatchedRequests() {
    return journal().stream().filter(ServedRequest::isUnmatched).toList();
  }

  /**
   * The org URL, e.g. {@code https://127.0.0.1:54321}, with no trailing slash: the value for
   * okta-sdk-java's {@code okta.client.orgUrl}, and the base of every URL the fake hands out. It is
   * the HTTPS URL unless HTTPS is {@linkplain Builder#https(boolean) off}, then the same as {@link
   * #httpUrl()}. The host is always {@code 127.0.0.1} (for the default bind address), never {@code
   * localhost}, so the string is the same byte for byte on every call.
   *
   * @return the org URL
   * @throws IllegalStateException if the fake is not started
   */
  public String orgUrl() {
    return config.https() ? "https://" + host() + ":" + httpsPort() : httpUrl();
  }

  /**
   * The issuer of the {@code default} custom authorization server, e.g. {@code
   * https://127.0.0.1:54321/oauth2/default}: the value for Spring's {@code issuer-uri} and
   * okta-jwt-verifier's {@code setIssuer}. Byte-identical to the {@code iss} of its tokens and its
   * discovery document's {@code issuer}.
   *
   * @return the issuer
   * @throws IllegalStateException if the fake is not started
   */
  public String issuer() {
    return issuer(AuthorizationConfig.DEFAULT_AUTHORIZATION_SERVER);
  }

  /**
   * The issuer of a custom authorization server, e.g. {@code
   * https://127.0.0.1:54321/oauth2/payments}. The org authorization server's issuer is {@link
   * #orgUrl()}.
   *
   * @param authorizationServerId a configured id; must not be {@code null}
   * @return the issuer
   * @throws IllegalArgumentException if the id is not configured
   * @throws IllegalStateException if the fake is not started
   */
  public String issuer(String authorizationServerId) {
    Objects.requireNonNull(authorizationServerId, "authorizationServerId must not be null");
    requireStarted();
    return auth.customServer(authorizationServerId)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "authorization server '"
                        + authorizationServerId
                        + "' is not configured; configured: "
                        + config.authorization().authorizationServers().keySet()))
        .issuer();
  }

  /**
   * The JWKS URL of the {@code default} authorization server, e.g. {@code
   * https://127.0.0.1:54321/oauth2/default/v1/keys}.
   *
   * @return the URL
   */
  public String jwksUri() {
    return issuer() + "/v1/keys";
  }

  /**
   * The token endpoint of the {@code default} authorization server, e.g. {@code
   * https://127.0.0.1:54321/oauth2/default/v1/token}.
   *
   * @return the URL
   */
  public String tokenEndpoint() {
    return issuer() + "/v1/token";
  }

  /**
   * Mints, revokes and customises tokens from a test. See {@link Tokens}.
   *
   * @return the token operations
   */
  public Tokens tokens() {
    return tokens;
  }

  /**
   * The signing keys and their rotation. See {@link SigningKeys}.
   *
   * @return the key operations
   */
  public SigningKeys keys() {
    return keys;
  }

  /**
   * The plain-HTTP base URL, e.g. {@code http://127.0.0.1:54322}, with no trailing slash; for
   * clients that allow HTTP (okta-sdk-java needs {@code okta.testing.disableHttpsCheck=true}).
   *
   * @return the HTTP URL
   * @throws IllegalStateException if the fake is not started
   */
  public String httpUrl() {
    return "http://" + host() + ":" + port();
  }

  /**
   * The plain-HTTP port the fake listens on.
   *
   * @return the port
   * @throws IllegalStateException if the fake is not started
   */
  public int port() {
    requireStarted();
    return wireMock.port();
  }

  /**
   * The HTTPS port the fake listens on.
   *
   * @return the port
   * @throws IllegalStateException if the fake is not started, or HTTPS is off
   */
  public int httpsPort() {
    requireStarted();
    if (!config.https()) {
      throw new IllegalStateException(
          "FakeOkta serves no HTTPS: it was built with https(false); use port() or httpUrl()");
    }
    return wireMock.httpsPort();
  }

  /**
   * What clients need to trust the fake's HTTPS certificate: a trust store, the CA as PEM, an
   * {@code SSLContext}, or JVM-wide trust. The same for every fake in this JVM, and usable before
   * the fake starts.
   *
   * @return the TLS trust material
   */
  public FakeOktaTls tls() {
    return FakeOktaTls.shared();
  }

  /**
   * The fake's rate limits: Okta's buckets and counters, the concurrency limit, {@code Retry-After}
   * and Okta's quirks, changeable while the fake runs. {@link #reset()} restores the configured
   * values and empties the counters.
   *
   * @return the rate limits of this fake
   */
  public RateLimits rateLimits() {
    return rateLimits;
  }

  /**
   * The fake's clock, for moving time in tests.
   *
   * @return the clock
   */
  public FakeClock clock() {
    return state.clock();
  }

  /**
   * The org's users, groups, apps, API tokens and System Log, behind the management API: seed it,
   * get the default API token, revoke tokens.
   *
   * @return the directory
   */
  public OktaDirectory directory() {
    return directory;
  }

  /**
   * The error catalogue the fake answers from.
   *
   * @return the catalogue
   */
  public OktaErrorCatalogue catalogue() {
    return state.catalogue();
  }

  /**
   * The configuration the fake was built with.
   *
   * @return the configuration
   */
  public FakeOktaConfig config() {
    return config;
  }

  /**
   * The WireMock server underneath, for stubbing and journal queries the fake does not model. Your
   * stubs win over the fake's own endpoints; {@link #reset()} removes them.
   *
   * @return the WireMock server
   */
  public WireMockServer wireMock() {
    return wireMock;
  }

  /** What the admin API ({@code /__admin/fakeokta/}) needs from this server. */
  private final class Host implements AdminHost {
    @Override
    public void reset() {
      FakeOktaServer.this.reset();
    }

    @Override
    public List<ServedRequest> journal() {
      return FakeOktaServer.this.journal();
    }

    @Override
    public void clearJournal() {
      wireMock.resetRequests();
    }

    @Override
    public Tokens tokens() {
      return FakeOktaServer.this.tokens();
    }

    @Override
    public SigningKeys keys() {
      return FakeOktaServer.this.keys();
    }

    @Override
    public RateLimits rateLimits() {
      return FakeOktaServer.this.rateLimits();
    }

    @Override
    public OktaDirectory directory() {
      return FakeOktaServer.this.directory();
    }
  }

  private void installRouter() {
    StubMapping router =
        any(anyUrl())
            .atPriority(Integer.MAX_VALUE)
            .withMetadata(new Metadata(java.util.Map.of(Router.METADATA_KEY, "router")))
            .willReturn(aResponse().withTransformers(Router.NAME))
            .build();
    wireMock.addStubMapping(router);
  }

  private String host() {
    String address = config.bindAddress();
    if (address.equals("0.0.0.0") || address.equals("::") || address.equals("0:0:0:0:0:0:0:0")) {
      return FakeOktaConfig.DEFAULT_BIND_ADDRESS; // listening everywhere: loopback works
    }
    return address.contains(":") ? "[" + address + "]" : address;
  }

  private static boolean isLoopback(String address) {
    try {
      return java.net.InetAddress.getByName(address).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private void requireStarted() {
    if (!started) {
      throw new IllegalStateException("FakeOkta is not started; call start() first");
    }
  }

  @Override
  public String toString() {
    return started ? "FakeOktaServer[" + orgUrl() + "]" : "FakeOktaServer[not started]";
  }

  /**
   * Builds a {@link FakeOktaServer}. Options left unset keep their defaults. This class is not
   * thread-safe.
   */
  public static final class Builder {

    private final FakeOktaConfig.Builder config = FakeOktaConfig.builder();

    private Builder() {}

    /**
     * The plain-HTTP port to listen on.
     *
     * @param port a port between 1 and 65535, or 0 (the default) for a free one
     * @return this builder
     */
    public Builder port(int port) {
      config.port(port);
      return this;
    }

    /**
     * Whether to serve HTTPS (with a per-JVM certificate, see {@link FakeOktaTls}) as well as plain
     * HTTP. With HTTPS on, {@link FakeOktaServer#orgUrl()} is the HTTPS URL.
     *
     * @param https {@code true} (the default) to serve HTTPS; {@code false} for plain HTTP only
     * @return this builder
     */
    public Builder https(boolean https) {
      config.https(https);
      return this;
    }

    /**
     * The HTTPS port to listen on.
     *
     * @param httpsPort a port between 1 and 65535, or 0 (the default) for a free one
     * @return this builder
     */
    public Builder httpsPort(int httpsPort) {
      config.httpsPort(httpsPort);
      return this;
    }

    /**
     * The address to bind to. The default, {@code 127.0.0.1}, keeps the fake off the network.
     *
     * @param bindAddress an IP address or host name; must not be {@code null}
     * @return this builder
     */
    public Builder bindAddress(String bindAddress) {
      config.bindAddress(bindAddress);
      return this;
    }

    /**
     * Answer with the HTTP statuses of Okta's 2019 error table (E0000022 404 instead of 405, ...)
     * rather than today's. See {@link OktaErrorCatalogue#legacy2019Statuses()}.
     *
     * @param legacy {@code true} for the 2019 statuses; the default is {@code false}
     * @return this builder
     */
    public Builder legacy2019Statuses(boolean legacy) {
      config.legacy2019Statuses(legacy);
      return this;
    }

    /**
     * How many requests the journal keeps (the oldest are dropped first), so long runs stay within
     * bounded memory.
     *
     * @param limit at least 1; the default is {@value FakeOktaConfig#DEFAULT_JOURNAL_LIMIT}
     * @return this builder
     */
    public Builder journalLimit(int limit) {
      config.journalLimit(limit);
      return this;
    }

    /**
     * The OAuth 2.0 settings: custom authorization servers, clients, users, token lifetimes.
     *
     * @param authorization must not be {@code null}; the default is {@link
     *     AuthorizationConfig#defaults()}
     * @return this builder
     */
    public Builder authorization(AuthorizationConfig authorization) {
      config.authorization(authorization);
      return this;
    }

    /**
     * Sets one rate-limit bucket's limit and window; the others keep Okta's defaults. Change limits
     * at run time with {@link FakeOktaServer#rateLimits()}.
     *
     * @param bucket the bucket; must not be {@code null}
     * @param limit requests per window, at least 1
     * @param window the window, at least one second; Okta's is a minute
     * @return this builder
     * @throws IllegalArgumentException if {@code limit} or {@code window} is out of range
     */
    public Builder rateLimit(RateLimitBucket bucket, int limit, java.time.Duration window) {
      config.rateLimit(bucket, limit, window);
      return this;
    }

    /**
     * How many rate-limited requests may be in flight at once before the fake answers 429 with
     * {@code X-Rate-Limit-Limit: 0}.
     *
     * @param limit at least 1; the default is {@value FakeOktaConfig#DEFAULT_CONCURRENCY_LIMIT}
     * @return this builder
     */
    public Builder concurrencyLimit(int limit) {
      config.concurrencyLimit(limit);
      return this;
    }

    /**
     * Whether 429 responses carry {@code Retry-After} (seconds until the reset).
     *
     * @param on {@code false} to leave it out, as some real orgs do; the default is {@code true}
     * @return this builder
     */
    public Builder retryAfter(boolean on) {
      config.retryAfter(on);
      return this;
    }

    /**
     * Protects the admin API with a token: every request under {@code /__admin/} (the fake's admin
     * API and WireMock's own) then needs {@code Authorization: Bearer <token>}, else it gets 401.
     * The fake's Okta endpoints are unaffected. Use it when the fake listens beyond loopback.
     *
     * @param token at least {@value FakeOktaConfig#MIN_ADMIN_TOKEN_LENGTH} visible ASCII characters
     *     without spaces, or {@code null} for an open admin API (the default)
     * @return this builder
     */
    public Builder adminToken(String token) {
      config.adminToken(token);
      return this;
    }

    /**
     * Builds the fake, not yet started.
     *
     * @return the fake
     * @throws IllegalArgumentException if an option is invalid
     */
    public FakeOktaServer build() {
      return new FakeOktaServer(config.build());
    }

    /**
     * Builds and starts the fake.
     *
     * @return the started fake
     */
    public FakeOktaServer start() {
      return build().start();
    }
  }
}
