package dev.fakeokta.assertions;

import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldNotSendExpiredToken.shouldNotSendExpiredToken;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasNotSentExpiredTokens_Test extends FakeOktaTestBase {

  private final String token = Tokens.accessToken().serialize();

  @Test
  void should_pass_when_every_token_was_valid_on_the_fake_s_clock() {
    // GIVEN
    okta.clock().set(Tokens.IAT.plus(Duration.ofMinutes(1)));
    send("GET", "/api/v1/users", "Authorization", "Bearer " + token);
    send("GET", "/api/v1/groups", "Authorization", "SSWS opaque-api-token-0000000000");
    // WHEN/THEN
    assertThat(okta)
        .hasNotSentExpiredTokens(
            com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/v1/.*")));
  }

  @Test
  void should_fail_when_a_token_had_expired_on_the_fake_s_clock() {
    // GIVEN
    okta.clock().set(Tokens.IAT.plus(Duration.ofMinutes(1)));
    send("GET", "/api/v1/users", "Authorization", "Bearer " + token);
    okta.clock().set(Tokens.EXP.plus(Duration.ofMinutes(1)));
    send("GET", "/api/v1/users", "Authorization", "Bearer " + token);
    // WHEN
    var error = expectAssertionError(() -> assertThat(okta).hasNotSentExpiredTokens(users()));
    // THEN
    then(error)
        .hasMessage(
            shouldNotSendExpiredToken(
                    okta,
                    "GET /api/v1/users",
                    offset(1),
                    "Bearer …" + token.substring(token.length() - 4),
                    Tokens.EXP,
                    okta.journal().get(1).fakeTime().get(),
                    timeline(1))
                .create());
    then(error.getMessage()).doesNotContain(token);
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasNotSentExpiredTokens(users()));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
