package dev.fakeokta.assertions.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.fakeokta.assertions.examples.HandWrittenOktaClient.Backoff;
import dev.fakeokta.assertions.examples.HandWrittenOktaClient.OktaClientException;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OAuthError;
import dev.fakeokta.server.OktaError;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The assertions against a hand-written client: the correct client passes, and each deliberate bug
 * (no backoff, a token per call, retrying a 403) is caught with a message that says what happened.
 */
class ClientBehaviourExamplesTest {

  static FakeOktaServer okta;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
  }

  @AfterAll
  static void stop() {
    okta.stop();
  }

  @BeforeEach
  void stubOkta() {
    okta.reset();
    // A new random access token per token request (the fake's own token endpoint lands later).
    okta.wireMock()
        .stubFor(
            post("/oauth2/default/v1/token")
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "application/json;charset=UTF-8")
                        .withBody(
                            "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":"
                                + "\"{{randomValue length=40 type='ALPHANUMERIC'}}\"}")
                        .withTransformers("response-template")));
    okta.wireMock().stubFor(get(urlPathMatching("/api/v1/.*")).willReturn(okJson("[]")));
  }

  private static RequestPatternBuilder users() {
    return getRequestedFor(urlPathEqualTo("/api/v1/users"));
  }

  private static RequestPatternBuilder api() {
    return anyRequestedFor(urlPathMatching("/api/v1/.*"));
  }

  /** A 429 whose reset is exactly {@code seconds} after its Date. */
  private static OktaError rateLimitedFor(int seconds) {
    Instant date = okta.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    return OktaError.of("E0000047")
        .withHeader(
            "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atZone(ZoneOffset.UTC)))
        .withHeader("X-Rate-Limit-Reset", Long.toString(date.getEpochSecond() + seconds));
  }

  @Test
  void should_pass_for_a_correct_client_that_is_rate_limited() {
    // GIVEN
    okta.when(users()).respond(rateLimitedFor(1));
    var client = new HandWrittenOktaClient(okta.httpUrl());
    // WHEN
    client.get("/api/v1/users");
    client.get("/api/v1/groups");
    // THEN
    assertThat(okta)
        .hasNoUnmatchedRequests()
        .hasRetried(users(), 1)
        .hasStoppedRetryingAfterSuccess(users())
        .hasWaitedForRateLimitReset(users(), Duration.ofMillis(50))
        .hasSentNothingBeforeRateLimitReset(Duration.ofMillis(50))
        .hasCalledTokenEndpoint(1)
        .hasAuthorizationScheme(api(), "Bearer")
        .hasReusedBearerToken(api());
  }

  @Test
  void should_pass_for_a_correct_client_that_backs_off_and_refreshes_its_token() {
    // GIVEN
    okta.when(users()).respond(OAuthError.of("invalid_token")).respond(OktaError.of("E0000009"), 3);
    var client = new HandWrittenOktaClient(okta.httpUrl());
    // WHEN
    client.get("/api/v1/users");
    // THEN
    assertThat(okta)
        .hasRefreshedTokenAfterUnauthorized(users())
        .hasCalledTokenEndpoint(2)
        .hasNotRetriedNonRetryableStatuses(users())
        .hasStoppedRetryingAfterSuccess(users())
        .hasRetried(users(), 4);
  }

  @Test
  void should_pass_for_a_correct_client_that_backs_off_on_server_errors() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000009"), 2);
    var client = new HandWrittenOktaClient(okta.httpUrl());
    // WHEN
    client.get("/api/v1/users");
    // THEN
    assertThat(okta)
        .hasRetried(users(), 2)
        .hasBackedOffExponentially(users(), Duration.ofMillis(50), 2.0, Duration.ofMillis(25));
  }

  @Test
  void should_catch_a_client_that_does_not_wait_for_the_rate_limit_reset() {
    // GIVEN
    okta.when(users()).respond(rateLimitedFor(3));
    var client = new HandWrittenOktaClient(okta.httpUrl()).backoff(Backoff.NONE);
    client.get("/api/v1/users");
    // WHEN
    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () -> assertThat(okta).hasWaitedForRateLimitReset(users(), Duration.ofMillis(100)));
    // THEN
    then(error)
        .hasMessageContaining("to have waited until X-Rate-Limit-Reset")
        .hasMessageContaining("but after the 429 at +")
        .hasMessageContaining("it had to wait 3000 ms and retried after")
        .hasMessageContaining("GET /api/v1/users -> 429 E0000047")
        .hasMessageContaining("X-Rate-Limit-Reset: Date+3 s");
  }

  @Test
  void should_catch_a_client_that_does_not_back_off_on_server_errors() {
    // GIVEN
    okta.when(users()).respond(OktaError.of("E0000009"), 2);
    var client = new HandWrittenOktaClient(okta.httpUrl()).backoff(Backoff.NONE);
    client.get("/api/v1/users");
    // WHEN
    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                assertThat(okta)
                    .hasBackedOffExponentially(
                        users(), Duration.ofMillis(500), 2.0, Duration.ofMillis(10)));
    // THEN
    then(error)
        .hasMessageContaining("to have backed off exponentially")
        .hasMessageContaining("[500, 1000] ms")
        .hasMessageContaining("GET /api/v1/users -> 500 E0000009");
  }

  @Test
  void should_catch_a_client_that_fetches_a_token_per_call() {
    // GIVEN
    var client = new HandWrittenOktaClient(okta.httpUrl()).tokenPerCall();
    client.get("/api/v1/users");
    client.get("/api/v1/groups");
    client.get("/api/v1/apps");
    // WHEN
    AssertionError tokenCalls =
        catchThrowableOfType(
            AssertionError.class, () -> assertThat(okta).hasCalledTokenEndpoint(1));
    AssertionError reuse =
        catchThrowableOfType(
            AssertionError.class, () -> assertThat(okta).hasReusedBearerToken(api()));
    // THEN
    then(tokenCalls)
        .hasMessageContaining(
            "to have received 1 request(s) for a token (a path ending in /v1/token)")
        .hasMessageContaining("but it received 3 (marked >)")
        .hasMessageContaining("> +");
    then(reuse)
        .hasMessageContaining("to have sent the same Bearer token with every request matching:")
        .hasMessageContaining("Authorization: Bearer …");
    for (var request : okta.journal()) {
      request
          .requestHeader("Authorization")
          .map(value -> value.substring("Bearer ".length()))
          .ifPresent(token -> then(reuse.getMessage()).doesNotContain(token));
    }
  }

  @Test
  void should_catch_a_client_that_retries_a_403() {
    // GIVEN
    okta.when(users()).respondAlways(OktaError.of("E0000006"));
    var client = new HandWrittenOktaClient(okta.httpUrl()).retryOn403().maxAttempts(3);
    OktaClientException thrown =
        catchThrowableOfType(OktaClientException.class, () -> client.get("/api/v1/users"));
    then(thrown.status).isEqualTo(403);
    // WHEN
    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () -> assertThat(okta).hasNotRetriedNonRetryableStatuses(users()));
    // THEN
    then(error)
        .hasMessageContaining("not to have retried the request matching:")
        .hasMessageContaining("but it retried after the 403 at +")
        .hasMessageContaining("GET /api/v1/users -> 403 E0000006");
  }

  @Test
  void should_pass_for_a_correct_client_that_gives_up_on_a_403() {
    // GIVEN
    okta.when(users()).respondAlways(OktaError.of("E0000006"));
    var client = new HandWrittenOktaClient(okta.httpUrl());
    // WHEN
    catchThrowableOfType(OktaClientException.class, () -> client.get("/api/v1/users"));
    // THEN
    assertThat(okta).hasNotRetriedNonRetryableStatuses(users()).hasGivenUpAfter(users(), 1);
  }
}
