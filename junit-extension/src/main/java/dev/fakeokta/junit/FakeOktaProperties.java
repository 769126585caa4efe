package dev.fakeokta.junit;

import dev.fakeokta.server.FakeOktaServer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The properties that point code under test at a fake, named as okta-sdk-java and Spring Boot read
 * them: the map behind {@link FakeOkta#systemProperties()} and a one-line Spring registration:
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void okta(DynamicPropertyRegistry registry) {
 *   FakeOktaProperties.of(okta).forEach((name, value) -> registry.add(name, () -> value));
 * }
 * }</pre>
 *
 * <p>Today the map holds the org URL ({@value #OKTA_CLIENT_ORG_URL}, plus {@value
 * #FAKEOKTA_ORG_URL}, {@value #FAKEOKTA_PORT} and {@value #FAKEOKTA_HTTP_URL} for your own
 * configuration) and, when the fake serves HTTPS, its trust store and CA certificate. The issuer,
 * API token and client credentials join it as the fake learns to serve them.
 *
 * <p>This class is thread-safe.
 */
public final class FakeOktaProperties {

  /** okta-sdk-java's org URL property, e.g. {@code https://127.0.0.1:54321}. */
  public static final String OKTA_CLIENT_ORG_URL = "okta.client.orgUrl";

  /** The org URL under FakeOkta's own name, for your application's configuration. */
  public static final String FAKEOKTA_ORG_URL = "fakeokta.orgUrl";

  /** The fake's plain-HTTP port under FakeOkta's own name. */
  public static final String FAKEOKTA_PORT = "fakeokta.port";

  /** okta-sdk-java's API token property: the fake's default API token. */
  public static final String OKTA_CLIENT_TOKEN = "okta.client.token";

  /** okta-spring-boot's issuer property: the {@code default} authorization server's issuer. */
  public static final String OKTA_OAUTH2_ISSUER = "okta.oauth2.issuer";

  /** okta-spring-boot's client id property: the fake's default client. */
  public static final String OKTA_OAUTH2_CLIENT_ID = "okta.oauth2.clientId";

  /** okta-spring-boot's client secret property: the fake's default client's secret. */
  public static final String OKTA_OAUTH2_CLIENT_SECRET = "okta.oauth2.clientSecret";

  /** okta-spring-boot's audience property: {@code api://default}. */
  public static final String OKTA_OAUTH2_AUDIENCE = "okta.oauth2.audience";

  /** Spring Security's resource-server issuer: the {@code default} authorization server's. */
  public static final String SPRING_ISSUER_URI =
      "spring.security.oauth2.resourceserver.jwt.issuer-uri";

  /** The plain-HTTP base URL, for clients that allow HTTP. */
  public static final String FAKEOKTA_HTTP_URL = "fakeokta.httpUrl";

  /** The PKCS12 trust store holding the fake's CA, when it serves HTTPS. */
  public static final String FAKEOKTA_TRUST_STORE = "fakeokta.trustStore";

  /** The password of {@link #FAKEOKTA_TRUST_STORE}. */
  public static final String FAKEOKTA_TRUST_STORE_PASSWORD = "fakeokta.trustStorePassword";

  /** The fake's CA certificate as a PEM file (for curl and Node), when it serves HTTPS. */
  public static final String FAKEOKTA_CA_CERTIFICATE = "fakeokta.caCertificate";

  private FakeOktaProperties() {}

  /**
   * The properties for a started fake, in a stable order.
   *
   * @param okta a started fake; must not be {@code null}
   * @return an unmodifiable map from property name to value
   * @throws IllegalStateException if the fake is not started
   */
  public static Map<String, String> of(FakeOktaServer okta) {
    Objects.requireNonNull(okta, "okta must not be null; pass the injected FakeOktaServer");
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put(OKTA_CLIENT_ORG_URL, okta.orgUrl());
    properties.put(FAKEOKTA_ORG_URL, okta.orgUrl());
    properties.put(FAKEOKTA_PORT, Integer.toString(okta.port()));
    properties.put(FAKEOKTA_HTTP_URL, okta.httpUrl());
    properties.put(OKTA_CLIENT_TOKEN, okta.directory().apiToken());
    properties.put(OKTA_OAUTH2_ISSUER, okta.issuer());
    properties.put(OKTA_OAUTH2_AUDIENCE, "api://default");
    properties.put(SPRING_ISSUER_URI, okta.issuer());
    okta.config().authorization().clients().values().stream()
        .findFirst()
        .ifPresent(
            client -> {
              properties.put(OKTA_OAUTH2_CLIENT_ID, client.clientId());
              client.secret().ifPresent(s -> properties.put(OKTA_OAUTH2_CLIENT_SECRET, s));
            });
    if (okta.config().https()) {
      properties.put(FAKEOKTA_TRUST_STORE, okta.tls().trustStorePath().toString());
      properties.put(FAKEOKTA_TRUST_STORE_PASSWORD, okta.tls().trustStorePassword());
      properties.put(FAKEOKTA_CA_CERTIFICATE, okta.tls().caCertificatePemPath().toString());
    }
    // Add here as the fake grows: okta.client.token, okta.oauth2.issuer, okta.oauth2.clientId,
    // okta.oauth2.clientSecret, spring.security.oauth2.resourceserver.jwt.issuer-uri, ...
    return Collections.unmodifiableMap(properties);
  }
}
