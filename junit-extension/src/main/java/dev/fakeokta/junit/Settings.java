package dev.fakeokta.junit;

import dev.fakeokta.server.AuthorizationConfig;
import dev.fakeokta.server.FakeOktaConfig;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OAuthClient;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * The one internal form of a FakeOkta declaration: {@link FakeOkta @FakeOkta} and {@link
 * FakeOktaExtension.Builder} both produce it, so the two registration modes cannot drift apart.
 *
 * <p>To add an option: a component here, a line in {@link #of(FakeOkta)}, a line in {@link
 * #serverBuilder()} (server options) or in the extension (extension options), an attribute on
 * {@link FakeOkta}, and a method plus a field in {@link FakeOktaExtension.Builder}.
 */
record Settings(
    // server options: mirror FakeOktaServer.Builder
    int port,
    boolean https,
    int httpsPort,
    boolean legacy2019Statuses,
    int journalLimit,
    List<String> authorizationServers,
    List<OAuthClient> clients,
    Duration accessTokenLifetime,
    int concurrencyLimit,
    boolean retryAfter,
    FakeOktaConfigurer configurer,
    // extension options
    boolean resetBeforeEachTest,
    boolean failOnUnmatchedRequests,
    boolean systemProperties,
    boolean trustInJvm) {

  /** The defaults, the same as a bare {@code @FakeOkta}. */
  static final Settings DEFAULTS =
      new Settings(
          0,
          true,
          0,
          false,
          FakeOktaConfig.DEFAULT_JOURNAL_LIMIT,
          List.of(),
          List.of(),
          null,
          FakeOktaConfig.DEFAULT_CONCURRENCY_LIMIT,
          true,
          new FakeOktaConfigurer.None(),
          true,
          false,
          false,
          false);

  /**
   * Validates the server options the way {@link FakeOktaServer.Builder} will, without building a
   * server. ({@link #configurer()} runs only when the fake starts.)
   *
   * @throws IllegalArgumentException naming the bad option
   */
  Settings {
    authorizationServers = List.copyOf(authorizationServers);
    clients = List.copyOf(clients);
    Objects.requireNonNull(configurer, "configurer must not be null");
    FakeOktaConfig.builder()
        .port(port)
        .https(https)
        .httpsPort(httpsPort)
        .legacy2019Statuses(legacy2019Statuses)
        .journalLimit(journalLimit)
        .authorization(authorization(authorizationServers, clients, accessTokenLifetime))
        .concurrencyLimit(concurrencyLimit)
        .retryAfter(retryAfter)
        .build();
  }

  static Settings of(FakeOkta annotation) {
    return new Settings(
        annotation.port(),
        annotation.https(),
        annotation.httpsPort(),
        annotation.legacy2019Statuses(),
        annotation.journalLimit(),
        List.of(annotation.authorizationServers()),
        clients(annotation.clients()),
        annotation.accessTokenLifetime().isEmpty()
            ? null
            : parseDuration(annotation.accessTokenLifetime()),
        annotation.concurrencyLimit(),
        annotation.retryAfter(),
        ReflectionSupport.newInstance(annotation.configurer()),
        annotation.resetBeforeEachTest(),
        annotation.failOnUnmatchedRequests(),
        annotation.systemProperties(),
        annotation.trustInJvm());
  }

  FakeOktaServer.Builder serverBuilder() {
    FakeOktaServer.Builder builder =
        FakeOktaServer.builder()
            .port(port)
            .https(https)
            .httpsPort(httpsPort)
            .legacy2019Statuses(legacy2019Statuses)
            .journalLimit(journalLimit)
            .authorization(authorization(authorizationServers, clients, accessTokenLifetime))
            .concurrencyLimit(concurrencyLimit)
            .retryAfter(retryAfter);
    configurer.configure(builder);
    return builder;
  }

  private static AuthorizationConfig authorization(
      List<String> ids, List<OAuthClient> clients, Duration accessTokenLifetime) {
    AuthorizationConfig.Builder authorization = AuthorizationConfig.builder();
    for (String id : ids) {
      authorization.authorizationServer(id, "api://" + id);
    }
    authorization.clients(clients);
    if (accessTokenLifetime != null) {
      authorization.accessTokenLifetime(accessTokenLifetime);
    }
    return authorization.build();
  }

  private static List<OAuthClient> clients(FakeOkta.Client[] declared) {
    List<OAuthClient> clients = new ArrayList<>();
    for (int i = 0; i < declared.length; i++) {
      FakeOkta.Client client = declared[i];
      try {
        OAuthClient.Builder builder = OAuthClient.builder(client.id());
        if (!client.secret().isEmpty()) {
          builder.secret(client.secret());
        }
        if (client.grantTypes().length > 0) {
          builder.grantTypes(client.grantTypes());
        }
        clients.add(builder.scopes(client.scopes()).redirectUris(client.redirectUris()).build());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("clients[" + i + "]: " + e.getMessage(), e);
      }
    }
    return clients;
  }

  static Duration parseDuration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "accessTokenLifetime must be an ISO-8601 duration such as \"PT1H\" or \"PT5M\", was \""
              + text
              + "\"",
          e);
    }
  }
}
