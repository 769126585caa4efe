package dev.fakeokta.server.internal;

import dev.fakeokta.server.FakeOktaException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Collections;

/**
 * Reads the trust store the JVM uses by default, the way the JDK's own {@code TrustStoreManager}
 * finds it: {@code javax.net.ssl.trustStore} if set, else {@code $JAVA_HOME/lib/security/
 * jssecacerts} if it exists, else {@code $JAVA_HOME/lib/security/cacerts}.
 */
public final class JvmTrustStores {

  /** The trust store system property. */
  public static final String TRUST_STORE = "javax.net.ssl.trustStore";

  /** The trust store password system property. */
  public static final String TRUST_STORE_PASSWORD = "javax.net.ssl.trustStorePassword";

  /** The trust store type system property. */
  public static final String TRUST_STORE_TYPE = "javax.net.ssl.trustStoreType";

  private JvmTrustStores() {}

  /**
   * The file the JVM's default trust managers read.
   *
   * @return the path
   * @throws FakeOktaException if {@code javax.net.ssl.trustStore} is set to something that is not a
   *     file (such as {@code NONE})
   */
  public static Path defaultTrustStorePath() {
    String configured = System.getProperty(TRUST_STORE);
    if (configured != null && !configured.isEmpty()) {
      Path path = Paths.get(configured);
      if (!Files.isRegularFile(path)) {
        throw new FakeOktaException(
            "javax.net.ssl.trustStore is '"
                + configured
                + "', which is not a readable file; FakeOkta adds its CA to the JVM's trust store"
                + " and so needs one (unset the property to use the JDK's cacerts)");
      }
      return path;
    }
    Path security = Paths.get(System.getProperty("java.home"), "lib", "security");
    Path jsseCacerts = security.resolve("jssecacerts");
    return Files.isRegularFile(jsseCacerts) ? jsseCacerts : security.resolve("cacerts");
  }

  /**
   * Copies every trusted certificate of the JVM's default trust store and adds {@code extra} to a
   * new PKCS12 store.
   *
   * @param extra the certificate to add
   * @param extraAlias its alias; made unique if the JVM's store already uses it
   * @return the merged store, loaded
   * @throws FakeOktaException if the JVM's trust store cannot be read
   */
  public static KeyStore mergedWith(Certificate extra, String extraAlias) {
    Path source = defaultTrustStorePath();
    try {
      KeyStore jvm = load(source);
      KeyStore merged = TlsMaterial.emptyStore();
      for (String alias : Collections.list(jvm.aliases())) {
        if (jvm.isCertificateEntry(alias)) {
          merged.setCertificateEntry(alias, jvm.getCertificate(alias));
        }
      }
      String alias = extraAlias;
      for (int i = 2; merged.containsAlias(alias); i++) {
        alias = extraAlias + "-" + i;
      }
      merged.setCertificateEntry(alias, extra);
      return merged;
    } catch (GeneralSecurityException | IOException e) {
      throw new FakeOktaException(
          "FakeOkta could not read the JVM's trust store " + source + " (" + e + ")", e);
    }
  }

  private static KeyStore load(Path source) throws GeneralSecurityException, IOException {
    String password = System.getProperty(TRUST_STORE_PASSWORD);
    char[] chars = password == null || password.isEmpty() ? null : password.toCharArray();
    String type = System.getProperty(TRUST_STORE_TYPE);
    if (type == null || type.isEmpty() || System.getProperty(TRUST_STORE) == null) {
      // the JDK's cacerts may be JKS or PKCS12 depending on the distribution: let the JDK probe
      return KeyStore.getInstance(source.toFile(), chars);
    }
    KeyStore store = KeyStore.getInstance(type);
    try (InputStream in = Files.newInputStream(source)) {
      store.load(in, chars);
    }
    return store;
  }
}
