package dev.fakeokta.assertions;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakeokta.server.FakeOktaServer;
import org.assertj.core.api.InstanceOfAssertFactory;

/**
 * {@link InstanceOfAssertFactory} instances for the FakeOkta types, to narrow an {@code Object}
 * inside AssertJ navigation:
 *
 * <pre>
 * <code class='java'> assertThat(response).extracting("token", as(SIGNED_JWT)).hasScope("okta.users.read");</code>
 * </pre>
 *
 * @since 0.1.0
 */
public final class FakeOktaInstanceOfAssertFactories {

  /** {@link InstanceOfAssertFactory} for a {@link FakeOktaServer}. */
  public static final InstanceOfAssertFactory<FakeOktaServer, FakeOktaServerAssert>
      FAKE_OKTA_SERVER =
          new InstanceOfAssertFactory<>(FakeOktaServer.class, FakeOktaAssertions::assertThat);

  /** {@link InstanceOfAssertFactory} for a {@link SignedJWT}. */
  public static final InstanceOfAssertFactory<SignedJWT, JwtAssert> SIGNED_JWT =
      new InstanceOfAssertFactory<>(SignedJWT.class, FakeOktaAssertions::assertThat);

  /** {@link InstanceOfAssertFactory} for a {@link JWKSet}. */
  public static final InstanceOfAssertFactory<JWKSet, JwksAssert> JWK_SET =
      new InstanceOfAssertFactory<>(JWKSet.class, FakeOktaAssertions::assertThat);

  /** {@link InstanceOfAssertFactory} for an {@link OktaErrorResponse}. */
  public static final InstanceOfAssertFactory<OktaErrorResponse, OktaErrorAssert>
      OKTA_ERROR_RESPONSE =
          new InstanceOfAssertFactory<>(OktaErrorResponse.class, FakeOktaAssertions::assertThat);

  private FakeOktaInstanceOfAssertFactories() {}
}
