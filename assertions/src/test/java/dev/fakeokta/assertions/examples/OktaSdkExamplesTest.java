package dev.fakeokta.assertions.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThat;
import static dev.fakeokta.assertions.FakeOktaAssertions.assertThatOktaError;
import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.okta.sdk.authc.credentials.TokenClientCredentials;
import com.okta.sdk.client.Clients;
import com.okta.sdk.resource.api.UserApi;
import com.okta.sdk.resource.client.ApiClient;
import com.okta.sdk.resource.client.ApiException;
import dev.fakeokta.server.FakeOktaServer;
import dev.fakeokta.server.OktaError;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The assertions against okta-sdk-java 24's own retry (one real ~1 s wait). */
class OktaSdkExamplesTest {

  private static final String API_TOKEN = "00fakeokta-api-token-for-tests-0123456789";

  static FakeOktaServer okta;
  static UserApi userApi;

  @BeforeAll
  static void start() {
    okta = FakeOktaServer.builder().start();
    System.setProperty("okta.testing.disableHttpsCheck", "true");
    ApiClient client =
        Clients.builder()
            .setOrgUrl(okta.httpUrl())
            .setClientCredentials(new TokenClientCredentials(API_TOKEN))
            .setRetryMaxAttempts(2)
            .build();
    System.clearProperty("okta.testing.disableHttpsCheck"); // read by Clients.builder() only
    userApi = new UserApi(client);
  }

  @AfterAll
  static void stop() {
    okta.stop();
  }

  @BeforeEach
  void reset() {
    okta.reset();
    okta.wireMock()
        .stubFor(
            com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/v1/users"))
                .willReturn(okJson("[]")));
  }

  private static RequestPatternBuilder users() {
    return getRequestedFor(urlPathEqualTo("/api/v1/users"));
  }

  @Test
  void should_show_that_the_sdk_waits_for_the_reset_but_sends_no_okta_retry_headers() {
    // GIVEN a 429 whose reset is its Date second: the SDK waits 1 s
    okta.when(users()).respond(OktaError.of("E0000047"));
    // WHEN
    userApi.listUsers(null, null, null, null, null, null, null, null);
    // THEN
    assertThat(okta)
        .hasAuthorizationScheme(users(), "SSWS")
        .hasRetried(users(), 1)
        .hasStoppedRetryingAfterSuccess(users())
        .hasWaitedForRateLimitReset(users(), Duration.ZERO)
        .hasNoUnmatchedRequests();
    AssertionError noRetryHeaders =
        catchThrowableOfType(
            AssertionError.class, () -> assertThat(okta).hasRetriedWithOktaRetryHeaders(users()));
    then(noRetryHeaders)
        .hasMessageContaining("had no X-Okta-Retry-For")
        .hasMessageContaining("Authorization: SSWS …6789")
        .hasMessageNotContaining(API_TOKEN);
  }

  @Test
  void should_show_that_the_sdk_does_not_retry_a_403() {
    // GIVEN
    okta.when(users()).respondAlways(OktaError.of("E0000006"));
    // WHEN
    ApiException error =
        catchThrowableOfType(
            ApiException.class,
            () -> userApi.listUsers(null, null, null, null, null, null, null, null));
    // THEN
    assertThatOktaError(error)
        .isOktaError()
        .hasStatus(403)
        .hasErrorCode("E0000006")
        .hasErrorSummary("You do not have permission to perform the requested action")
        .hasWellFormedErrorId();
    assertThat(okta).hasGivenUpAfter(users(), 1).hasNotRetriedNonRetryableStatuses(users());
  }
}
