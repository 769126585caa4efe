package dev.fakeokta.junit;

import dev.fakeokta.server.FakeOktaConfig;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OAuthClient;
import dev.fakeokta.server.ServedRequest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ModifierSupport;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The JUnit Jupiter extension behind {@link FakeOkta @FakeOkta}, and its programmatic form:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeOktaExtension okta = FakeOktaExtension.builder().legacy2019Statuses(true).build();
 * }</pre>
 *
 * <p>In a {@code static} field it starts one fake per class, like {@code @FakeOkta}; in an instance
 * field it starts one fake per test, before {@code @BeforeEach} methods, and stops it after the
 * test (such tests may run concurrently). Either way the fake is injected into {@link
 * FakeOktaServer} parameters and fields as described on {@link FakeOkta}; the extension object
 * itself holds only its configuration, so it is safe to share between threads and classes.
 *
 * <p>Declare one fake per class: {@code @FakeOkta} and a {@code FakeOktaExtension} field, or two
 * such fields, in the same class fail with an {@link ExtensionConfigurationException}. A nested
 * class ({@code @Nested}) may declare its own, which then replaces the outer one for its tests.
 */
public final class FakeOktaExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(FakeOktaExtension.class);

  /** Store key prefix of a class-scoped fake; the test class name follows. */
  private static final String CLASS_KEY = "fakeokta.class:";

  /** Store key of a fake started for one test. */
  private static final String METHOD_KEY = "fakeokta.method";

  /** Method-store key: how many unmatched requests the fake had seen when the test began. */
  private static final String UNMATCHED_BEFORE_KEY = "fakeokta.unmatchedBefore";

  // for testing purposes
  static final String PARALLEL_ENABLED = "junit.jupiter.execution.parallel.enabled";

  /** The programmatic configuration, or {@code null} when registered through {@code @FakeOkta}. */
  private final Settings settings;

  /**
   * The extension as {@code @FakeOkta} registers it: its settings come from the {@code @FakeOkta}
   * on the test class. For programmatic registration use {@link #builder()}.
   */
  public FakeOktaExtension() {
    this(null);
  }

  private FakeOktaExtension(Settings settings) {
    this.settings = settings;
  }

  /**
   * A builder for {@code @RegisterExtension}, with the defaults of a bare {@code @FakeOkta}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The fake the given context's test or class uses, for other extensions.
   *
   * @param context any extension context; must not be {@code null}
   * @return the fake, or empty when no FakeOkta is declared for that context (or it is not started
   *     yet)
   */
  public static Optional<FakeOktaServer> server(ExtensionContext context) {
    Objects.requireNonNull(context, "context must not be null");
    return Optional.ofNullable(lookup(context)).map(ServerResource::server);
  }

  /**
   * Starts the class's fake (or finds the outer class's, for a {@code @Nested} class without its
   * own) and injects it into {@code static} fields.
   *
   * @param context the class's context
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    ServerResource resource = classResource(context);
    if (lookup(context) == resource) {
      injectStaticFields(context.getRequiredTestClass(), resource.server());
    }
  }

  /**
   * Starts a per-test fake for an instance-field registration; otherwise checks that the class's
   * fake is not shared by concurrent tests and resets it. Injects instance fields.
   *
   * @param context the test's context
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    if (findOwned(context).isEmpty()) {
      startForTest(context);
    }
    ServerResource resource = lookup(context);
    if (resource == null || !resource.isOwnedBy(this)) {
      return; // another declaration's fake serves this test; its extension does the work
    }
    if (resource.isClassScoped()) {
      requireNotConcurrent(context);
      if (resource.settings().resetBeforeEachTest()) {
        resource.server().reset();
      }
    }
    injectInstanceFields(context, resource);
    if (resource.settings().failOnUnmatchedRequests()) {
      // without a reset, requests of earlier tests stay in the journal: check only this test's
      int before = resource.server().unmatchedRequests().size();
      context.getStore(NAMESPACE).put(UNMATCHED_BEFORE_KEY, before);
    }
  }

  /**
   * Fails the test with an {@link UnmatchedRequestsError} when {@link
   * FakeOkta#failOnUnmatchedRequests()} is on and the fake could not match a request.
   *
   * @param context the test's context
   */
  @Override
  public void afterEach(ExtensionContext context) {
    ServerResource resource = lookup(context);
    if (resource != null
        && resource.isOwnedBy(this)
        && resource.settings().failOnUnmatchedRequests()) {
      List<ServedRequest> unmatched = resource.server().unmatchedRequests();
      Integer before = context.getStore(NAMESPACE).get(UNMATCHED_BEFORE_KEY, Integer.class);
      int from = before == null ? 0 : Math.min(before, unmatched.size());
      if (unmatched.size() > from) {
        throw new UnmatchedRequestsError(unmatched.subList(from, unmatched.size()));
      }
    }
  }

  /**
   * Supports parameters whose type is exactly {@link FakeOktaServer}.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return whether the parameter is a {@code FakeOktaServer}
   */
  @Override
  public boolean supportsParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == FakeOktaServer.class;
  }

  /**
   * The fake of the test or class.
   *
   * @param parameterContext the parameter
   * @param extensionContext the context
   * @return the fake
   * @throws ParameterResolutionException when no fake exists yet at that point, naming the fix
   */
  @Override
  public FakeOktaServer resolveParameter(
      ParameterContext parameterContext, ExtensionContext extensionContext) {
    ServerResource resource = lookup(extensionContext);
    if (resource == null
        && extensionContext.getTestMethod().isEmpty()
        && (settings == null || registeredInStaticField(extensionContext))) {
      // a constructor under @TestInstance(PER_CLASS) runs before beforeAll: start the fake now
      resource = classResource(extensionContext);
    }
    if (resource == null) {
      throw new ParameterResolutionException(
          "FakeOktaServer cannot be injected into parameter ["
              + parameterContext.getParameter()
              + "] of ["
              + parameterContext.getDeclaringExecutable()
              + "]: a FakeOktaExtension in an instance field starts its fake for each test, after"
              + " the test instance is created and after @BeforeAll. Take the FakeOktaServer as a"
              + " parameter of the test or of a @BeforeEach method, or register the extension in"
              + " a static field (or use @FakeOkta) for one fake per class.");
    }
    return resource.server();
  }

  // ---------------------------------------------------------------------------------------------

  private ServerResource classResource(ExtensionContext classContext) {
    Class<?> testClass = classContext.getRequiredTestClass();
    ServerResource own = own(classContext);
    if (own != null) {
      if (own.isOwnedBy(this)) {
        return own;
      }
      throw new ExtensionConfigurationException(
          "["
              + testClass.getName()
              + "] declares more than one FakeOkta (@FakeOkta, or FakeOktaExtension fields"
              + " annotated with @RegisterExtension). Keep one; to configure it, use"
              + " the attributes of @FakeOkta or FakeOktaExtension.builder().");
    }
    ServerResource inherited = classContext.getParent().map(FakeOktaExtension::lookup).orElse(null);
    Settings declared;
    if (settings == null) {
      Optional<FakeOkta> annotation = AnnotationSupport.findAnnotation(testClass, FakeOkta.class);
      if (annotation.isEmpty() && inherited != null) {
        return inherited; // a @Nested class without its own @FakeOkta shares the outer fake
      }
      declared = annotation.map(a -> settingsOf(a, testClass)).orElse(Settings.DEFAULTS);
    } else {
      if (inherited != null && inherited.isOwnedBy(this)) {
        return inherited; // a @Nested class of the class whose static field declares the fake
      }
      declared = settings;
    }
    return store(classContext)
        .getOrComputeIfAbsent(
            CLASS_KEY + testClass.getName(),
            key -> ServerResource.start(declared, this, true),
            ServerResource.class);
  }

  private void startForTest(ExtensionContext context) {
    if (settings == null) {
      // @ExtendWith(FakeOktaExtension.class) on a method: no beforeAll ran for it
      throw new ExtensionConfigurationException(
          "FakeOktaExtension is registered on method ["
              + context.getRequiredTestMethod()
              + "], where it cannot start a fake. Annotate the test class with @FakeOkta, or"
              + " register FakeOktaExtension.builder().build() in a field with"
              + " @RegisterExtension.");
    }
    ServerResource own = own(context);
    if (own != null && !own.isOwnedBy(this)) {
      throw new ExtensionConfigurationException(
          "["
              + context.getRequiredTestClass().getName()
              + "] declares more than one FakeOkta (FakeOktaExtension instance fields annotated"
              + " with @RegisterExtension). Keep one.");
    }
    store(context)
        .getOrComputeIfAbsent(
            METHOD_KEY, key -> ServerResource.start(settings, this, false), ServerResource.class);
  }

  private static void requireNotConcurrent(ExtensionContext context) {
    boolean parallel =
        context
            .getConfigurationParameter(PARALLEL_ENABLED)
            .map(Boolean::parseBoolean)
            .orElse(false);
    if (parallel && context.getExecutionMode() == ExecutionMode.CONCURRENT) {
      throw new ExtensionConfigurationException(
          "FakeOkta shares one fake per test class, so the tests of ["
              + context.getRequiredTestClass().getName()
              + "] must not run concurrently, but ["
              + context.getRequiredTestMethod().getName()
              + "] runs in ExecutionMode.CONCURRENT. Annotate the class with"
              + " @Execution(ExecutionMode.SAME_THREAD), or give each test its own fake with an"
              + " instance field: @RegisterExtension FakeOktaExtension okta ="
              + " FakeOktaExtension.builder().build();");
    }
  }

  private static void injectStaticFields(Class<?> testClass, FakeOktaServer server) {
    for (Field field : serverFields(testClass, true)) {
      set(field, null, server);
    }
  }

  private void injectInstanceFields(ExtensionContext context, ServerResource resource) {
    if (!resource.isClassScoped()) {
      List<Field> statics = serverFields(context.getRequiredTestClass(), true);
      if (!statics.isEmpty()) {
        throw new ExtensionConfigurationException(
            "static field ["
                + statics.get(0)
                + "] cannot hold the fake of a FakeOktaExtension in an instance field, which"
                + " starts a fake for each test. Make the field an instance field, or register"
                + " the extension in a static field.");
      }
    }
    for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
      for (Field field : serverFields(instance.getClass(), false)) {
        set(field, instance, resource.server());
      }
    }
  }

  private static List<Field> serverFields(Class<?> type, boolean statics) {
    return ReflectionSupport.findFields(
        type,
        field ->
            field.getType() == FakeOktaServer.class && ModifierSupport.isStatic(field) == statics,
        HierarchyTraversalMode.TOP_DOWN);
  }

  private static void set(Field field, Object instance, FakeOktaServer server) {
    if (Modifier.isFinal(field.getModifiers())) {
      throw new ExtensionConfigurationException(
          "FakeOkta cannot inject into final field ["
              + field
              + "]: remove the final modifier, or take the FakeOktaServer as a parameter.");
    }
    try {
      field.setAccessible(true);
      field.set(instance, server);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new ExtensionConfigurationException(
          "FakeOkta cannot inject into field [" + field + "]: " + e.getMessage(), e);
    }
  }

  private boolean registeredInStaticField(ExtensionContext classContext) {
    return ReflectionSupport.findFields(
            classContext.getRequiredTestClass(),
            field ->
                ModifierSupport.isStatic(field)
                    && FakeOktaExtension.class.isAssignableFrom(field.getType()),
            HierarchyTraversalMode.TOP_DOWN)
        .stream()
        .anyMatch(
            field ->
                ReflectionSupport.tryToReadFieldValue(field, null).toOptional().orElse(null)
                    == this);
  }

  private static Settings settingsOf(FakeOkta annotation, Class<?> testClass) {
    try {
      return Settings.of(annotation);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          "@FakeOkta on [" + testClass.getName() + "] is invalid: " + e.getMessage(), e);
    }
  }

  /** The first fake this extension declared for the context or one of its ancestors. */
  private Optional<ServerResource> findOwned(ExtensionContext context) {
    for (Optional<ExtensionContext> c = Optional.of(context);
        c.isPresent();
        c = c.get().getParent()) {
      ServerResource own = own(c.get());
      if (own != null && own.isOwnedBy(this)) {
        return Optional.of(own);
      }
    }
    return Optional.empty();
  }

  /** The fake the context uses: the innermost one declared for it or its ancestors. */
  private static ServerResource lookup(ExtensionContext context) {
    for (Optional<ExtensionContext> c = Optional.of(context);
        c.isPresent();
        c = c.get().getParent()) {
      ServerResource own = own(c.get());
      if (own != null) {
        return own;
      }
    }
    return null;
  }

  /** The fake declared for exactly this context, if any. */
  private static ServerResource own(ExtensionContext context) {
    String key =
        context.getTestMethod().isPresent()
            ? METHOD_KEY
            : context.getTestClass().map(type -> CLASS_KEY + type.getName()).orElse(null);
    return key == null ? null : store(context).get(key, ServerResource.class);
  }

  private static ExtensionContext.Store store(ExtensionContext context) {
    return context.getStore(NAMESPACE);
  }

  /**
   * Builds a {@link FakeOktaExtension}; each option mirrors the {@link FakeOkta} attribute of the
   * same name. Not thread-safe; the extension it builds is immutable.
   */
  public static final class Builder {

    private int port;
    private boolean https = true;
    private int httpsPort;
    private boolean legacy2019Statuses;
    private int journalLimit = FakeOktaConfig.DEFAULT_JOURNAL_LIMIT;
    private List<String> authorizationServers = List.of();
    private List<OAuthClient> clients = List.of();
    private Duration accessTokenLifetime;
    private int concurrencyLimit = FakeOktaConfig.DEFAULT_CONCURRENCY_LIMIT;
    private boolean retryAfter = true;
    private FakeOktaConfigurer configurer = new FakeOktaConfigurer.None();
    private boolean resetBeforeEachTest = true;
    private boolean failOnUnmatchedRequests;
    private boolean systemProperties;
    private boolean trustInJvm;

    private Builder() {}

    /**
     * See {@link FakeOkta#port()}.
     *
     * @param port a port between 1 and 65535, or 0 (the default) for a free one
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * See {@link FakeOkta#https()}.
     *
     * @param https {@code true} (the default) for HTTPS and HTTP, {@code false} for HTTP only
     * @return this builder
     */
    public Builder https(boolean https) {
      this.https = https;
      return this;
    }

    /**
     * See {@link FakeOkta#httpsPort()}.
     *
     * @param httpsPort a port between 1 and 65535, or 0 (the default) for a free one
     * @return this builder
     */
    public Builder httpsPort(int httpsPort) {
      this.httpsPort = httpsPort;
      return this;
    }

    /**
     * See {@link FakeOkta#legacy2019Statuses()}.
     *
     * @param legacy {@code true} for Okta's 2019 statuses; the default is {@code false}
     * @return this builder
     */
    public Builder legacy2019Statuses(boolean legacy) {
      this.legacy2019Statuses = legacy;
      return this;
    }

    /**
     * See {@link FakeOkta#journalLimit()}.
     *
     * @param limit at least 1; the default is {@value FakeOktaConfig#DEFAULT_JOURNAL_LIMIT}
     * @return this builder
     */
    public Builder journalLimit(int limit) {
      this.journalLimit = limit;
      return this;
    }

    /**
     * See {@link FakeOkta#authorizationServers()}.
     *
     * @param ids custom authorization server ids besides {@code default}
     * @return this builder
     */
    public Builder authorizationServers(String... ids) {
      this.authorizationServers = List.of(ids);
      return this;
    }

    /**
     * See {@link FakeOkta#clients()}: OAuth clients to register besides the default one.
     *
     * @param clients the clients; none must be {@code null}
     * @return this builder
     */
    public Builder clients(OAuthClient... clients) {
      this.clients = List.of(clients);
      return this;
    }

    /**
     * See {@link FakeOkta#accessTokenLifetime()}.
     *
     * @param lifetime the access-token lifetime; must not be {@code null}
     * @return this builder
     */
    public Builder accessTokenLifetime(Duration lifetime) {
      this.accessTokenLifetime = Objects.requireNonNull(lifetime, "lifetime must not be null");
      return this;
    }

    /**
     * See {@link FakeOkta#concurrencyLimit()}.
     *
     * @param limit at least 1; the default is {@value FakeOktaConfig#DEFAULT_CONCURRENCY_LIMIT}
     * @return this builder
     */
    public Builder concurrencyLimit(int limit) {
      this.concurrencyLimit = limit;
      return this;
    }

    /**
     * See {@link FakeOkta#retryAfter()}.
     *
     * @param on {@code false} to leave {@code Retry-After} out of 429 responses
     * @return this builder
     */
    public Builder retryAfter(boolean on) {
      this.retryAfter = on;
      return this;
    }

    /**
     * See {@link FakeOkta#configurer()}: configures anything else, e.g. {@code b ->
     * b.rateLimit(RateLimitBucket.USERS, 2, Duration.ofMinutes(1))}.
     *
     * @param configurer applied after the other options; must not be {@code null}
     * @return this builder
     */
    public Builder configurer(FakeOktaConfigurer configurer) {
      this.configurer = Objects.requireNonNull(configurer, "configurer must not be null");
      return this;
    }

    /**
     * See {@link FakeOkta#resetBeforeEachTest()}.
     *
     * @param reset {@code true} (the default) to reset the fake before each test
     * @return this builder
     */
    public Builder resetBeforeEachTest(boolean reset) {
      this.resetBeforeEachTest = reset;
      return this;
    }

    /**
     * See {@link FakeOkta#failOnUnmatchedRequests()}.
     *
     * @param fail {@code true} to fail tests whose client sent unmatched requests
     * @return this builder
     */
    public Builder failOnUnmatchedRequests(boolean fail) {
      this.failOnUnmatchedRequests = fail;
      return this;
    }

    /**
     * See {@link FakeOkta#systemProperties()}.
     *
     * @param set {@code true} to set {@link FakeOktaProperties} as system properties
     * @return this builder
     */
    public Builder systemProperties(boolean set) {
      this.systemProperties = set;
      return this;
    }

    /**
     * See {@link FakeOkta#trustInJvm()}.
     *
     * @param trust {@code true} to make the JVM trust the fake while it runs
     * @return this builder
     */
    public Builder trustInJvm(boolean trust) {
      this.trustInJvm = trust;
      return this;
    }

    /**
     * Validates the options and builds the extension. The fake starts when a test class or test
     * begins, not here.
     *
     * @return the extension
     * @throws IllegalArgumentException naming the first invalid option
     */
    public FakeOktaExtension build() {
      return new FakeOktaExtension(
          new Settings(
              port,
              https,
              httpsPort,
              legacy2019Statuses,
              journalLimit,
              authorizationServers,
              clients,
              accessTokenLifetime,
              concurrencyLimit,
              retryAfter,
              configurer,
              resetBeforeEachTest,
              failOnUnmatchedRequests,
              systemProperties,
              trustInJvm));
    }
  }
}
