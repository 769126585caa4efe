package dev.fakeokta.junit;

import dev.fakeokta.server.FakeOktaConfig;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class a started fake Okta org, reset before each test.
 *
 * <pre>{@code
 * @FakeOkta
 * class UserSyncTest {
 *   @Test
 *   void retries_after_rate_limit(FakeOktaServer okta) {
 *     okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users"))).respond(OktaError.of("E0000047"), 2);
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <h2>Lifecycle</h2>
 *
 * One fake per annotated class: started before {@code @BeforeAll} methods, stopped when the class
 * ends. Before each test it is {@linkplain dev.fakeokta.server.FakeOktaServer#reset() reset}
 * (scripts, WireMock stubs, journal, clock), unless {@link #resetBeforeEachTest()} is off; set up
 * what every test needs in {@code @BeforeEach}, since the reset also clears what {@code @BeforeAll}
 * scripted. {@code @Nested} classes share the outer class's fake unless they carry
 * {@code @FakeOkta} themselves. The annotation is {@link Inherited} and works as a meta-annotation.
 *
 * <h2>Injection</h2>
 *
 * A {@link dev.fakeokta.server.FakeOktaServer} parameter of a test, of {@code @BeforeAll},
 * {@code @BeforeEach}, {@code @AfterEach} and {@code @AfterAll} methods, or of the test class's
 * constructor receives the fake. So does every field of type {@code FakeOktaServer}: {@code static}
 * fields before {@code @BeforeAll} methods run, instance fields (including those of enclosing
 * {@code @Nested} instances) before {@code @BeforeEach} methods run. Such fields must not be {@code
 * final}. Other extensions reach the fake through {@link FakeOktaExtension#server(
 * org.junit.jupiter.api.extension.ExtensionContext)}.
 *
 * <h2>Parallel execution</h2>
 *
 * Test classes that run in parallel each get their own fake on their own port. The methods of one
 * class share its fake, so they must not run concurrently: a reset from one test would wipe the
 * scripts of another. When JUnit's parallel execution is enabled and a test of a {@code @FakeOkta}
 * class would run in {@code ExecutionMode.CONCURRENT}, the test fails fast with an {@link
 * org.junit.jupiter.api.extension.ExtensionConfigurationException} instead of racing. Fix it with
 * {@code @Execution(ExecutionMode.SAME_THREAD)} on the class, or give each test its own fake with
 * an instance field {@code @RegisterExtension FakeOktaExtension okta =
 * FakeOktaExtension.builder().build();} (its tests may then run concurrently).
 *
 * <p>{@link #systemProperties()} sets JVM-wide properties: do not turn it on in classes that run in
 * parallel with each other.
 *
 * <h2>Programmatic registration</h2>
 *
 * {@link FakeOktaExtension#builder()} has one option for each attribute of this annotation.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeOktaExtension.class)
public @interface FakeOkta {

  /**
   * The port to listen on.
   *
   * @return a port between 1 and 65535, or 0 (the default) for a free one
   */
  int port() default 0;

  /**
   * Whether the fake serves HTTPS (its {@linkplain FakeOktaServer#orgUrl() org URL}) besides plain
   * HTTP.
   *
   * @return {@code true} (the default) for HTTPS and HTTP, {@code false} for HTTP only
   */
  boolean https() default true;

  /**
   * The HTTPS port, when {@link #https()} is on.
   *
   * @return a port between 1 and 65535, or 0 (the default) for a free one
   */
  int httpsPort() default 0;

  /**
   * Whether to answer with the HTTP statuses of Okta's 2019 error table rather than today's.
   *
   * @return {@code true} for the 2019 statuses; the default is {@code false}
   */
  boolean legacy2019Statuses() default false;

  /**
   * How many requests the journal keeps.
   *
   * @return at least 1; the default is {@value FakeOktaConfig#DEFAULT_JOURNAL_LIMIT}
   */
  int journalLimit() default FakeOktaConfig.DEFAULT_JOURNAL_LIMIT;

  /**
   * Custom authorization servers to serve besides {@code default}, each at {@code /oauth2/{id}}
   * with audience {@code api://{id}}.
   *
   * @return the extra ids; none by default
   */
  String[] authorizationServers() default {};

  /**
   * OAuth clients to register besides the default one (which stays), e.g. {@code @FakeOkta(clients
   * = @FakeOkta.Client(id = "0oapayments", secret = "s3cret", scopes = "payments.read"))}. For a
   * client that authenticates with {@code private_key_jwt}, use a {@link #configurer()}.
   *
   * @return the clients; none by default
   */
  Client[] clients() default {};

  /**
   * The lifetime of access tokens, as an ISO-8601 duration such as {@code "PT5M"}.
   *
   * @return the lifetime; empty (the default) for Okta's one hour
   */
  String accessTokenLifetime() default "";

  /**
   * How many rate-limited requests may be in flight at once before the fake answers 429.
   *
   * @return at least 1; the default is {@value FakeOktaConfig#DEFAULT_CONCURRENCY_LIMIT}, Okta's
   */
  int concurrencyLimit() default FakeOktaConfig.DEFAULT_CONCURRENCY_LIMIT;

  /**
   * Whether 429 responses carry {@code Retry-After}.
   *
   * @return {@code true} (the default); {@code false} as some real orgs do
   */
  boolean retryAfter() default true;

  /**
   * A class that configures everything else (users, key-based clients, per-bucket rate limits),
   * applied after the other attributes. It needs a no-argument constructor.
   *
   * @return the configurer class; by default one that changes nothing
   */
  Class<? extends FakeOktaConfigurer> configurer() default FakeOktaConfigurer.None.class;

  /**
   * Whether to reset the fake before each test.
   *
   * @return {@code true} (the default) to reset
   */
  boolean resetBeforeEachTest() default true;

  /**
   * Whether to fail a test, after it ran, with an {@link UnmatchedRequestsError} listing the
   * requests the fake could not match.
   *
   * @return {@code true} to check; the default is {@code false}
   */
  boolean failOnUnmatchedRequests() default false;

  /**
   * Whether to set the {@link FakeOktaProperties} as system properties while the fake runs and
   * restore the previous values when it stops.
   *
   * @return {@code true} to set them; the default is {@code false}
   */
  boolean systemProperties() default false;

  /**
   * Whether to make the whole JVM trust the fake's certificate while it runs (for clients such as
   * okta-jwt-verifier-java that only honour the JVM trust store), keeping the JVM's usual CAs, and
   * to undo it when the fake stops. See {@link dev.fakeokta.server.FakeOktaTls#trustInJvm()}. Like
   * {@link #systemProperties()}, it changes JVM-wide state: do not use it in classes that run in
   * parallel.
   *
   * @return {@code true} to trust the fake JVM-wide; the default is {@code false}
   */
  boolean trustInJvm() default false;

  /**
   * An OAuth client of the fake, declared in {@link FakeOkta#clients()}; the attributes mirror
   * {@link dev.fakeokta.server.OAuthClient.Builder}.
   */
  @Target({})
  @Retention(RetentionPolicy.RUNTIME)
  @Documented
  @interface Client {

    /**
     * The client id.
     *
     * @return the id, e.g. {@code "0oapayments"}; must not be blank
     */
    String id();

    /**
     * The client secret.
     *
     * @return the secret; empty (the default) for a public client, which cannot use {@code
     *     client_credentials}
     */
    String secret() default "";

    /**
     * The grant types the client may use.
     *
     * @return the grant types; empty (the default) for {@code client_credentials} only
     */
    String[] grantTypes() default {};

    /**
     * The scopes the client may request.
     *
     * @return the scopes; empty (the default) for any scope
     */
    String[] scopes() default {};

    /**
     * The redirect URIs for {@code authorization_code}.
     *
     * @return the URIs; none by default
     */
    String[] redirectUris() default {};
  }
}
