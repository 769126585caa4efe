package dev.fakeokta.server;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import com.okta.jwt.AccessTokenVerifier;
import com.okta.jwt.Jwt;
import com.okta.jwt.JwtVerificationException;
import com.okta.jwt.JwtVerifiers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * okta-jwt-verifier-java 0.5.12, unmodified, against the fake over HTTPS. It reads only the JVM's
 * trust store, so the class turns on {@link FakeOktaTls#trustInJvm()} for its duration.
 */
class OktaJwtVerifierTest {

  private static final String KEYS = "/oauth2/default/v1/keys";
  private static FakeOktaServer okta;
  private static FakeOktaTls.JvmTrust trust;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
    trust = okta.tls().trustInJvm();
  }

  @AfterAll
  static void stop() {
    trust.close();
    okta.close();
  }

  @BeforeEach
  void reset() {
    okta.reset();
  }

  @Test
  void should_accept_a_fake_token_and_reject_it_once_the_clock_passes_expiry_and_leeway()
      throws Exception {
    // GIVEN
    AccessTokenVerifier verifier = verifier();
    String token = okta.tokens().accessToken();
    Jwt jwt = verifier.decode(token);
    then(jwt.getClaims())
        .containsEntry("iss", okta.issuer())
        .containsEntry("cid", OAuthClient.DEFAULT_CLIENT_ID);
    // WHEN the token is an hour old plus more than the verifier's 2-minute leeway
    okta.clock().advance(Duration.ofMinutes(63));
    Throwable thrown = catchThrowable(() -> verifier.decode(token));
    // THEN
    then(thrown).isInstanceOf(JwtVerificationException.class);
    then(thrown.getCause()).hasMessageContaining("JWT expired");
  }

  @Test
  void should_refetch_keys_on_every_unknown_kid() throws Exception {
    // GIVEN a verifier that has fetched the keys once
    AccessTokenVerifier verifier = verifier();
    verifier.decode(okta.tokens().accessToken());
    then(keyFetches()).isEqualTo(1);
    // WHEN three tokens with unknown kids arrive
    for (int i = 0; i < 3; i++) {
      String unknownKid = okta.tokens().badAccessToken(BadToken.UNKNOWN_KID);
      then(catchThrowable(() -> verifier.decode(unknownKid)))
          .isInstanceOf(JwtVerificationException.class);
    }
    // THEN each one made it fetch /keys again
    then(keyFetches()).isEqualTo(4);
  }

  @Test
  void should_pick_up_a_rotated_key_and_reject_tokens_of_the_retired_one() throws Exception {
    // GIVEN
    AccessTokenVerifier running = verifier();
    String oldKid = okta.keys().signingKid();
    String oldToken = okta.tokens().accessToken();
    running.decode(oldToken);
    // WHEN the key rotates: the running verifier meets the new kid and refetches once
    okta.keys().rotate();
    String newToken = okta.tokens().accessToken();
    running.decode(newToken);
    then(keyFetches()).isEqualTo(2);
    // WHEN the old key is retired; a verifier started now (no cached keys) sees only the new key
    okta.keys().retire(oldKid);
    AccessTokenVerifier restarted = verifier();
    Throwable thrown = catchThrowable(() -> restarted.decode(oldToken));
    // THEN
    then(thrown).isInstanceOf(JwtVerificationException.class);
    then(thrown.getCause()).hasMessageContaining("unable to locate signature verification key");
    then(restarted.decode(newToken).getClaims()).containsEntry("iss", okta.issuer());
  }

  @Test
  void should_reject_the_bad_tokens_it_can_check() {
    // GIVEN
    AccessTokenVerifier verifier = verifier();
    // WHEN / THEN (MISSING_EXP is left out: the verifier throws a NullPointerException for it)
    for (BadToken kind : BadToken.values()) {
      if (kind == BadToken.MISSING_EXP) {
        continue;
      }
      String token = okta.tokens().badAccessToken(kind);
      then(catchThrowable(() -> verifier.decode(token)))
          .as(kind.name())
          .isInstanceOf(JwtVerificationException.class);
    }
  }

  private static AccessTokenVerifier verifier() {
    return JwtVerifiers.accessTokenVerifierBuilder()
        .setIssuer(okta.issuer())
        .setAudience("api://default")
        .setClock(okta.clock())
        .setConnectionTimeout(Duration.ofSeconds(5))
        .build();
  }

  private static long keyFetches() {
    return okta.journal().stream().filter(r -> r.path().equals(KEYS)).count();
  }
}
