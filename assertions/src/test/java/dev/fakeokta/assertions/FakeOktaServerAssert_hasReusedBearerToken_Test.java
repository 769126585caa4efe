package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveReusedBearerToken.shouldHaveReusedBearerToken;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasReusedBearerToken_Test extends FakeOktaTestBase {

  private static final String TOKEN_A = "eyJhbGciOiJSUzI1NiJ9.payload-a.signature-AAAA";
  private static final String TOKEN_B = "eyJhbGciOiJSUzI1NiJ9.payload-b.signature-BBBB";

  @Test
  void should_pass_when_every_request_carried_the_same_token() {
    // GIVEN
    send("GET", "/api/v1/users", "Authorization", "Bearer " + TOKEN_A);
    send("GET", "/api/v1/groups", "Authorization", "Bearer " + TOKEN_A);
    // WHEN/THEN
    assertThat(okta).hasReusedBearerToken(anyRequestedFor(urlPathMatching("/api/v1/.*")));
  }

  @Test
  void should_fail_without_showing_the_tokens_when_they_differ() {
    // GIVEN
    send("GET", "/api/v1/users", "Authorization", "Bearer " + TOKEN_A);
    send("GET", "/api/v1/groups", "Authorization", "Bearer " + TOKEN_B);
    send("GET", "/api/v1/apps");
    // WHEN
    var error =
        expectAssertionError(
            () ->
                assertThat(okta)
                    .hasReusedBearerToken(anyRequestedFor(urlPathMatching("/api/v1/.*"))));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveReusedBearerToken(
                    okta,
                    "ANY path matching /api/v1/.*",
                    List.of("Bearer …AAAA", "Bearer …BBBB", "(no Bearer token)"),
                    timeline(0, 1, 2))
                .create());
    then(error.getMessage()).doesNotContain(TOKEN_A).doesNotContain(TOKEN_B);
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error = expectAssertionError(() -> assertThat(actual).hasReusedBearerToken(users()));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
