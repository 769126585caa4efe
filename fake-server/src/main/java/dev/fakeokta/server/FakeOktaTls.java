package dev.fakeokta.server;

import dev.fakeokta.server.internal.JvmTrustStores;
import dev.fakeokta.server.internal.TlsMaterial;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * What a test needs to trust the fake's HTTPS certificate: a trust store file, the CA certificate
 * as PEM (for curl and Node), an {@link SSLContext}, and an opt-in {@linkplain #trustInJvm()
 * JVM-wide trust} for clients that only read the JVM's trust store.
 *
 * <p>The fake's certificate is made once per JVM by a small CA that exists only for this run; its
 * subjectAltName covers {@code 127.0.0.1}, {@code ::1} and {@code localhost}, so hostname
 * verification stays on. Every fake in a JVM serves the same certificate, so one trust set-up
 * covers them all. No private key is written anywhere but an owner-only temporary file that is
 * deleted when the JVM exits.
 *
 * <pre>{@code
 * HttpClient client = HttpClient.newBuilder().sslContext(okta.tls().sslContext()).build();
 *
 * // curl --cacert <pem>, or NODE_EXTRA_CA_CERTS=<pem> node app.js
 * Path pem = okta.tls().caCertificatePemPath();
 *
 * // okta-jwt-verifier-java reads only the JVM's trust store:
 * try (FakeOktaTls.JvmTrust trust = okta.tls().trustInJvm()) {
 *   AccessTokenVerifier verifier = JwtVerifiers.accessTokenVerifierBuilder()...build();
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FakeOktaTls {

  private static final FakeOktaTls INSTANCE = new FakeOktaTls();

  private FakeOktaTls() {}

  static FakeOktaTls shared() {
    return INSTANCE;
  }

  private static TlsMaterial material() {
    return TlsMaterial.get();
  }

  /**
   * A PKCS12 trust store holding only the fake's CA, e.g. for {@code
   * -Djavax.net.ssl.trustStore=...} in a forked JVM, or for a client's own trust store option.
   * Deleted when the JVM exits.
   *
   * @return the file
   */
  public Path trustStorePath() {
    return material().trustStorePath();
  }

  /**
   * The password of {@link #trustStorePath()}. A random value per JVM; not a secret worth
   * protecting (the store holds only a public certificate).
   *
   * @return the password
   */
  public String trustStorePassword() {
    return material().trustStorePassword();
  }

  /**
   * The type of {@link #trustStorePath()}.
   *
   * @return {@code PKCS12}
   */
  public String trustStoreType() {
    return TlsMaterial.STORE_TYPE;
  }

  /**
   * The fake's CA certificate. The same instance for every fake in this JVM.
   *
   * @return the CA certificate
   */
  public X509Certificate caCertificate() {
    return material().caCertificate();
  }

  /**
   * The fake's CA certificate as PEM text, one {@code -----BEGIN CERTIFICATE-----} block.
   *
   * @return the PEM text
   */
  public String caCertificatePem() {
    return material().caPem();
  }

  /**
   * A PEM file with the fake's CA certificate, for {@code curl --cacert <file>} or Node's {@code
   * NODE_EXTRA_CA_CERTS=<file>}. Deleted when the JVM exits.
   *
   * @return the file
   */
  public Path caCertificatePemPath() {
    return material().caPemPath();
  }

  /**
   * A TLS context that trusts the fake's CA and nothing else, with the JDK's normal hostname
   * verification, e.g. for {@code HttpClient.newBuilder().sslContext(...)}.
   *
   * @return the context, the same instance on every call
   */
  public SSLContext sslContext() {
    return material().sslContext();
  }

  /**
   * Makes the whole JVM trust the fake, for clients that read only the JVM's trust store (such as
   * okta-jwt-verifier-java). It writes a PKCS12 trust store holding the JVM's current trusted
   * certificates (from {@code javax.net.ssl.trustStore} if set, else the JDK's {@code cacerts})
   * plus the fake's CA, so public CAs stay trusted; then it points {@code
   * javax.net.ssl.trustStore}, {@code javax.net.ssl.trustStorePassword} and {@code
   * javax.net.ssl.trustStoreType} at it, and makes a context trusting it the default {@link
   * SSLContext} and the default {@link HttpsURLConnection} socket factory.
   *
   * <p>Close the returned handle (try-with-resources, or an {@code @AfterAll}) to restore the three
   * properties, the default context and the default socket factory exactly as they were. Nested
   * uses must be closed in reverse order. Clients built while the trust was on keep trusting the
   * fake after close. A client key store ({@code javax.net.ssl.keyStore}) is not carried into the
   * new default context.
   *
   * @return a handle that undoes this on {@link JvmTrust#close()}
   * @throws FakeOktaException if the JVM's trust store cannot be read, e.g. because {@code
   *     javax.net.ssl.trustStore} is {@code NONE}
   */
  public JvmTrust trustInJvm() {
    return new JvmTrust();
  }

  @Override
  public String toString() {
    return "FakeOktaTls[CA " + caCertificate().getSubjectX500Principal().getName() + "]";
  }

  /**
   * The JVM-wide trust made by {@link FakeOktaTls#trustInJvm()}. Closing it restores what was there
   * before; closing twice does nothing.
   */
  public static final class JvmTrust implements AutoCloseable {

    private final String previousTrustStore;
    private final String previousPassword;
    private final String previousType;
    private final SSLContext previousDefault;
    private final SSLSocketFactory previousHttpsFactory;
    private final Path trustStorePath;
    private final String trustStorePassword;
    private boolean closed;

    private JvmTrust() {
      synchronized (JvmTrust.class) {
        this.previousTrustStore = System.getProperty(JvmTrustStores.TRUST_STORE);
        this.previousPassword = System.getProperty(JvmTrustStores.TRUST_STORE_PASSWORD);
        this.previousType = System.getProperty(JvmTrustStores.TRUST_STORE_TYPE);
        try {
          this.previousDefault = SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
          throw new FakeOktaException("The JVM has no default TLS context (" + e + ")", e);
        }
        this.previousHttpsFactory = HttpsURLConnection.getDefaultSSLSocketFactory();

        KeyStore merged =
            JvmTrustStores.mergedWith(material().caCertificate(), TlsMaterial.CA_ALIAS);
        this.trustStorePassword = TlsMaterial.newPassword();
        SSLContext context;
        try {
          this.trustStorePath =
              material().writeStore(merged, "jvm-truststore.p12", trustStorePassword);
          context = TlsMaterial.trusting(merged);
        } catch (GeneralSecurityException | IOException e) {
          throw new FakeOktaException(
              "FakeOkta could not write the JVM-wide trust store (" + e + ")", e);
        }
        System.setProperty(JvmTrustStores.TRUST_STORE, trustStorePath.toString());
        System.setProperty(JvmTrustStores.TRUST_STORE_PASSWORD, trustStorePassword);
        System.setProperty(JvmTrustStores.TRUST_STORE_TYPE, TlsMaterial.STORE_TYPE);
        SSLContext.setDefault(context);
        HttpsURLConnection.setDefaultSSLSocketFactory(context.getSocketFactory());
      }
    }

    /**
     * The merged trust store the JVM now uses: the JVM's previous trusted certificates plus the
     * fake's CA.
     *
     * @return the file; deleted on {@link #close()}
     */
    public Path trustStorePath() {
      return trustStorePath;
    }

    /**
     * The password of {@link #trustStorePath()}.
     *
     * @return the password
     */
    public String trustStorePassword() {
      return trustStorePassword;
    }

    /**
     * Restores the trust store properties, the default {@link SSLContext} and the default {@link
     * HttpsURLConnection} socket factory to what they were, and deletes the merged trust store.
     */
    @Override
    public void close() {
      synchronized (JvmTrust.class) {
        if (closed) {
          return;
        }
        closed = true;
        restore(JvmTrustStores.TRUST_STORE, previousTrustStore);
        restore(JvmTrustStores.TRUST_STORE_PASSWORD, previousPassword);
        restore(JvmTrustStores.TRUST_STORE_TYPE, previousType);
        SSLContext.setDefault(previousDefault);
        HttpsURLConnection.setDefaultSSLSocketFactory(previousHttpsFactory);
        try {
          Files.deleteIfExists(trustStorePath);
        } catch (IOException e) {
          // deleteOnExit removes it at the latest when the JVM exits
        }
      }
    }

    private static void restore(String property, String value) {
      if (value == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, value);
      }
    }

    @Override
    public String toString() {
      return "FakeOktaTls.JvmTrust[" + trustStorePath + (closed ? ", closed]" : "]");
    }
  }
}
