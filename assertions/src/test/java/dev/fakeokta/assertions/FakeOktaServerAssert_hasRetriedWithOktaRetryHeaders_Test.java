package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveOktaRetryHeaders.shouldHaveOktaRetryHeaders;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasRetriedWithOktaRetryHeaders_Test extends FakeOktaTestBase {

  @Test
  void should_pass_when_every_retry_carried_the_headers() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000047"), 2);
    String requestId = send("GET", "/api/v1/users").headers().firstValue("X-Okta-Request-Id").get();
    send("GET", "/api/v1/users", "X-Okta-Retry-For", requestId, "X-Okta-Retry-Count", "2");
    send("GET", "/api/v1/users", "X-Okta-Retry-For", requestId, "X-Okta-Retry-Count", "3");
    // WHEN/THEN
    assertThat(okta).hasRetriedWithOktaRetryHeaders(users());
  }

  @Test
  void should_fail_when_a_retry_lacked_the_headers() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000047"));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasRetriedWithOktaRetryHeaders(users()));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveOktaRetryHeaders(
                    okta, "GET /api/v1/users", offset(1), "had no X-Okta-Retry-For", timeline(0, 1))
                .create());
  }

  @Test
  void should_fail_when_the_count_did_not_grow() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000047"), 2);
    String requestId = send("GET", "/api/v1/users").headers().firstValue("X-Okta-Request-Id").get();
    send("GET", "/api/v1/users", "X-Okta-Retry-For", requestId, "X-Okta-Retry-Count", "1");
    send("GET", "/api/v1/users", "X-Okta-Retry-For", requestId, "X-Okta-Retry-Count", "1");
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasRetriedWithOktaRetryHeaders(users()));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveOktaRetryHeaders(
                    okta,
                    "GET /api/v1/users",
                    offset(2),
                    "had X-Okta-Retry-Count: 1 after 1",
                    timeline(0, 1, 2))
                .create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(actual).hasRetriedWithOktaRetryHeaders(users()));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
