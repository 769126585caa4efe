package dev.fakeokta.assertions;

import com.nimbusds.jwt.SignedJWT;

/**
 * Assertions on a signed JWT. To create an instance, use {@link
 * FakeOktaAssertions#assertThat(SignedJWT)} or {@link FakeOktaAssertions#assertThatJwt(String)}.
 *
 * @since 0.1.0
 */
public class JwtAssert extends AbstractJwtAssert<JwtAssert, SignedJWT> {

  /**
   * Creates a new assertion.
   *
   * @param actual the JWT, may be {@code null}
   */
  public JwtAssert(SignedJWT actual) {
    super(actual, JwtAssert.class);
  }
}
