package dev.fakeokta.server;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fake's tokens against Nimbus configured like a careful resource server. */
class NimbusResourceServerTest {

  private static FakeOktaServer okta;
  private DefaultJWTProcessor<SecurityContext> resourceServer;

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
    resourceServer = CarefulResourceServer.forIssuer(okta, "api://default");
  }

  @Test
  void should_accept_a_good_token() throws Exception {
    // GIVEN
    String token =
        okta.tokens().accessToken(TokenSpec.builder().subject("bob@example.com").build());
    // WHEN
    JWTClaimsSet claims = resourceServer.process(token, null);
    // THEN
    then(claims.getSubject()).isEqualTo("bob@example.com");
    then(claims.getIssuer()).isEqualTo(okta.issuer());
  }

  @ParameterizedTest
  @EnumSource(BadToken.class)
  void should_reject_every_bad_token(BadToken kind) {
    // GIVEN
    String token = okta.tokens().badAccessToken(kind);
    // WHEN
    Throwable thrown = catchThrowable(() -> resourceServer.process(token, null));
    // THEN
    then(thrown)
        .as(kind.name())
        .isInstanceOfAny(BadJOSEException.class, java.text.ParseException.class);
    if (kind != BadToken.WRONG_AUDIENCE) { // Okta's introspection does not check the audience
      then(okta.tokens().isActive(token)).as("introspection of " + kind).isFalse();
    }
  }

  @Test
  void should_reject_a_token_after_the_clock_passes_its_expiry() throws Exception {
    // GIVEN
    String token = okta.tokens().accessToken();
    resourceServer.process(token, null);
    // WHEN
    okta.clock().advance(Duration.ofMinutes(62));
    Throwable thrown = catchThrowable(() -> resourceServer.process(token, null));
    // THEN
    then(thrown).isInstanceOf(BadJOSEException.class).hasMessageContaining("Expired JWT");
  }

  @Test
  void should_keep_old_tokens_valid_during_the_overlap_and_reject_them_after_retire()
      throws Exception {
    // GIVEN
    String oldKid = okta.keys().signingKid();
    String oldToken = okta.tokens().accessToken();
    String nextKid = okta.keys().publishNext();
    then(okta.keys().publishedKids()).containsExactly(oldKid, nextKid);
    then(okta.keys().statuses()).containsEntry(oldKid, "ACTIVE").containsEntry(nextKid, "NEXT");
    // WHEN
    String newKid = okta.keys().rotate();
    String newToken = okta.tokens().accessToken();
    // THEN
    then(newKid).isEqualTo(nextKid);
    then(com.nimbusds.jwt.SignedJWT.parse(newToken).getHeader().getKeyID()).isEqualTo(newKid);
    then(okta.keys().statuses()).containsEntry(oldKid, "EXPIRED").containsEntry(newKid, "ACTIVE");
    resourceServer.process(oldToken, null);
    resourceServer.process(newToken, null);
    // WHEN
    okta.keys().retire(oldKid);
    // THEN
    then(catchThrowable(() -> resourceServer.process(oldToken, null)))
        .isInstanceOf(BadJOSEException.class);
    then(okta.tokens().isActive(oldToken)).isFalse();
    resourceServer.process(newToken, null);
  }

  @Test
  void should_reject_old_tokens_when_a_kid_gets_new_material() throws Exception {
    // GIVEN
    String kid = okta.keys().signingKid();
    String oldToken = okta.tokens().accessToken();
    // WHEN
    okta.keys().replaceMaterial(kid);
    String newToken = okta.tokens().accessToken();
    // THEN
    then(okta.keys().publishedKids()).containsExactly(kid);
    then(catchThrowable(() -> resourceServer.process(oldToken, null)))
        .isInstanceOf(BadJOSEException.class);
    resourceServer.process(newToken, null);
  }

  @Test
  void should_restore_the_starting_key_on_reset() {
    // GIVEN
    String first = okta.keys().signingKid();
    okta.keys().rotate();
    okta.keys().retireExpired();
    // WHEN
    okta.reset();
    // THEN
    then(okta.keys().publishedKids()).containsExactly(first);
    then(okta.keys().signingKid()).isEqualTo(first);
  }

  @Test
  void should_refuse_to_retire_the_signing_key_or_an_unknown_kid() {
    // WHEN
    Throwable signing = catchThrowable(() -> okta.keys().retire(okta.keys().signingKid()));
    Throwable unknown = catchThrowable(() -> okta.keys().retire("nope"));
    // THEN
    then(signing).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rotate()");
    then(unknown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not published");
  }
}
