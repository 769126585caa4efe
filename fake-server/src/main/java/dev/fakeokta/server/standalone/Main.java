package dev.fakeokta.server.standalone;

import dev.fakeokta.server.AuthorizationConfig;
import dev.fakeokta.server.FakeOktaException;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.FakeOktaTls;
import dev.fakeokta.server.OAuthClient;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone runner: starts a fake Okta org from the command line, prints its URLs and what
 * clients need to trust it, and serves until stopped.
 *
 * <pre>{@code
 * java -jar fake-okta-server-<version>-standalone.jar --help
 * }</pre>
 *
 * <p>Exit codes: 0 after a clean stop (Ctrl-C, SIGTERM) or {@code --help}; 1 if the fake cannot
 * start (a port in use); 2 for a bad option or config file, with a message that names it.
 */
public final class Main {

  /** Exit code for a bad option or config file. */
  static final int USAGE = 2;

  /** Exit code when the fake cannot start. */
  static final int FAILED = 1;

  private static final SecureRandom RANDOM = new SecureRandom();

  private Main() {}

  /**
   * Runs the fake until the process is stopped.
   *
   * @param args the options; {@code --help} lists them
   */
  public static void main(String[] args) {
    quietLogging();
    Launch launch = launch(args, System.out, System.err);
    if (launch.server() == null) {
      System.exit(launch.exitCode());
      return;
    }
    FakeOktaServer server = launch.server();
    CountDownLatch stopped = new CountDownLatch(1);
    // any other way the JVM goes down (SIGHUP, System.exit elsewhere) still stops the server
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "fakeokta-shutdown"));
    // Ctrl-C and SIGTERM: stop here and exit 0, rather than the JVM's 130/143
    onSignals(stopped::countDown, "INT", "TERM");
    awaitUninterruptibly(stopped);
    server.stop();
    System.out.println("FakeOkta stopped.");
    System.out.flush();
    System.exit(0);
  }

  /**
   * Parses the options and starts the fake, printing what a user needs; the seam for in-process
   * tests, which stop the returned server themselves.
   *
   * @param args the options
   * @param out where the start lines go
   * @param err where warnings and errors go
   * @return the running server, or none and the exit code
   */
  static Launch launch(String[] args, PrintStream out, PrintStream err) {
    Options options;
    FakeOktaServer.Builder builder;
    String generatedToken;
    try {
      options = Options.parse(Arrays.asList(args));
      if (options.help) {
        out.print(Options.HELP);
        out.flush();
        return new Launch(null, 0);
      }
      builder = options.builder();
      boolean loopback = warnIfExposed(options.bindAddress(), err);
      generatedToken = generatedAdminToken(options, loopback);
      if (generatedToken != null) {
        builder.adminToken(generatedToken);
      }
    } catch (UsageException e) {
      err.println("fake-okta: " + e.getMessage());
      err.flush();
      return new Launch(null, USAGE);
    }
    FakeOktaServer server;
    try {
      server = builder.start();
    } catch (FakeOktaException e) {
      err.println(
          "fake-okta: "
              + e.getMessage()
              + (e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")"));
      err.flush();
      return new Launch(null, FAILED);
    }
    if (options.directory != null) {
      server.directory().seed(options.directory);
    }
    options.afterStart.forEach(step -> step.accept(server));
    for (String line : banner(server, generatedToken)) {
      out.println(line);
    }
    out.flush();
    return new Launch(server, 0);
  }

  /**
   * The admin token to generate: a new random one when the fake listens beyond loopback and no
   * token was given, else none (a given token is used as is; on loopback the admin API stays open
   * unless a token is given).
   *
   * @param options the options
   * @param loopback whether the bind address is a loopback address
   * @return a new token, or {@code null}
   */
  static String generatedAdminToken(Options options, boolean loopback) {
    if (loopback || options.adminToken != null) {
      return null;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "fakeokta-admin-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * The lines printed on start, for a fake without a generated admin token.
   *
   * @param server the running server
   * @return the lines
   */
  static List<String> banner(FakeOktaServer server) {
    return banner(server, null);
  }

  /**
   * The lines printed on start. A generated admin token is printed here and nowhere else (the user
   * has no other way to learn it); a given one is never printed.
   *
   * @param server the running server
   * @param generatedToken the admin token generated for this run, or {@code null}
   * @return the lines
   */
  static List<String> banner(FakeOktaServer server, String generatedToken) {
    String version = Main.class.getPackage().getImplementationVersion();
    String org = server.orgUrl();
    List<String> lines = new java.util.ArrayList<>();
    lines.add(
        "FakeOkta "
            + (version == null ? "(development build)" : version)
            + " is running. Stop it with Ctrl-C.");
    lines.add("  Org URL:      " + org);
    if (server.config().https()) {
      lines.add("  Plain HTTP:   " + server.httpUrl());
    }
    lines.add("  Issuer:       " + server.issuer());
    for (String id : server.config().authorization().authorizationServers().keySet()) {
      if (!id.equals(AuthorizationConfig.DEFAULT_AUTHORIZATION_SERVER)) {
        lines.add("  Issuer:       " + server.issuer(id));
      }
    }
    // the fake's published defaults: documented constants, not secrets
    lines.add("  API token:    " + server.directory().apiToken() + "   (Authorization: SSWS ...)");
    OAuthClient client =
        server.config().authorization().clients().get(OAuthClient.DEFAULT_CLIENT_ID);
    if (client != null) {
      // the fake's published default client: its secret is a documented constant, not a secret
      lines.add(
          "  Client:       "
              + client.clientId()
              + (client.secret().isPresent() ? " / secret " + client.secret().get() : ""));
    }
    List<String> others =
        server.config().authorization().clients().keySet().stream()
            .filter(id -> !id.equals(OAuthClient.DEFAULT_CLIENT_ID))
            .toList();
    if (!others.isEmpty()) {
      // ids only: configured secrets are the user's, never printed
      lines.add(
          "  Clients:      "
              + others.size()
              + " more: "
              + (others.size() <= 3
                  ? String.join(", ", others)
                  : String.join(", ", others.subList(0, 3)) + ", ..."));
    }
    server
        .config()
        .authorization()
        .signingKey()
        .ifPresent(key -> lines.add("  Signing key:  kid " + key.getKeyID() + " (fixed)"));
    if (server.config().https()) {
      FakeOktaTls tls = server.tls();
      lines.add(
          "  CA (PEM):     "
              + tls.caCertificatePemPath()
              + "   (curl --cacert, NODE_EXTRA_CA_CERTS)");
      lines.add(
          "  Trust store:  "
              + tls.trustStorePath()
              + " ("
              + tls.trustStoreType()
              + ", password "
              + tls.trustStorePassword()
              + ")");
    }
    lines.add("  Admin API:    " + org + "/__admin/fakeokta/  (OpenAPI: openapi.json)");
    if (generatedToken != null) {
      lines.add(
          "  Admin token:  "
              + generatedToken
              + "   (Authorization: Bearer ...; generated for this run, as --bind is not loopback)");
    } else if (server.config().adminToken().isPresent()) {
      lines.add("  Admin token:  as given   (Authorization: Bearer ...)");
    }
    return lines;
  }

  /**
   * Warns on {@code err} when the bind address is not loopback.
   *
   * @param bind the bind address
   * @param err where the warning goes
   * @return whether the address is loopback
   * @throws UsageException if the host is unknown
   */
  static boolean warnIfExposed(String bind, PrintStream err) throws UsageException {
    boolean loopback;
    try {
      loopback = InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new UsageException("--bind " + bind + ": unknown host");
    }
    if (!loopback) {
      err.println(
          "fake-okta: WARNING: bound to "
              + bind
              + ", not loopback: anyone who can reach this machine can use the fake's Okta"
              + " endpoints; its admin API needs the admin token (Authorization: Bearer ...)."
              + " Use --bind 127.0.0.1 unless you need this.");
      err.flush();
    }
    return loopback;
  }

  private static void quietLogging() {
    // slf4j-simple in the standalone jar: warnings and errors only, on stderr
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  /**
   * Handles termination signals through {@code sun.misc.Signal} (reflectively: it is not standard
   * API). Where it is missing, the shutdown hook alone stops the fake.
   */
  private static void onSignals(Runnable action, String... names) {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      InvocationHandler invocation =
          (proxy, method, arguments) -> {
            if (method.getName().equals("handle")) {
              action.run();
            }
            return null;
          };
      Object proxy =
          Proxy.newProxyInstance(Main.class.getClassLoader(), new Class<?>[] {handler}, invocation);
      for (String name : names) {
        try {
          Object instance = signal.getConstructor(String.class).newInstance(name);
          signal.getMethod("handle", signal, handler).invoke(null, instance, proxy);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // this signal cannot be handled here (e.g. ignored by the parent); the hook covers it
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // no sun.misc.Signal: the shutdown hook stops the fake
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The outcome of {@link #launch}: a running server, or none and an exit code. */
  record Launch(FakeOktaServer server, int exitCode) {}
}
