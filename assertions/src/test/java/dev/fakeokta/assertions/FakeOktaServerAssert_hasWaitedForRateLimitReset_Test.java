package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveRetried.shouldHaveRetriedAfterStatus;
import static dev.fakeokta.assertions.error.ShouldHaveWaitedForRateLimitReset.shouldHaveWaitedForRateLimitReset;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasWaitedForRateLimitReset_Test extends FakeOktaTestBase {

  // The 429 says "reset 1 s after Date"; a retry may come up to 800 ms early, so 200 ms is enough.
  private static final Duration TOLERANCE = Duration.ofMillis(800);

  @Test
  void should_pass_when_the_client_waited_until_the_reset() {
    // GIVEN
    okta.when(users()).respond(rateLimited(1));
    send("GET", "/api/v1/users");
    sleep(250);
    send("GET", "/api/v1/users");
    // WHEN/THEN
    assertThat(okta).hasWaitedForRateLimitReset(users(), TOLERANCE);
  }

  @Test
  void should_fail_when_the_client_retried_at_once() {
    // GIVEN a reset 3 s away, so that even a stalled machine retries too early
    okta.when(users()).respond(rateLimited(3));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasWaitedForRateLimitReset(users(), TOLERANCE));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveWaitedForRateLimitReset(
                    okta, "GET /api/v1/users", TOLERANCE, 0, 3000, gap(0, 1), timeline(0, 1))
                .create());
    then(error.getMessage())
        .contains("but after the 429 at +0 ms it had to wait 3000 ms and retried after")
        .contains("X-Rate-Limit-Reset: Date+3 s");
  }

  @Test
  void should_fail_when_no_429_was_retried() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000009"));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasWaitedForRateLimitReset(users(), TOLERANCE));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveRetriedAfterStatus(okta, "GET /api/v1/users", 429, timeline(0, 1)).create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error =
        expectAssertionError(
            () -> assertThat(actual).hasWaitedForRateLimitReset(users(), TOLERANCE));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
