package dev.fakeokta.assertions;

/**
 * Assertions on a JWKS as JSON text. To create an instance, use {@link
 * FakeOktaAssertions#assertThatJwks(String)} or {@link
 * FakeOktaAssertions#assertThat(com.nimbusds.jose.jwk.JWKSet)}.
 *
 * @since 0.1.0
 */
public class JwksAssert extends AbstractJwksAssert<JwksAssert> {

  /**
   * Creates a new assertion.
   *
   * @param actual the JWKS JSON, may be {@code null}
   */
  public JwksAssert(String actual) {
    super(actual, JwksAssert.class);
  }
}
