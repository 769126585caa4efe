package dev.fakeokta.server;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.assertj.core.api.BDDAssertions.then;

import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.cache.Caches;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FakeOktaTls#trustInJvm()}: clients with default TLS settings trust the fake, public CAs
 * stay trusted, and closing puts everything back.
 */
class JvmTrustIntegrationTest {

  private static final String TRUST_STORE = "javax.net.ssl.trustStore";
  private static final String PASSWORD = "javax.net.ssl.trustStorePassword";
  private static final String TYPE = "javax.net.ssl.trustStoreType";

  private static FakeOktaServer okta;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
  }

  @AfterAll
  static void stop() {
    okta.close();
  }

  @BeforeEach
  void reset() {
    okta.reset();
  }

  @Test
  void should_make_a_default_https_url_connection_trust_the_fake() throws Exception {
    // GIVEN
    try (FakeOktaTls.JvmTrust trust = okta.tls().trustInJvm()) {
      // WHEN a client with default settings (default socket factory, hostname verification on)
      HttpsURLConnection connection =
          (HttpsURLConnection) new URL(okta.orgUrl() + "/api/v1/nothing-here").openConnection();
      int status = connection.getResponseCode();
      // THEN
      then(status).isEqualTo(404);
      then(new String(connection.getErrorStream().readAllBytes())).contains("E0000008");
    }
  }

  @Test
  void should_keep_the_jvm_public_cas_in_the_merged_trust_store() throws Exception {
    // GIVEN the JDK's own CAs
    KeyStore cacerts = jdkCacerts();
    assumeThat(cacerts.size()).as("the JDK's cacerts has public CAs").isPositive();
    X509Certificate publicCa = publicCa(cacerts);
    // WHEN
    try (FakeOktaTls.JvmTrust trust = okta.tls().trustInJvm()) {
      // THEN the store the JVM now reads has them all, plus the fake's CA
      KeyStore merged =
          load(
              Paths.get(System.getProperty(TRUST_STORE)),
              System.getProperty(TYPE),
              System.getProperty(PASSWORD));
      then(System.getProperty(TRUST_STORE)).isEqualTo(trust.trustStorePath().toString());
      then(merged.getCertificateAlias(publicCa))
          .as(publicCa.getSubjectX500Principal().getName())
          .isNotNull();
      then(merged.getCertificateAlias(okta.tls().caCertificate())).isNotNull();
      then(merged.size()).isEqualTo(cacerts.size() + 1);
    }
  }

  @Test
  void should_restore_the_properties_and_defaults_exactly_on_close() throws Exception {
    // GIVEN
    String storeBefore = System.getProperty(TRUST_STORE);
    String passwordBefore = System.getProperty(PASSWORD);
    String typeBefore = System.getProperty(TYPE);
    SSLContext defaultBefore = SSLContext.getDefault();
    SSLSocketFactory factoryBefore = HttpsURLConnection.getDefaultSSLSocketFactory();
    FakeOktaTls.JvmTrust trust = okta.tls().trustInJvm();
    Path merged = trust.trustStorePath();
    then(SSLContext.getDefault()).isNotSameAs(defaultBefore);
    then(System.getProperty(TYPE)).isEqualTo("PKCS12");
    // WHEN
    trust.close();
    trust.close(); // twice does nothing
    // THEN
    then(System.getProperty(TRUST_STORE)).isEqualTo(storeBefore);
    then(System.getProperty(PASSWORD)).isEqualTo(passwordBefore);
    then(System.getProperty(TYPE)).isEqualTo(typeBefore);
    then(SSLContext.getDefault()).isSameAs(defaultBefore);
    then(HttpsURLConnection.getDefaultSSLSocketFactory()).isSameAs(factoryBefore);
    then(merged).doesNotExist();
    HttpsURLConnection connection =
        (HttpsURLConnection) new URL(okta.orgUrl() + "/api/v1/x").openConnection();
    then(catchThrowable(connection::getResponseCode)).isInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void should_build_on_a_configured_trust_store_and_put_its_properties_back(@TempDir Path dir)
      throws Exception {
    // GIVEN the JVM configured with its own PKCS12 trust store holding one public CA
    X509Certificate publicCa = publicCa(jdkCacerts());
    KeyStore own = KeyStore.getInstance("PKCS12");
    own.load(null, null);
    own.setCertificateEntry("corporate-root", publicCa);
    Path ownPath = dir.resolve("own.p12");
    try (OutputStream out = Files.newOutputStream(ownPath)) {
      own.store(out, "s3cret".toCharArray());
    }
    System.setProperty(TRUST_STORE, ownPath.toString());
    System.setProperty(PASSWORD, "s3cret");
    System.setProperty(TYPE, "PKCS12");
    try {
      // WHEN
      KeyStore merged;
      try (FakeOktaTls.JvmTrust trust = okta.tls().trustInJvm()) {
        merged = load(trust.trustStorePath(), "PKCS12", trust.trustStorePassword());
      }
      // THEN
      then(Collections.list(merged.aliases())).hasSize(2).contains("corporate-root");
      then(merged.getCertificateAlias(okta.tls().caCertificate())).isNotNull();
      then(System.getProperty(TRUST_STORE)).isEqualTo(ownPath.toString());
      then(System.getProperty(PASSWORD)).isEqualTo("s3cret");
      then(System.getProperty(TYPE)).isEqualTo("PKCS12");
    } finally {
      System.clearProperty(TRUST_STORE);
      System.clearProperty(PASSWORD);
      System.clearProperty(TYPE);
    }
  }

  @Test
  void should_name_the_property_when_the_configured_trust_store_is_not_a_file() {
    // GIVEN
    System.setProperty(TRUST_STORE, "NONE");
    try {
      // WHEN
      Throwable thrown = catchThrowable(() -> okta.tls().trustInJvm());
      // THEN
      then(thrown)
          .isInstanceOf(FakeOktaException.class)
          .hasMessageContaining("javax.net.ssl.trustStore is 'NONE'");
      then(System.getProperty(TRUST_STORE)).isEqualTo("NONE");
    } finally {
      System.clearProperty(TRUST_STORE);
    }
  }

  @Test
  void should_let_okta_sdk_java_use_the_https_org_url_without_disabling_its_https_check() {
    // GIVEN okta-sdk-java, unmodified, built while the JVM trusts the fake
    try (FakeOktaTls.JvmTrust trust = okta.tls().trustInJvm()) {
      UserApi users =
          new UserApi(
              Clients.builder()
                  .setOrgUrl(okta.orgUrl())
                  .setClientCredentials(new TokenClientCredentials("00fake-api-token"))
                  .setCacheManager(Caches.newDisabledCacheManager())
                  .setRetryMaxAttempts(0)
                  .build());
      okta.when(getRequestedFor(urlPathEqualTo("/api/v1/users/00u1")))
          .respond(OktaError.of("E0000007"));
      // WHEN
      ApiException thrown =
          catchThrowableOfType(ApiException.class, () -> users.getUser("00u1", null, null));
      // THEN
      then(thrown.getCode()).isEqualTo(404);
      then(thrown.getResponseBody()).contains("E0000007");
      then(okta.journal()).hasSize(1);
    }
  }

  private static KeyStore jdkCacerts() throws Exception {
    Path cacerts = Paths.get(System.getProperty("java.home"), "lib", "security", "cacerts");
    assumeThat(cacerts).as("the JDK ships cacerts").isRegularFile();
    return KeyStore.getInstance(cacerts.toFile(), (char[]) null);
  }

  /** ISRG Root X1 (Let's Encrypt) when present, else any public CA of the JDK. */
  private static X509Certificate publicCa(KeyStore cacerts) throws Exception {
    X509Certificate any = null;
    for (String alias : Collections.list(cacerts.aliases())) {
      if (cacerts.getCertificate(alias) instanceof X509Certificate certificate) {
        if (certificate.getSubjectX500Principal().getName().contains("ISRG Root X1")) {
          return certificate;
        }
        any = any == null ? certificate : any;
      }
    }
    assumeThat(any).as("a public CA in cacerts").isNotNull();
    return any;
  }

  private static KeyStore load(Path path, String type, String password) throws Exception {
    KeyStore store = KeyStore.getInstance(type);
    try (InputStream in = Files.newInputStream(path)) {
      store.load(in, password.toCharArray());
    }
    return store;
  }
}
