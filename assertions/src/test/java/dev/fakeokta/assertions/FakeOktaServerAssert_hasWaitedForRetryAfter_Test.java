package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveWaitedForRetryAfter.shouldHaveRetriedAfterRetryAfter;
import static dev.fakeokta.assertions.error.ShouldHaveWaitedForRetryAfter.shouldHaveWaitedForRetryAfter;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasWaitedForRetryAfter_Test extends FakeOktaTestBase {

  private static final Duration TOLERANCE = Duration.ofMillis(800);

  private static OktaError unavailable(int seconds) {
    return OktaError.of("E0000010").withHeader("Retry-After", Integer.toString(seconds));
  }

  @Test
  void should_pass_when_the_client_waited_for_retry_after() {
    // GIVEN
    okta.when(users()).respond(unavailable(1));
    send("GET", "/api/v1/users");
    sleep(250);
    send("GET", "/api/v1/users");
    // WHEN/THEN
    assertThat(okta).hasWaitedForRetryAfter(users(), TOLERANCE);
  }

  @Test
  void should_fail_when_the_client_ignored_retry_after() {
    // GIVEN
    okta.when(users()).respond(unavailable(3));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasWaitedForRetryAfter(users(), TOLERANCE));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveWaitedForRetryAfter(
                    okta, "GET /api/v1/users", TOLERANCE, 0, 3000, gap(0, 1), timeline(0, 1))
                .create());
    then(error.getMessage()).contains("Retry-After: 3");
  }

  @Test
  void should_fail_when_no_response_had_retry_after() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000010"));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasWaitedForRetryAfter(users(), TOLERANCE));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveRetriedAfterRetryAfter(okta, "GET /api/v1/users", timeline(0, 1)).create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(actual).hasWaitedForRetryAfter(users(), TOLERANCE));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
