package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveAuthorizationScheme.shouldHaveAuthorizationScheme;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasAuthorizationScheme_Test extends FakeOktaTestBase {

  private static final String API_TOKEN = "00abcdefghijklmnopqrstuvwxyzSECRET1234";

  @Test
  void should_pass_when_every_request_used_the_scheme() {
    // GIVEN
    send("GET", "/api/v1/users", "Authorization", "SSWS " + API_TOKEN);
    send("GET", "/api/v1/groups", "Authorization", "ssws " + API_TOKEN);
    // WHEN/THEN
    assertThat(okta).hasAuthorizationScheme(anyRequestedFor(urlPathMatching("/api/v1/.*")), "SSWS");
  }

  @Test
  void should_fail_and_mask_the_token_when_a_request_used_another_scheme() {
    // GIVEN
    send("GET", "/api/v1/users", "Authorization", "SSWS " + API_TOKEN);
    send("GET", "/api/v1/groups", "Authorization", "Bearer " + API_TOKEN);
    // WHEN
    var error =
        expectAssertionError(
            () ->
                assertThat(okta)
                    .hasAuthorizationScheme(
                        anyRequestedFor(urlPathMatching("/api/v1/.*")), "SSWS"));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveAuthorizationScheme(okta, "ANY path matching /api/v1/.*", "SSWS", timeline(1))
                .create());
    then(error.getMessage()).contains("Authorization: Bearer …1234").doesNotContain(API_TOKEN);
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(actual).hasAuthorizationScheme(users(), "SSWS"));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
