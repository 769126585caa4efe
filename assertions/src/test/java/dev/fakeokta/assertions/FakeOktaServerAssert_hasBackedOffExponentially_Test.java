package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveBackedOffExponentially.shouldHaveBackedOffExponentially;
import static dev.fakeokta.assertions.error.ShouldHaveBackedOffExponentially.shouldHaveRetriedTwice;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasBackedOffExponentially_Test extends FakeOktaTestBase {

  private static final Duration INITIAL = Duration.ofMillis(50);
  private static final Duration TOLERANCE = Duration.ofMillis(25);

  @Test
  void should_pass_when_the_waits_doubled() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000010"), 3);
    send("GET", "/api/v1/users");
    sleep(50);
    send("GET", "/api/v1/users");
    sleep(100);
    send("GET", "/api/v1/users");
    sleep(200);
    send("GET", "/api/v1/users");
    // WHEN/THEN
    assertThat(okta).hasBackedOffExponentially(users(), INITIAL, 2.0, TOLERANCE);
  }

  @Test
  void should_fail_when_the_client_did_not_back_off() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000010"), 2);
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/users");
    // WHEN
    var error =
        expectAssertionError(
            () ->
                assertThat(okta)
                    .hasBackedOffExponentially(users(), Duration.ofMillis(500), 2.0, TOLERANCE));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveBackedOffExponentially(
                    okta,
                    "GET /api/v1/users",
                    List.of(500L, 1000L),
                    List.of(gap(0, 1), gap(1, 2)),
                    TOLERANCE,
                    timeline(0, 1, 2))
                .create());
    then(error.getMessage())
        .contains("waiting at least (less a tolerance of 25 ms):%n  [500, 1000] ms".formatted());
  }

  @Test
  void should_fail_when_there_were_too_few_attempts_to_measure() {
    // GIVEN
    send("GET", "/api/v1/users");
    // WHEN
    var error =
        expectAssertionError(
            () -> assertThat(okta).hasBackedOffExponentially(users(), INITIAL, 2.0, TOLERANCE));
    // THEN
    then(error)
        .hasMessage(shouldHaveRetriedTwice(okta, "GET /api/v1/users", 1, timeline(0)).create());
  }

  @Test
  void should_reject_a_factor_below_one() {
    thenThrownBy(() -> assertThat(okta).hasBackedOffExponentially(users(), INITIAL, 0.5, TOLERANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("factor must be at least 1 (2.0 doubles each wait), was 0.5");
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error =
        expectAssertionError(
            () -> assertThat(actual).hasBackedOffExponentially(users(), INITIAL, 2.0, TOLERANCE));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
