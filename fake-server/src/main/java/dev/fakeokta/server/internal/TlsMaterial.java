package dev.fakeokta.server.internal;

import dev.fakeokta.server.FakeOktaException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The fake's TLS material, made once per JVM: a small CA and a server certificate it signed, whose
 * subjectAltName covers {@code 127.0.0.1}, {@code ::1} and {@code localhost}. The private keys live
 * only in memory and in an owner-only temporary key store that is deleted when the JVM exits;
 * nothing is ever committed.
 *
 * <p>Keys are ECDSA P-256: quick to make, and accepted by the JDK, curl (OpenSSL) and Node. Bouncy
 * Castle builds the certificates; the JDK's own providers make the keys and sign, so no security
 * provider is installed JVM-wide.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TlsMaterial {

  /** The key store and trust store type of every file this class writes. */
  public static final String STORE_TYPE = "PKCS12";

  /** The alias of the fake's CA in the trust stores this class writes. */
  public static final String CA_ALIAS = "fakeokta-ca";

  private static final String SERVER_ALIAS = "fakeokta-server";
  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

  private final X509Certificate caCertificate;
  private final X509Certificate serverCertificate;
  private final String caPem;
  private final Path directory;
  private final Path keyStorePath;
  private final String keyStorePassword;
  private final Path trustStorePath;
  private final String trustStorePassword;
  private final Path caPemPath;
  private final SSLContext sslContext;

  private TlsMaterial() {
    try {
      SecureRandom random = new SecureRandom();
      Instant now = Instant.now();
      // a day of slack either side of the real clock: TLS checks real time, not the FakeClock
      Date notBefore = Date.from(now.minus(Duration.ofDays(1)));
      Date notAfter = Date.from(now.plus(Duration.ofDays(365)));
      String runId = Long.toHexString(random.nextLong() & Long.MAX_VALUE);

      KeyPair caKeys = newKeyPair(random);
      X500Name caName = new X500Name("CN=FakeOkta test CA " + runId + ",O=FakeOkta");
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      X509v3CertificateBuilder ca =
          new JcaX509v3CertificateBuilder(
                  caName, serial(random), notBefore, notAfter, caName, caKeys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
      this.caCertificate = sign(ca, caKeys.getPrivate());

      KeyPair serverKeys = newKeyPair(random);
      GeneralNames altNames =
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.iPAddress, "::1"),
                new GeneralName(GeneralName.dNSName, "localhost")
              });
      X509v3CertificateBuilder server =
          new JcaX509v3CertificateBuilder(
                  caCertificate,
                  serial(random),
                  notBefore,
                  notAfter,
                  new X500Name("CN=127.0.0.1,O=FakeOkta"),
                  serverKeys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement))
              .addExtension(
                  Extension.extendedKeyUsage,
                  false,
                  new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
              .addExtension(Extension.subjectAlternativeName, false, altNames)
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(serverKeys.getPublic()))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  extensions.createAuthorityKeyIdentifier(caCertificate));
      this.serverCertificate = sign(server, caKeys.getPrivate());
      this.caPem = toPem(caCertificate);

      this.directory = Files.createTempDirectory("fakeokta-tls-");
      directory.toFile().deleteOnExit();
      this.keyStorePassword = newPassword(random);
      this.trustStorePassword = newPassword(random);

      KeyStore keyStore = emptyStore();
      keyStore.setKeyEntry(
          SERVER_ALIAS,
          serverKeys.getPrivate(),
          keyStorePassword.toCharArray(),
          new Certificate[] {serverCertificate, caCertificate});
      this.keyStorePath = write(keyStore, "server-keystore.p12", keyStorePassword);

      KeyStore trustStore = emptyStore();
      trustStore.setCertificateEntry(CA_ALIAS, caCertificate);
      this.trustStorePath = write(trustStore, "truststore.p12", trustStorePassword);

      this.caPemPath = ownerOnlyFile("ca.pem");
      Files.writeString(caPemPath, caPem, StandardCharsets.US_ASCII);

      this.sslContext = trusting(trustStore);
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new FakeOktaException(
          "FakeOkta could not make its TLS certificate (" + e + "); the JDK needs EC P-256", e);
    }
  }

  /**
   * The JVM's material, made on first use.
   *
   * @return the one instance in this JVM
   */
  public static TlsMaterial get() {
    return Holder.INSTANCE;
  }

  /**
   * The CA that signed the server certificate.
   *
   * @return the CA certificate, the same instance on every call
   */
  public X509Certificate caCertificate() {
    return caCertificate;
  }

  /**
   * The certificate the fake serves.
   *
   * @return the server certificate
   */
  public X509Certificate serverCertificate() {
    return serverCertificate;
  }

  /**
   * The CA certificate in PEM.
   *
   * @return PEM text, one {@code CERTIFICATE} block ending in a new line
   */
  public String caPem() {
    return caPem;
  }

  /**
   * The PEM file of the CA certificate.
   *
   * @return the path
   */
  public Path caPemPath() {
    return caPemPath;
  }

  /**
   * The PKCS12 key store with the server's key and chain, for WireMock.
   *
   * @return the path
   */
  public Path keyStorePath() {
    return keyStorePath;
  }

  /**
   * The password of the key store and of its key entry.
   *
   * @return the password
   */
  public String keyStorePassword() {
    return keyStorePassword;
  }

  /**
   * The PKCS12 trust store holding only the CA.
   *
   * @return the path
   */
  public Path trustStorePath() {
    return trustStorePath;
  }

  /**
   * The trust store's password.
   *
   * @return the password
   */
  public String trustStorePassword() {
    return trustStorePassword;
  }

  /**
   * A TLS context that trusts the fake's CA and nothing else.
   *
   * @return the context, the same instance on every call
   */
  public SSLContext sslContext() {
    return sslContext;
  }

  /**
   * The directory the JVM's TLS files live in, deleted when the JVM exits.
   *
   * @return the directory
   */
  public Path directory() {
    return directory;
  }

  /**
   * A TLS context whose trust managers trust what {@code trustStore} trusts.
   *
   * @param trustStore the trusted certificates
   * @return a new context
   * @throws GeneralSecurityException if the JDK cannot build it
   */
  public static SSLContext trusting(KeyStore trustStore) throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trustStore);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  /**
   * An empty, loaded PKCS12 store.
   *
   * @return the store
   * @throws GeneralSecurityException if PKCS12 is unavailable
   * @throws IOException never, in practice
   */
  public static KeyStore emptyStore() throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance(STORE_TYPE);
    store.load(null, null);
    return store;
  }

  /**
   * Writes {@code store} to a new owner-only file in this JVM's TLS directory.
   *
   * @param store the store to write
   * @param fileName a file name; made unique if taken
   * @param password the store password
   * @return the file
   * @throws GeneralSecurityException if the store cannot be written
   * @throws IOException if the file cannot be written
   */
  public Path writeStore(KeyStore store, String fileName, String password)
      throws GeneralSecurityException, IOException {
    return write(store, fileName, password);
  }

  /**
   * A new random password, URL-safe Base64.
   *
   * @return the password
   */
  public static String newPassword() {
    return newPassword(new SecureRandom());
  }

  private Path write(KeyStore store, String fileName, String password)
      throws GeneralSecurityException, IOException {
    Path file = ownerOnlyFile(fileName);
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password.toCharArray());
    }
    return file;
  }

  private Path ownerOnlyFile(String fileName) throws IOException {
    int dot = fileName.lastIndexOf('.');
    Path file;
    if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      file =
          Files.createTempFile(
              directory,
              fileName.substring(0, dot) + "-",
              fileName.substring(dot),
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      file =
          Files.createTempFile(
              directory, fileName.substring(0, dot) + "-", fileName.substring(dot));
    }
    file.toFile().deleteOnExit();
    return file;
  }

  private static KeyPair newKeyPair(SecureRandom random) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), random);
    return generator.generateKeyPair();
  }

  private static BigInteger serial(SecureRandom random) {
    return new BigInteger(63, random).add(BigInteger.ONE);
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws OperatorCreationException, GeneralSecurityException {
    ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }

  private static String toPem(X509Certificate certificate) throws GeneralSecurityException {
    String body =
        Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
    return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
  }

  private static String newPassword(SecureRandom random) {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static final class Holder {
    private static final TlsMaterial INSTANCE = new TlsMaterial();
  }
}
