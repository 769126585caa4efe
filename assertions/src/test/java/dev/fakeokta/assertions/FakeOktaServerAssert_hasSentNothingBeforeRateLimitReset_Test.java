package dev.fakeokta.assertions;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.fakeokta.assertions.AssertionsUtil.expectAssertionError;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.error.ShouldHaveWaitedForRateLimitReset.shouldHaveSentNothingBeforeRateLimitReset;
import static org.assertj.core.api.BDDAssertions.then;

import dev.fakeokta.server.FakeOktaServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FakeOktaServerAssert_hasSentNothingBeforeRateLimitReset_Test extends FakeOktaTestBase {

  private static final Duration TOLERANCE = Duration.ofMillis(800);

  @Test
  void should_pass_when_only_other_paths_were_called_before_the_reset() {
    // GIVEN
    okta.when(users()).respond(rateLimited(1));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/groups");
    sleep(250);
    send("GET", "/api/v1/users");
    // WHEN/THEN
    assertThat(okta).hasSentNothingBeforeRateLimitReset(TOLERANCE);
  }

  @Test
  void should_fail_when_the_rate_limited_path_was_called_before_the_reset() {
    // GIVEN
    okta.when(users()).respond(rateLimited(3));
    send("GET", "/api/v1/users");
    send("GET", "/api/v1/groups");
    send("GET", "/api/v1/users?limit=1");
    // WHEN
    var error =
        expectAssertionError(() -> assertThat(okta).hasSentNothingBeforeRateLimitReset(TOLERANCE));
    // THEN
    then(error)
        .hasMessage(
            shouldHaveSentNothingBeforeRateLimitReset(
                    okta,
                    "/api/v1/users",
                    TOLERANCE,
                    0,
                    answered(0) + 3000,
                    offset(2),
                    timeline(0, 2))
                .create());
  }

  @Test
  void should_fail_if_actual_is_null() {
    // GIVEN
    FakeOktaServer actual = null;
    // WHEN
    var error =
        expectAssertionError(
            () -> assertThat(actual).hasSentNothingBeforeRateLimitReset(TOLERANCE));
    // THEN
    then(error).hasMessage("%nExpecting actual not to be null".formatted());
  }
}
