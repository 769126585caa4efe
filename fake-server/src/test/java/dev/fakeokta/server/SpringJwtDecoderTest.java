package dev.fakeokta.server;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Spring Security 7's decoder, built from the fake's discovery, against the fake's tokens. */
class SpringJwtDecoderTest {

  private static FakeOktaServer okta;
  private static FakeOktaTls.JvmTrust trust;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
    trust = okta.tls().trustInJvm(); // Spring's RestTemplate reads the JVM's default TLS
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
  void should_build_a_decoder_from_discovery_and_accept_the_fake_tokens() {
    // GIVEN
    JwtDecoder decoder = JwtDecoders.fromIssuerLocation(okta.issuer());
    String token = okta.tokens().accessToken(TokenSpec.builder().scopes("orders.read").build());
    // WHEN
    Jwt jwt = decoder.decode(token);
    // THEN
    then(jwt.getIssuer().toString()).isEqualTo(okta.issuer());
    then(jwt.getClaimAsStringList("scp")).containsExactly("orders.read");
    then(okta.journal())
        .extracting(ServedRequest::path)
        .containsExactly(
            "/oauth2/default/.well-known/openid-configuration", "/oauth2/default/v1/keys");
  }

  @Test
  void should_accept_tokens_from_the_token_endpoint_and_the_org_server() {
    // GIVEN
    JwtDecoder org = JwtDecoders.fromIssuerLocation(okta.orgUrl());
    String token = okta.tokens().accessToken(TokenSpec.builder().orgAuthorizationServer().build());
    // WHEN
    Jwt jwt = org.decode(token);
    // THEN
    then(jwt.getIssuer().toString()).isEqualTo(okta.orgUrl());
    then(jwt.getAudience()).containsExactly(okta.orgUrl());
  }

  @Test
  void should_work_over_plain_http_too() {
    // GIVEN
    try (FakeOktaServer plain = FakeOktaServer.builder().https(false).start()) {
      JwtDecoder decoder = JwtDecoders.fromIssuerLocation(plain.issuer());
      // WHEN
      Jwt jwt = decoder.decode(plain.tokens().accessToken());
      // THEN
      then(plain.issuer()).startsWith("http://127.0.0.1:");
      then(jwt.getIssuer().toString()).isEqualTo(plain.issuer());
    }
  }

  @Test
  void should_reject_an_expired_token_with_the_default_validators() {
    // GIVEN
    JwtDecoder decoder = JwtDecoders.fromIssuerLocation(okta.issuer());
    String token = okta.tokens().badAccessToken(BadToken.EXPIRED);
    // WHEN
    Throwable thrown = catchThrowable(() -> decoder.decode(token));
    // THEN
    then(thrown).isInstanceOf(JwtValidationException.class).hasMessageContaining("Jwt expired");
  }

  @Test
  void should_reject_a_token_after_the_fake_clock_passes_its_expiry() {
    // GIVEN a decoder whose validators read the fake's clock, as a test of an app would wire it
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(okta.issuer()).build();
    JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(60));
    timestamps.setClock(okta.clock());
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(okta.issuer())));
    String token = okta.tokens().accessToken();
    decoder.decode(token);
    // WHEN
    okta.clock().advance(Duration.ofMinutes(62));
    Throwable thrown = catchThrowable(() -> decoder.decode(token));
    // THEN
    then(thrown).isInstanceOf(JwtValidationException.class).hasMessageContaining("Jwt expired");
  }

  @Test
  void should_reject_a_token_signed_by_an_untrusted_key() {
    // GIVEN
    JwtDecoder decoder = JwtDecoders.fromIssuerLocation(okta.issuer());
    // WHEN
    Throwable thrown =
        catchThrowable(() -> decoder.decode(okta.tokens().badAccessToken(BadToken.UNTRUSTED_KEY)));
    // THEN
    then(thrown).isInstanceOf(JwtException.class);
  }
}
